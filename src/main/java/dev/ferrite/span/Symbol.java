package dev.ferrite.span;

import java.util.concurrent.ConcurrentHashMap;

/**
 * An interned string: identifiers, keywords, literal text. Two symbols with the same text are the
 * same object, so compare with {@code ==}. Keywords and names the compiler looks for are
 * pre-interned as constants (javac's {@code Names}, rustc's {@code kw}/{@code sym}).
 */
public final class Symbol implements Comparable<Symbol> {
    private static final ConcurrentHashMap<String, Symbol> TABLE = new ConcurrentHashMap<>();

    private final String text;

    private Symbol(String text) {
        this.text = text;
    }

    public static Symbol intern(String text) {
        Symbol s = TABLE.get(text);
        if (s != null) return s;
        return TABLE.computeIfAbsent(text, Symbol::new);
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public int compareTo(Symbol o) {
        return text.compareTo(o.text);
    }

    // Strict and reserved keywords (all editions; edition-dependent ones are decided by the lexer).
    public static final Symbol UNDERSCORE = intern("_");
    public static final Symbol AS = intern("as");
    public static final Symbol ASYNC = intern("async");
    public static final Symbol AWAIT = intern("await");
    public static final Symbol BREAK = intern("break");
    public static final Symbol CONST = intern("const");
    public static final Symbol CONTINUE = intern("continue");
    public static final Symbol CRATE = intern("crate");
    public static final Symbol DYN = intern("dyn");
    public static final Symbol ELSE = intern("else");
    public static final Symbol ENUM = intern("enum");
    public static final Symbol EXTERN = intern("extern");
    public static final Symbol FALSE = intern("false");
    public static final Symbol FN = intern("fn");
    public static final Symbol FOR = intern("for");
    public static final Symbol IF = intern("if");
    public static final Symbol IMPL = intern("impl");
    public static final Symbol IN = intern("in");
    public static final Symbol LET = intern("let");
    public static final Symbol LOOP = intern("loop");
    public static final Symbol MATCH = intern("match");
    public static final Symbol MOD = intern("mod");
    public static final Symbol MOVE = intern("move");
    public static final Symbol MUT = intern("mut");
    public static final Symbol PUB = intern("pub");
    public static final Symbol REF = intern("ref");
    public static final Symbol RETURN = intern("return");
    public static final Symbol SELF_LOWER = intern("self");
    public static final Symbol SELF_UPPER = intern("Self");
    public static final Symbol STATIC = intern("static");
    public static final Symbol STRUCT = intern("struct");
    public static final Symbol SUPER = intern("super");
    public static final Symbol TRAIT = intern("trait");
    public static final Symbol TRUE = intern("true");
    public static final Symbol TYPE = intern("type");
    public static final Symbol UNSAFE = intern("unsafe");
    public static final Symbol USE = intern("use");
    public static final Symbol WHERE = intern("where");
    public static final Symbol WHILE = intern("while");
    public static final Symbol ABSTRACT = intern("abstract");
    public static final Symbol BECOME = intern("become");
    public static final Symbol BOX = intern("box");
    public static final Symbol DO = intern("do");
    public static final Symbol FINAL = intern("final");
    public static final Symbol MACRO = intern("macro");
    public static final Symbol OVERRIDE = intern("override");
    public static final Symbol PRIV = intern("priv");
    public static final Symbol TRY = intern("try");
    public static final Symbol TYPEOF = intern("typeof");
    public static final Symbol UNSIZED = intern("unsized");
    public static final Symbol VIRTUAL = intern("virtual");
    public static final Symbol YIELD = intern("yield");
    public static final Symbol GEN = intern("gen");
    // Weak keywords.
    public static final Symbol UNION = intern("union");
    public static final Symbol STATIC_LIFETIME = intern("'static");
    public static final Symbol MACRO_RULES = intern("macro_rules");
    public static final Symbol RAW = intern("raw");
    public static final Symbol SAFE = intern("safe");
    public static final Symbol DOLLAR_CRATE = intern("$crate");
    // Well-known names.
    public static final Symbol MAIN = intern("main");
    public static final Symbol STD = intern("std");
    public static final Symbol CORE = intern("core");
    public static final Symbol ALLOC = intern("alloc");
    public static final Symbol LANG = intern("lang");
    public static final Symbol DERIVE = intern("derive");
    public static final Symbol CFG = intern("cfg");
    public static final Symbol TEST = intern("test");
    public static final Symbol DOC = intern("doc");
}
