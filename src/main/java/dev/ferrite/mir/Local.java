package dev.ferrite.mir;

/**
 * A local variable of a MIR body, by index: {@code _0} is the return place, {@code _1.._argCount}
 * the arguments, then user variables and temporaries (rustc's {@code Local}).
 */
public record Local(int index) implements Comparable<Local> {
    public static final Local RETURN_PLACE = new Local(0);

    private static final Local[] CACHE = new Local[256];

    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = new Local(i);
    }

    public Local {
        if (index < 0) throw new IllegalArgumentException("negative local " + index);
    }

    public static Local of(int index) {
        return index < CACHE.length ? CACHE[index] : new Local(index);
    }

    @Override
    public int compareTo(Local o) {
        return Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
        return "_" + index;
    }
}
