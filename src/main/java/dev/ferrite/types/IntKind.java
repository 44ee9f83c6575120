package dev.ferrite.types;

/** The integer types; {@code ISIZE}/{@code USIZE} are 64-bit (x86_64 is the only target). */
public enum IntKind {
    I8("i8", 8, true), I16("i16", 16, true), I32("i32", 32, true), I64("i64", 64, true),
    I128("i128", 128, true), ISIZE("isize", 64, true),
    U8("u8", 8, false), U16("u16", 16, false), U32("u32", 32, false), U64("u64", 64, false),
    U128("u128", 128, false), USIZE("usize", 64, false);

    private final String name;
    private final int bits;
    private final boolean signed;

    IntKind(String name, int bits, boolean signed) {
        this.name = name;
        this.bits = bits;
        this.signed = signed;
    }

    public String typeName() {
        return name;
    }

    public int bits() {
        return bits;
    }

    public int bytes() {
        return bits / 8;
    }

    public boolean signed() {
        return signed;
    }

    public static IntKind byName(String name) {
        for (IntKind k : values()) if (k.name.equals(name)) return k;
        return null;
    }
}
