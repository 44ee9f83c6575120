package dev.ferrite.hir;

import dev.ferrite.types.FloatKind;
import dev.ferrite.types.IntKind;
import java.math.BigInteger;

/** A literal's value (already decoded by the parser; escapes resolved). */
public sealed interface Lit {
    /** An integer literal; {@code suffix} is null when unsuffixed (the type is inferred). */
    record Int(BigInteger value, IntKind suffix, FloatKind floatSuffix) implements Lit {
    }

    /** A float literal as written (without underscores or suffix). */
    record Float(String text, FloatKind suffix) implements Lit {
    }

    record Bool(boolean value) implements Lit {
    }

    record Char(int codePoint) implements Lit {
    }

    record Byte(int value) implements Lit {
    }

    /** A string literal's UTF-8 bytes. */
    record Str(byte[] bytes) implements Lit {
    }

    record ByteStr(byte[] bytes) implements Lit {
    }

    /** A C string literal's bytes without the terminating NUL. */
    record CStr(byte[] bytes) implements Lit {
    }

    /** A malformed literal; an error has been reported. */
    record Err() implements Lit {
    }
}
