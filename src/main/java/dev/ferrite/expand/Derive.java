package dev.ferrite.expand;

import dev.ferrite.diagnostics.Diagnostic;
import dev.ferrite.span.Span;
import dev.ferrite.syntax.Parser;
import dev.ferrite.syntax.TokenKind;
import dev.ferrite.syntax.TokenTree;
import dev.ferrite.syntax.ast.Attribute;
import dev.ferrite.syntax.ast.Expr;
import dev.ferrite.syntax.ast.Ident;
import dev.ferrite.syntax.ast.Item;
import dev.ferrite.syntax.ast.Path;
import dev.ferrite.syntax.ast.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in derives (Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default) on
 * structs and enums. Each produces an impl next to the item, written as Rust text with
 * {@code $crate} paths into core and parsed; the impl's generics are the item's with a
 * {@code T: Trait} bound added to every type parameter, as rustc does. Derive names are resolved
 * by their last segment against this fixed list.
 */
final class Derive {
    private Derive() {
    }

    private record Variant(String path, Item.VariantData data, boolean isDefault) {
    }

    static List<Item> expand(Expander ex, Item item, List<Attribute> derives) {
        List<Item> out = new ArrayList<>();
        for (Attribute a : derives) {
            if (a.args().size() != 1 || !(a.args().getFirst() instanceof TokenTree.Delimited d)) {
                ex.diag.emit(Diagnostic.error("malformed `derive` attribute input").primary(a.span()));
                continue;
            }
            if (!(item.kind() instanceof Item.Struct || item.kind() instanceof Item.Enum || item.kind() instanceof Item.Union)) {
                ex.diag.emit(Diagnostic.error("`derive` may only be applied to `struct`s, `enum`s and `union`s").code("E0774")
                        .primary(a.span(), "not applicable here").secondary(ex.spanWithoutAttrs(item, derives), "not a `struct`, `enum` or `union`"));
                return out;
            }
            for (TokenTree t : d.trees()) {
                if (!(t instanceof TokenTree.Leaf l) || !l.token().isIdent()) continue;
                // the last identifier before a comma names the derive
                int i = d.trees().indexOf(t);
                if (i + 1 < d.trees().size() && d.trees().get(i + 1) instanceof TokenTree.Leaf n && n.token().is(TokenKind.PATHSEP)) {
                    continue;
                }
                Item impl = derive(ex, item, derives, l.token().sym().text(), l.token().span());
                if (impl != null) out.add(impl);
            }
        }
        return out;
    }

    /** Whether the item has `#[repr(packed)]` or `#[repr(packed(N))]`. */
    private static boolean isPacked(Item item) {
        for (Attribute a : item.attrs()) {
            if (!a.is("repr")) continue;
            for (TokenTree t : a.args()) {
                if (t instanceof TokenTree.Delimited d) {
                    for (TokenTree in : d.trees()) {
                        if (in instanceof TokenTree.Leaf l && l.token().isIdent() && l.token().sym().text().equals("packed")) return true;
                    }
                }
            }
        }
        return false;
    }

