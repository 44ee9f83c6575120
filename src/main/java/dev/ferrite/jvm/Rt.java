package dev.ferrite.jvm;

/**
 * Run-time helpers that generated code calls: arithmetic that has no single JVM instruction
 * (overflow flags, unsigned conversions, Rust's saturating float-to-int casts), the shadow stack
 * and the exceptions that carry Rust panics.
 */
public final class Rt {
    private Rt() {
    }

    // ------------------------------------------------------------------ the shadow stack

    /**
     * log2 of the size of a thread's shadow stack (8 MiB, a Rust main thread's). Stacks are
     * aligned to their size, so a frame overflows when its end lies in another aligned block:
     * {@code ((sp + size) >>> STACK_BITS) != (sp >>> STACK_BITS)}.
     */
    public static final int STACK_BITS = 23;
    public static final long STACK_SIZE = 1L << STACK_BITS;

    /** A new shadow stack; returns its first usable address (16 bytes above its base, so that it never starts a block). */
    static long newStack() {
        long base = Mem.alloc(STACK_SIZE, STACK_SIZE);
        if (base == 0) throw new OutOfMemoryError("shadow stack");
        return base + 16;
    }

    static void freeStack(long sp) {
        Mem.free(sp & -STACK_SIZE);
    }

    /** The panic being unwound through a split body's cleanup blocks (they may sit in another method than the call that panicked). */
    private static final ThreadLocal<Throwable> STASHED = new ThreadLocal<>();

    public static void stash(Throwable t) {
        STASHED.set(t);
    }

    public static Throwable unstash() {
        Throwable t = STASHED.get();
        STASHED.remove();
        return t;
    }

    /** Thrown when a frame does not fit in the shadow stack, or the JVM's own stack overflows. */
    public static StackOverflow stackOverflow() {
        throw new StackOverflow();
    }

    /** A Rust stack overflow: ends the process as rustc's programs end (SIGABRT after a message). */
    public static final class StackOverflow extends RuntimeException {
        StackOverflow() {
            super(null, null, false, false);
        }
    }

    /** A panic unwinding: {@code payload} is the data pointer of its {@code Box<dyn Any + Send>}, {@code vtable} its vtable. */
    public static final class RustPanic extends RuntimeException {
        public final long payload;

        public RustPanic(long payload) {
            super(null, null, false, false);
            this.payload = payload;
        }
    }

    public static long alignUp(long v, long align) {
        return (v + align - 1) & -align;
    }

    /** Reaching code MIR marks unreachable: undefined behaviour, which only the interpreter reports as such. */
    public static RuntimeException unreachable() {
        throw new IllegalStateException("entering unreachable code");
    }

    /** Ends the program with {@code code} (an abort is 134, as SIGABRT ends rustc's programs). */
    public static RuntimeException abort(int code) {
        throw new Exit(code);
    }

    /** Unwinds the whole program to its entry, which ends it with {@code code}. */
    public static final class Exit extends RuntimeException {
        public final int code;

        public Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    // ------------------------------------------------------------------ overflow flags

    public static boolean addOverflows32(int a, int b) {
        int r = a + b;
        return ((a ^ r) & (b ^ r)) < 0;
    }

    public static boolean subOverflows32(int a, int b) {
        int r = a - b;
        return ((a ^ b) & (a ^ r)) < 0;
    }

    public static boolean mulOverflows32(int a, int b) {
        long r = (long) a * b;
        return r != (int) r;
    }

    public static boolean addOverflows64(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0;
    }

    public static boolean subOverflows64(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0;
    }

    public static boolean mulOverflows64(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != (lo >> 63);
    }

    public static boolean uaddOverflows32(int a, int b) {
        return Integer.compareUnsigned(a + b, a) < 0;
    }

    public static boolean usubOverflows32(int a, int b) {
        return Integer.compareUnsigned(a, b) < 0;
    }

    public static boolean umulOverflows32(int a, int b) {
        long r = Integer.toUnsignedLong(a) * Integer.toUnsignedLong(b);
        return (r >>> 32) != 0;
    }

    public static boolean uaddOverflows64(long a, long b) {
        return Long.compareUnsigned(a + b, a) < 0;
    }

