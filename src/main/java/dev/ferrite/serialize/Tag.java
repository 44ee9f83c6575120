package dev.ferrite.serialize;

/** The one-byte tags that precede each value {@link Encoder#writeValue} writes. */
final class Tag {
    private Tag() {
    }

    static final int NULL = 0;
    static final int FALSE = 1;
    static final int TRUE = 2;
    static final int INT = 3;
    static final int LONG = 4;
    static final int CHAR = 5;
    static final int STRING = 6;
    static final int SYMBOL = 7;
    static final int SPAN = 8;
    static final int BIGINT = 9;
    static final int BYTES = 10;
    static final int ENUM = 11;
    static final int LIST = 12;
    static final int MAP = 13;
    static final int SET = 14;
    static final int RECORD = 15;
}
