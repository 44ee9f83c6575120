package dev.ferrite.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrite.mir.BinOp;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Ty;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Integer operators of every width against a BigInteger model of Rust's semantics. */
class ArithTest {
    final Interpreter in = new Interpreter(new TestProgram(), null);

    static BigInteger wrap(BigInteger v, IntKind k) {
        BigInteger m = BigInteger.ONE.shiftLeft(k.bits());
        BigInteger u = v.mod(m);
        return k.signed() && u.testBit(k.bits() - 1) ? u.subtract(m) : u;
    }

    BigInteger random(Random r, IntKind k) {
        int pick = r.nextInt(6);
        BigInteger min = Arith.min(k), max = Arith.max(k);
        return switch (pick) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> BigInteger.valueOf(r.nextInt(5) - 2).max(min);
            default -> wrap(new BigInteger(k.bits(), r), k);
        };
    }

    @Test
    void matchesModelForAllWidths() {
        Random r = new Random(42);
        List<BinOp> ops = List.of(BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.DIV, BinOp.REM, BinOp.BIT_AND, BinOp.BIT_OR,
                BinOp.BIT_XOR, BinOp.SHL, BinOp.SHR, BinOp.LT, BinOp.GE, BinOp.EQ, BinOp.ADD_WITH_OVERFLOW,
                BinOp.SUB_WITH_OVERFLOW, BinOp.MUL_WITH_OVERFLOW);
        for (IntKind k : IntKind.values()) {
            Ty t = Ty.of(k);
            for (int i = 0; i < 60; i++) {
                BigInteger a = random(r, k), b = random(r, k);
                for (BinOp op : ops) {
                    Bytes la = Bytes.ofInt(a, k.bytes()), lb = Bytes.ofInt(b, k.bytes());
                    Ty dest = op.isWithOverflow() ? Ty.tuple(List.of(t, Ty.BOOL)) : op.isComparison() ? Ty.BOOL : t;
                    if ((op == BinOp.DIV || op == BinOp.REM) && (b.signum() == 0
                            || k.signed() && a.equals(Arith.min(k)) && b.equals(BigInteger.ONE.negate()))) {
                        assertThatThrownBy(() -> Arith.binary(in, op, la, t, lb, t, dest)).isInstanceOf(InterpException.UndefinedBehavior.class);
                        continue;
                    }
                    Bytes res = Arith.binary(in, op, la, t, lb, t, dest);
                    String what = k + " " + a + " " + op + " " + b;
                    switch (op) {
                        case LT -> assertThat(res.data[0]).as(what).isEqualTo((byte) (a.compareTo(b) < 0 ? 1 : 0));
                        case GE -> assertThat(res.data[0]).as(what).isEqualTo((byte) (a.compareTo(b) >= 0 ? 1 : 0));
                        case EQ -> assertThat(res.data[0]).as(what).isEqualTo((byte) (a.equals(b) ? 1 : 0));
                        case ADD_WITH_OVERFLOW, SUB_WITH_OVERFLOW, MUL_WITH_OVERFLOW -> {
                            BigInteger exact = op == BinOp.ADD_WITH_OVERFLOW ? a.add(b) : op == BinOp.SUB_WITH_OVERFLOW ? a.subtract(b) : a.multiply(b);
                            Layout l = in.layouts.of(dest);
                            assertThat(Arith.intValue(res.slice((int) l.offset(0), k.bytes()), k)).as(what).isEqualTo(wrap(exact, k));
                            assertThat(res.data[(int) l.offset(1)]).as(what).isEqualTo((byte) (wrap(exact, k).equals(exact) ? 0 : 1));
                        }
                        default -> {
                            int sh = b.intValue() & (k.bits() - 1);
                            BigInteger expected = switch (op) {
                                case ADD -> a.add(b);
                                case SUB -> a.subtract(b);
                                case MUL -> a.multiply(b);
                                case DIV -> a.divide(b);
                                case REM -> a.remainder(b);
                                case BIT_AND -> a.and(b);
                                case BIT_OR -> a.or(b);
                                case BIT_XOR -> a.xor(b);
                                case SHL -> a.shiftLeft(sh);
                                case SHR -> a.shiftRight(sh);
                                default -> throw new IllegalStateException();
                            };
                            assertThat(Arith.intValue(res, k)).as(what).isEqualTo(wrap(expected, k));
                        }
                    }
                }
            }
        }
    }
}