    private static Item derive(Expander ex, Item item, List<Attribute> derives, String name, Span span) {
        String traitPath = switch (name) {
            case "Clone" -> "$crate::clone::Clone";
            case "Copy" -> "$crate::marker::Copy";
            case "Debug" -> "$crate::fmt::Debug";
            case "PartialEq" -> "$crate::cmp::PartialEq";
            case "Eq" -> "$crate::cmp::Eq";
            case "PartialOrd" -> "$crate::cmp::PartialOrd";
            case "Ord" -> "$crate::cmp::Ord";
            case "Hash" -> "$crate::hash::Hash";
            case "Default" -> "$crate::default::Default";
            default -> null;
        };
        if (traitPath == null) {
            ex.unresolvedDerive(new Ident(dev.ferrite.span.Symbol.intern(name), span));
            return null;
        }
        String self = item.ident().name().text();
        List<Variant> variants = new ArrayList<>();
        boolean isEnum = false;
        switch (item.kind()) {
            case Item.Struct s -> variants.add(new Variant(self, s.data(), false));
            case Item.Union u -> variants.add(new Variant(self, u.data(), false));
            case Item.Enum e -> {
                isEnum = true;
                for (Item.Variant v : e.variants()) {
                    variants.add(new Variant(self + "::" + v.ident().name().text(), v.data(),
                            v.attrs().stream().anyMatch(x -> x.is("default"))));
                }
            }
            default -> {
                return null;
            }
        }
        String body = switch (name) {
            case "Clone" -> clone(variants, isEnum);
            case "Copy", "Eq" -> "";
            case "Debug" -> debug(variants, isEnum);
            case "PartialEq" -> partialEq(variants, isEnum);
            case "PartialOrd" -> ordering(variants, isEnum, true);
            case "Ord" -> ordering(variants, isEnum, false);
            case "Hash" -> hash(variants, isEnum);
            case "Default" -> defaultBody(ex, item, derives, variants, isEnum, span);
            default -> "";
        };
        if (body == null) return null;
        if (!isEnum && isPacked(item)) {
            // as rustc: a packed struct's fields may be misaligned, so they are copied out
            // (`&{ self.x }`) instead of borrowed in place
            body = body.replaceAll("&(self|other)\\.(\\w+)", "&{ $1.$2 }");
        }
        int dc = ex.session.builtinCrate != 0 ? ex.session.builtinCrate : ex.crate.index();
        List<TokenTree> toks = Quote.quoteOnce("impl " + traitPath + " for " + self + " { " + body + " }", span, dc);
        Parser p = Parser.fromTrees(toks, span, ex.diag, ex.edition());
        Item parsed = p.parseItem();
        if (!(parsed.kind() instanceof Item.Impl impl)) return null;
        Item.Generics g = switch (item.kind()) {
            case Item.Struct s -> s.generics();
            case Item.Union u -> u.generics();
            case Item.Enum e -> e.generics();
            default -> Item.Generics.EMPTY;
        };
        Path bound = impl.traitRef();
        List<Item.GenericParam> params = new ArrayList<>();
        List<Path.AngleArg> args = new ArrayList<>();
        for (Item.GenericParam gp : g.params()) {
            List<Item.GenericBound> bounds = new ArrayList<>(gp.bounds());
            if (gp.kind() == Item.ParamKind.TYPE) bounds.add(new Item.TraitBound(List.of(), bound, false, false, span));
            params.add(new Item.GenericParam(List.of(), gp.ident(), gp.kind(), bounds, null, gp.constTy(), null, gp.span()));
            Path argPath = new Path(List.of(new Path.Segment(gp.ident(), null, gp.ident().span())), false, gp.ident().span());
            Span ps = gp.ident().span();
            args.add(switch (gp.kind()) {
                case LIFETIME -> new Path.LifetimeArg(new dev.ferrite.syntax.ast.Lifetime(gp.ident().name(), ps));
                case TYPE -> new Path.TypeArg(new Type.PathType(null, argPath, ps));
                // `{ N }`: a const argument the resolver looks up among values
                case CONST -> new Path.ConstArg(new Expr.BlockExpr(new Expr.Block(List.of(new Expr.ExprStmt(
                        new Expr.PathExpr(null, argPath, ps), false, ps)), ps), null, Expr.BlockKind.NORMAL, ps));
            });
        }
        Ident selfIdent = new Ident(item.ident().name(), span);
        Path.GenericArgs ga = args.isEmpty() ? null : new Path.AngleBracketed(args, span);
        Type selfTy = new Type.PathType(null, new Path(List.of(new Path.Segment(selfIdent, ga, span)), false, span), span);
        Item.Generics generics = new Item.Generics(params, g.where(), g.span());
        List<Attribute> attrs = List.of();
        return new Item(attrs, Item.INHERITED, null,
                new Item.Impl(false, false, generics, impl.traitRef(), selfTy, impl.items()), span);
    }

    // ---- bodies ----

