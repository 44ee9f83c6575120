package dev.ferrite.mir;

/** A basic block of a MIR body, by index ({@code bb0} is the entry). */
public record BasicBlock(int index) implements Comparable<BasicBlock> {
    public static final BasicBlock START = new BasicBlock(0);

    private static final BasicBlock[] CACHE = new BasicBlock[256];

    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new BasicBlock(i);
    }

    public BasicBlock {
        if (index < 0) throw new IllegalArgumentException("negative block " + index);
    }

    public static BasicBlock of(int index) {
        return index < CACHE.length ? CACHE[index] : new BasicBlock(index);
    }

    @Override
    public int compareTo(BasicBlock o) {
        return Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
        return "bb" + index;
    }
}
