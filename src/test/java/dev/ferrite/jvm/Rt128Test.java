package dev.ferrite.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 128-bit arithmetic of compiled code, on two 64-bit halves, against BigInteger's exact results. */
class Rt128Test {
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(128);

    private static BigInteger value(long lo, long hi, boolean signed) {
        BigInteger v = BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
        return signed ? v : v.mod(MOD);
    }

    private static BigInteger wrap(BigInteger v, boolean signed) {
        BigInteger m = v.mod(MOD);
        return signed && m.testBit(127) ? m.subtract(MOD) : m;
    }

    private static long interesting(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> Long.MIN_VALUE;
            case 3 -> Long.MAX_VALUE;
            case 4 -> r.nextInt(5) - 2;
            default -> r.nextLong();
        };
    }

    @Test
    void everyOperationMatchesExactArithmetic() {
        long a = Mem.alloc(16, 16), b = Mem.alloc(16, 16), d = Mem.alloc(16, 16);
        Random r = new Random(128);
        try {
            for (int i = 0; i < 20_000; i++) {
                long alo = interesting(r), ahi = interesting(r), blo = interesting(r), bhi = interesting(r);
                boolean signed = r.nextBoolean();
                Mem.put64(a, alo);
                Mem.put64(a + 8, ahi);
                Mem.put64(b, blo);
                Mem.put64(b + 8, bhi);
                BigInteger x = value(alo, ahi, signed), y = value(blo, bhi, signed);
                for (int op : new int[] {0, 1, 2, 5, 6, 7}) {
                    BigInteger exact = switch (op) {
                        case 0 -> x.add(y);
                        case 1 -> x.subtract(y);
                        case 2 -> x.multiply(y);
                        case 5 -> x.and(y);
                        case 6 -> x.or(y);
                        default -> x.xor(y);
                    };
                    boolean overflow = Rt.op128(op, signed, d, a, b);
                    BigInteger wrapped = wrap(exact, signed);
                    assertThat(value(Mem.i64(d), Mem.i64(d + 8), signed)).as("op %d of %s, %s", op, x, y).isEqualTo(wrapped);
                    assertThat(overflow).as("overflow of op %d of %s, %s", op, x, y).isEqualTo(!exact.equals(wrapped));
                }
                int k = r.nextInt(128);
                Rt.op128(8, signed, d, a, k);
                assertThat(value(Mem.i64(d), Mem.i64(d + 8), signed)).isEqualTo(wrap(x.shiftLeft(k), signed));
                Rt.op128(9, signed, d, a, k);
                assertThat(value(Mem.i64(d), Mem.i64(d + 8), signed)).isEqualTo(x.shiftRight(k));
                assertThat(Rt.cmp128(signed, a, b)).isEqualTo(x.compareTo(y));
                Rt.neg128(d, a);
                assertThat(value(Mem.i64(d), Mem.i64(d + 8), true)).isEqualTo(wrap(value(alo, ahi, true).negate(), true));
            }
        } finally {
            Mem.free(a);
            Mem.free(b);
            Mem.free(d);
        }
    }
}