    public static boolean usubOverflows64(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    public static boolean umulOverflows64(long a, long b) {
        return Math.unsignedMultiplyHigh(a, b) != 0;
    }

    // ------------------------------------------------------------------ conversions

    public static float u64ToF32(long v) {
        if (v >= 0) return (float) v;
        // halve with the low bit kept (round to odd), convert, double: rounds as an exact conversion would
        return (float) ((v >>> 1) | (v & 1)) * 2f;
    }

    public static double u64ToF64(long v) {
        if (v >= 0) return (double) v;
        return (double) ((v >>> 1) | (v & 1)) * 2d;
    }

    /** {@code f as u64}: saturating, NaN to 0. */
    public static long f64ToU64(double d) {
        if (!(d > 0)) return 0;
        if (d >= 18446744073709551615d) return -1L;
        if (d < 9223372036854775808d) return (long) d;
        return (long) (d - 9223372036854775808d) ^ Long.MIN_VALUE;
    }

    /** {@code f as u32}: saturating, NaN to 0. */
    public static int f64ToU32(double d) {
        if (!(d > 0)) return 0;
        if (d >= 4294967295d) return -1;
        return (int) (long) d;
    }

    /** {@code f as iN}/{@code uN} for N of 8 or 16 bits: saturating to [min, max], NaN to 0. */
    public static int f64ToSmall(double d, int min, int max) {
        if (Double.isNaN(d)) return 0;
        if (d <= min) return min;
        if (d >= max) return max;
        return (int) d;
    }

    // ------------------------------------------------------------------ integer intrinsics on widened values

    /** {@code saturating_add} of {@code bits}-bit integers given widened to longs. */
    public static long saturatingAdd(long a, long b, int bits, boolean signed) {
        if (bits == 64) {
            long r = a + b;
            if (signed) return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
            return Long.compareUnsigned(r, a) < 0 ? -1L : r;
        }
        return clamp(a + b, bits, signed);
    }

    public static long saturatingSub(long a, long b, int bits, boolean signed) {
        if (bits == 64) {
            long r = a - b;
            if (signed) return ((a ^ b) & (a ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
            return Long.compareUnsigned(a, b) < 0 ? 0 : r;
        }
        return clamp(a - b, bits, signed);
    }

    private static long clamp(long v, int bits, boolean signed) {
        long min = signed ? -(1L << (bits - 1)) : 0, max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        return Math.max(min, Math.min(max, v));
    }

    private static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    public static long bits_rotate_left(long v, int n, int bits) {
        v &= mask(bits);
        n = Math.floorMod(n, bits);
        return n == 0 ? v : ((v << n) | (v >>> (bits - n))) & mask(bits);
    }

    public static long bits_rotate_right(long v, int n, int bits) {
        return bits_rotate_left(v, bits - Math.floorMod(n, bits), bits);
    }

    public static long bits_ctpop(long v, int unused, int bits) {
        return Long.bitCount(v & mask(bits));
    }

    public static long bits_ctlz(long v, int unused, int bits) {
        return Long.numberOfLeadingZeros(v & mask(bits)) - (64 - bits);
    }

    public static long bits_cttz(long v, int unused, int bits) {
        return Math.min(Long.numberOfTrailingZeros(v & mask(bits)), bits);
    }

    public static long bits_bswap(long v, int unused, int bits) {
        return Long.reverseBytes(v) >>> (64 - bits);
    }

    public static long bits_bitreverse(long v, int unused, int bits) {
        return Long.reverse(v) >>> (64 - bits);
    }

    public static long realtimeNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    // ------------------------------------------------------------------ 128-bit integers, in memory

    private static java.math.BigInteger big(long a, boolean signed) {
        long lo = Mem.i64(a), hi = Mem.i64(a + 8);
        byte[] be = new byte[16];
        for (int i = 0; i < 8; i++) {
            be[i] = (byte) (hi >>> (56 - 8 * i));
            be[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return signed ? new java.math.BigInteger(be) : new java.math.BigInteger(1, be);
    }

    private static final java.math.BigInteger MASK128 = java.math.BigInteger.ONE.shiftLeft(128).subtract(java.math.BigInteger.ONE);

    private static void put(long dst, java.math.BigInteger v) {
        Mem.put64(dst, v.longValue());
        Mem.put64(dst + 8, v.shiftRight(64).longValue());
    }

    private static boolean fits(java.math.BigInteger v, boolean signed) {
        return signed ? v.bitLength() <= 127 : v.signum() >= 0 && v.bitLength() <= 128;
    }

    /**
     * {@code *dst = a op b} on 128-bit integers at addresses (op: 0 add, 1 sub, 2 mul, 3 div, 4
     * rem, 5 and, 6 or, 7 xor, 8 shl, 9 shr; for shifts {@code b} is the amount itself); returns
     * whether the exact result overflows (for shifts: whether the amount is 128 or more).
     * Everything but division works on the two halves; division goes through BigInteger.
     */
    public static boolean op128(int op, boolean signed, long dst, long a, long b) {
        long alo = Mem.i64(a), ahi = Mem.i64(a + 8);
        long lo, hi;
        boolean overflow;
        switch (op) {
            case 0 -> {
                long blo = Mem.i64(b), bhi = Mem.i64(b + 8);
                lo = alo + blo;
                hi = ahi + bhi + (Long.compareUnsigned(lo, alo) < 0 ? 1 : 0);
                overflow = signed ? ((ahi ^ hi) & (bhi ^ hi)) < 0 : ((ahi & bhi) | ((ahi | bhi) & ~hi)) < 0;
            }
            case 1 -> {
                long blo = Mem.i64(b), bhi = Mem.i64(b + 8);
                lo = alo - blo;
                hi = ahi - bhi - (Long.compareUnsigned(alo, blo) < 0 ? 1 : 0);
                overflow = signed ? ((ahi ^ bhi) & (ahi ^ hi)) < 0 : ((~ahi & bhi) | ((~ahi | bhi) & hi)) < 0;
            }
            case 2 -> {
                long blo = Mem.i64(b), bhi = Mem.i64(b + 8);
                lo = alo * blo;
                hi = Math.unsignedMultiplyHigh(alo, blo) + alo * bhi + ahi * blo;
                if (signed ? ahi == alo >> 63 && bhi == blo >> 63 : ahi == 0 && bhi == 0) {
                    // two values that fit in 64 bits: their product always fits in 128
                    overflow = false;
                } else {
                    overflow = !fits(big(a, signed).multiply(big(b, signed)), signed);
                }
            }
            case 5, 6, 7 -> {
                long blo = Mem.i64(b), bhi = Mem.i64(b + 8);
                lo = op == 5 ? alo & blo : op == 6 ? alo | blo : alo ^ blo;
                hi = op == 5 ? ahi & bhi : op == 6 ? ahi | bhi : ahi ^ bhi;
                overflow = false;
            }
            case 8 -> {
                int k = (int) (b & 127);
                overflow = Long.compareUnsigned(b, 128) >= 0;
                if (k == 0) {
                    lo = alo;
                    hi = ahi;
                } else if (k < 64) {
                    hi = (ahi << k) | (alo >>> (64 - k));
                    lo = alo << k;
                } else {
                    hi = alo << (k - 64);
                    lo = 0;
                }
            }
            case 9 -> {
                int k = (int) (b & 127);
                overflow = Long.compareUnsigned(b, 128) >= 0;
                long fill = signed ? ahi >> 63 : 0;
                if (k == 0) {
                    lo = alo;
                    hi = ahi;
                } else if (k < 64) {
                    lo = (alo >>> k) | (ahi << (64 - k));
                    hi = signed ? ahi >> k : ahi >>> k;
                } else {
                    lo = signed ? ahi >> (k - 64) : ahi >>> (k - 64);
                    hi = fill;
                }
            }
            default -> {
                java.math.BigInteger x = big(a, signed), y = big(b, signed);
                java.math.BigInteger r = op == 3 ? x.divide(y) : x.remainder(y);
                put(dst, r);
                return !fits(r, signed);
            }
        }
        Mem.put64(dst, lo);
        Mem.put64(dst + 8, hi);
        return overflow;
    }

    /** -1, 0 or 1 as the wide pointers at {@code a} and {@code b} compare: their addresses, then their metadata, unsigned. */
    public static int compareWide(long a, long b) {
        int c = Long.compareUnsigned(Mem.i64(a), Mem.i64(b));
        return c != 0 ? c : Long.compareUnsigned(Mem.i64(a + 8), Mem.i64(b + 8));
    }

    /** -1, 0 or 1 as the 128-bit integers at {@code a} and {@code b} compare. */
    public static int cmp128(boolean signed, long a, long b) {
        long ahi = Mem.i64(a + 8), bhi = Mem.i64(b + 8);
        if (ahi != bhi) return signed ? Long.compare(ahi, bhi) : Long.compareUnsigned(ahi, bhi);
        return Long.compareUnsigned(Mem.i64(a), Mem.i64(b));
    }

    public static void neg128(long dst, long a) {
        long lo = Mem.i64(a), hi = Mem.i64(a + 8);
        Mem.put64(dst, -lo);
        Mem.put64(dst + 8, ~hi + (lo == 0 ? 1 : 0));
    }

    public static void not128(long dst, long a) {
        long lo = Mem.i64(a), hi = Mem.i64(a + 8);
        Mem.put64(dst, ~lo);
        Mem.put64(dst + 8, ~hi);
    }

    /** Writes {@code v} (a widened 64-bit value) as a 128-bit integer: sign-extended when {@code signed}. */
    public static void from64(long dst, long v, boolean signed) {
        Mem.put64(dst, v);
        Mem.put64(dst + 8, signed && v < 0 ? -1L : 0L);
    }

    public static double toF64(long a, boolean signed) {
        return big(a, signed).doubleValue();
    }

    /** {@code f as i128/u128}: saturating, NaN to 0. */
    public static void fromF64(long dst, double d, boolean signed) {
        if (Double.isNaN(d)) {
            put(dst, java.math.BigInteger.ZERO);
            return;
        }
        java.math.BigInteger min = signed ? java.math.BigInteger.ONE.shiftLeft(127).negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger max = signed ? java.math.BigInteger.ONE.shiftLeft(127).subtract(java.math.BigInteger.ONE) : MASK128;
        java.math.BigInteger v = Double.isInfinite(d) ? (d > 0 ? max : min)
                : new java.math.BigDecimal(d).toBigInteger();
        put(dst, v.max(min).min(max));
    }

    /** {@code ctpop}, {@code ctlz}, {@code cttz} of the 128-bit integer at {@code a}. */
    public static long count128(String op, long a) {
        long lo = Mem.i64(a), hi = Mem.i64(a + 8);
        return switch (op) {
            case "ctpop" -> Long.bitCount(lo) + Long.bitCount(hi);
            case "ctlz" -> hi != 0 ? Long.numberOfLeadingZeros(hi) : 64 + Long.numberOfLeadingZeros(lo);
            default -> lo != 0 ? Long.numberOfTrailingZeros(lo) : 64 + Long.numberOfTrailingZeros(hi);
        };
    }

    /** {@code rotate_left/right} by {@code n}, {@code bswap}, {@code bitreverse} of the 128-bit integer at {@code a}, into {@code dst}. */
    public static void bits128(String op, long dst, long a, int n) {
        java.math.BigInteger v = big(a, false);
        java.math.BigInteger r = switch (op) {
            case "rotate_left", "rotate_right" -> {
                int k = Math.floorMod(op.equals("rotate_left") ? n : -n, 128);
                yield v.shiftLeft(k).or(v.shiftRight(128 - k)).and(MASK128);
            }
            case "bswap" -> {
                long lo = Mem.i64(a), hi = Mem.i64(a + 8);
                Mem.put64(dst, Long.reverseBytes(hi));
                Mem.put64(dst + 8, Long.reverseBytes(lo));
                yield null;
            }
            default -> {
                long lo = Mem.i64(a), hi = Mem.i64(a + 8);
                Mem.put64(dst, Long.reverse(hi));
                Mem.put64(dst + 8, Long.reverse(lo));
                yield null;
            }
        };
        if (r != null) put(dst, r);
    }

    /** {@code saturating_add}/{@code saturating_sub} of 128-bit integers. */
    public static void saturating128(boolean add, boolean signed, long dst, long a, long b) {
        java.math.BigInteger r = add ? big(a, signed).add(big(b, signed)) : big(a, signed).subtract(big(b, signed));
        java.math.BigInteger min = signed ? java.math.BigInteger.ONE.shiftLeft(127).negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger max = signed ? java.math.BigInteger.ONE.shiftLeft(127).subtract(java.math.BigInteger.ONE) : MASK128;
        put(dst, r.max(min).min(max));
    }
}