    private static List<String> fieldNames(Item.VariantData d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.fields().size(); i++) {
            Item.FieldDef f = d.fields().get(i);
            out.add(f.ident() == null ? Integer.toString(i) : f.ident().name().text());
        }
        return out;
    }

    /** A pattern for a variant binding its fields to {@code prefix_0}, {@code prefix_1}, ... */
    private static String pattern(Variant v, String prefix) {
        List<String> names = fieldNames(v.data());
        return switch (v.data().kind()) {
            case UNIT -> v.path();
            case TUPLE -> {
                List<String> b = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) b.add(prefix + "_" + i);
                yield v.path() + "(" + String.join(", ", b) + ")";
            }
            case STRUCT -> {
                List<String> b = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) b.add(names.get(i) + ": " + prefix + "_" + i);
                yield v.path() + " { " + String.join(", ", b) + " }";
            }
        };
    }

    /** Builds a value of the variant from one expression per field. */
    private static String construct(Variant v, List<String> exprs) {
        List<String> names = fieldNames(v.data());
        return switch (v.data().kind()) {
            case UNIT -> v.path();
            case TUPLE -> v.path() + "(" + String.join(", ", exprs) + ")";
            case STRUCT -> {
                List<String> b = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) b.add(names.get(i) + ": " + exprs.get(i));
                yield v.path() + " { " + String.join(", ", b) + " }";
            }
        };
    }

    /** One expression per field: the field of `self` (structs) or the binding (enums). */
    private static List<String> fields(Variant v, boolean isEnum, String prefix, String base) {
        List<String> names = fieldNames(v.data());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) out.add(isEnum ? prefix + "_" + i : "&" + base + "." + names.get(i));
        return out;
    }

    private static String clone(List<Variant> vs, boolean isEnum) {
        StringBuilder sb = new StringBuilder("#[inline] fn clone(&self) -> Self { ");
        if (!isEnum) {
            List<String> exprs = fields(vs.getFirst(), false, "", "self").stream()
                    .map(f -> "$crate::clone::Clone::clone(" + f + ")").toList();
            sb.append(construct(vs.getFirst(), exprs));
        } else if (vs.isEmpty()) {
            sb.append("match *self {}");
        } else {
            sb.append("match self { ");
            for (Variant v : vs) {
                List<String> exprs = fields(v, true, "__self", "").stream().map(f -> "$crate::clone::Clone::clone(" + f + ")").toList();
                sb.append(pattern(v, "__self")).append(" => ").append(construct(v, exprs)).append(", ");
            }
            sb.append("}");
        }
        return sb.append(" }").toString().replace("#[inline] ", "");
    }

    private static String debug(List<Variant> vs, boolean isEnum) {
        StringBuilder sb = new StringBuilder("fn fmt(&self, f: &mut $crate::fmt::Formatter<'_>) -> $crate::fmt::Result { ");
        if (!isEnum) {
            sb.append(debugOne(vs.getFirst(), fields(vs.getFirst(), false, "", "self"), vs.getFirst().path()));
        } else if (vs.isEmpty()) {
            sb.append("match *self {}");
        } else {
            sb.append("match self { ");
            for (Variant v : vs) {
                String shown = v.path().substring(v.path().lastIndexOf(':') + 1);
                sb.append(pattern(v, "__self")).append(" => ").append(debugOne(v, fields(v, true, "__self", ""), shown)).append(", ");
            }
            sb.append("}");
        }
        return sb.append(" }").toString();
    }

    private static String debugOne(Variant v, List<String> exprs, String shown) {
        List<String> names = fieldNames(v.data());
        StringBuilder sb = new StringBuilder();
        switch (v.data().kind()) {
            case UNIT -> sb.append("f.write_str(\"").append(shown).append("\")");
            case TUPLE -> {
                sb.append("f.debug_tuple(\"").append(shown).append("\")");
                for (String e : exprs) sb.append(".field(").append(e).append(")");
                sb.append(".finish()");
            }
            case STRUCT -> {
                sb.append("f.debug_struct(\"").append(shown).append("\")");
                for (int i = 0; i < exprs.size(); i++) sb.append(".field(\"").append(names.get(i)).append("\", ").append(exprs.get(i)).append(")");
                sb.append(".finish()");
            }
        }
        return sb.toString();
    }

    private static String partialEq(List<Variant> vs, boolean isEnum) {
        StringBuilder sb = new StringBuilder("fn eq(&self, other: &Self) -> bool { ");
        if (!isEnum) {
            List<String> a = fields(vs.getFirst(), false, "", "self");
            List<String> b = fields(vs.getFirst(), false, "", "other");
            sb.append(eqChain(a, b));
        } else if (vs.isEmpty()) {
            sb.append("match *self {}");
        } else {
            sb.append("match (self, other) { ");
            for (Variant v : vs) {
                sb.append("(").append(pattern(v, "__self")).append(", ").append(pattern(v, "__arg1")).append(") => ")
                        .append(eqChain(fields(v, true, "__self", ""), fields(v, true, "__arg1", ""))).append(", ");
            }
            if (vs.size() > 1) sb.append("_ => false, ");
            sb.append("}");
        }
        return sb.append(" }").toString();
    }

    private static String eqChain(List<String> a, List<String> b) {
        if (a.isEmpty()) return "true";
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) parts.add("*" + paren(a.get(i)) + " == *" + paren(b.get(i)));
        return String.join(" && ", parts);
    }

    private static String paren(String s) {
        return s.startsWith("&") ? "(" + s + ")" : s;
    }

    private static String ordering(List<Variant> vs, boolean isEnum, boolean partial) {
        String fn = partial ? "partial_cmp" : "cmp";
        String trait = partial ? "$crate::cmp::PartialOrd" : "$crate::cmp::Ord";
        String equal = partial ? "$crate::option::Option::Some($crate::cmp::Ordering::Equal)" : "$crate::cmp::Ordering::Equal";
        String ret = partial ? "$crate::option::Option<$crate::cmp::Ordering>" : "$crate::cmp::Ordering";
        StringBuilder sb = new StringBuilder("fn " + fn + "(&self, other: &Self) -> " + ret + " { ");
        if (!isEnum) {
            sb.append(lexicographic(fields(vs.getFirst(), false, "", "self"), fields(vs.getFirst(), false, "", "other"),
                    trait, fn, equal));
        } else if (vs.isEmpty()) {
            sb.append("match *self {}");
        } else {
            sb.append(discriminant(vs, "self", "__self_discr")).append(discriminant(vs, "other", "__arg1_discr"));
            sb.append("match (self, other) { ");
            for (Variant v : vs) {
                sb.append("(").append(pattern(v, "__self")).append(", ").append(pattern(v, "__arg1")).append(") => ")
                        .append(lexicographic(fields(v, true, "__self", ""), fields(v, true, "__arg1", ""), trait, fn, equal))
                        .append(", ");
            }
            if (vs.size() > 1) sb.append("_ => ").append(trait).append("::").append(fn).append("(&__self_discr, &__arg1_discr), ");
            sb.append("}");
        }
        return sb.append(" }").toString();
    }

    private static String discriminant(List<Variant> vs, String of, String var) {
        StringBuilder sb = new StringBuilder("let " + var + ": isize = match " + of + " { ");
        for (int i = 0; i < vs.size(); i++) {
            Variant v = vs.get(i);
            String pat = switch (v.data().kind()) {
                case UNIT -> v.path();
                case TUPLE -> v.path() + "(..)";
                case STRUCT -> v.path() + " { .. }";
            };
            sb.append(pat).append(" => ").append(i).append(", ");
        }
        return sb.append("}; ").toString();
    }

    private static String lexicographic(List<String> a, List<String> b, String trait, String fn, String equal) {
        if (a.isEmpty()) return equal;
        String last = trait + "::" + fn + "(" + a.getLast() + ", " + b.getLast() + ")";
        String acc = last;
        for (int i = a.size() - 2; i >= 0; i--) {
            acc = "match " + trait + "::" + fn + "(" + a.get(i) + ", " + b.get(i) + ") { " + equal + " => " + acc
                    + ", cmp => cmp, }";
        }
        return acc;
    }

    private static String hash(List<Variant> vs, boolean isEnum) {
        StringBuilder sb = new StringBuilder("fn hash<__H: $crate::hash::Hasher>(&self, state: &mut __H) { ");
        if (!isEnum) {
            for (String f : fields(vs.getFirst(), false, "", "self")) sb.append("$crate::hash::Hash::hash(").append(f).append(", state); ");
        } else if (vs.isEmpty()) {
            sb.append("match *self {}");
        } else {
            sb.append(discriminant(vs, "self", "__self_discr"));
            sb.append("$crate::hash::Hash::hash(&__self_discr, state); ");
            sb.append("match self { ");
            for (Variant v : vs) {
                sb.append(pattern(v, "__self")).append(" => { ");
                for (String f : fields(v, true, "__self", "")) sb.append("$crate::hash::Hash::hash(").append(f).append(", state); ");
                sb.append("} ");
            }
            sb.append("}");
        }
        return sb.append(" }").toString();
    }

    private static String defaultBody(Expander ex, Item item, List<Attribute> derives, List<Variant> vs, boolean isEnum, Span span) {
        Variant target;
        if (!isEnum) {
            target = vs.getFirst();
        } else {
            target = vs.stream().filter(Variant::isDefault).findFirst().orElse(null);
            if (target == null) {
                Diagnostic d = Diagnostic.error("`#[derive(Default)]` on enum with no `#[default]`").code("E0665")
                        .primary(span).secondary(ex.spanWithoutAttrs(item, derives), "this enum needs a unit variant marked with `#[default]`");
                for (Item.Variant v : ((Item.Enum) item.kind()).variants()) {
                    if (v.data().kind() == Item.CtorKind.UNIT) {
                        d.suggest("make this unit variant default by placing `#[default]` on it", v.span().shrinkToLo(),
                                "#[default] ", dev.ferrite.diagnostics.Applicability.MAYBE_INCORRECT);
                    }
                }
                ex.diag.emit(d);
                return null;
            }
        }
        List<String> exprs = new ArrayList<>();
        for (int i = 0; i < target.data().fields().size(); i++) exprs.add("$crate::default::Default::default()");
        return "fn default() -> Self { " + construct(target, exprs) + " }";
    }
}
