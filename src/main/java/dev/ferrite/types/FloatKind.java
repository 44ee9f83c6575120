package dev.ferrite.types;

public enum FloatKind {
    F32("f32", 32), F64("f64", 64);

    private final String name;
    private final int bits;

    FloatKind(String name, int bits) {
        this.name = name;
        this.bits = bits;
    }

    public String typeName() {
        return name;
    }

    public int bits() {
        return bits;
    }

    public static FloatKind byName(String name) {
        for (FloatKind k : values()) if (k.name.equals(name)) return k;
        return null;
    }
}
