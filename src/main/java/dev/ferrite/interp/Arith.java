package dev.ferrite.interp;

import dev.ferrite.mir.BinOp;
import dev.ferrite.mir.UnOp;
import dev.ferrite.types.FloatKind;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Ty;
import java.math.BigInteger;

/** Binary and unary operators on scalars, with Rust's semantics for every integer width and float type. */
final class Arith {
    private Arith() {
    }

    static BigInteger mask(int bits) {
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }

    /** The value of an integer of kind {@code k} stored in {@code b} (sign-extended if signed). */
    static BigInteger intValue(Bytes b, IntKind k) {
        Interpreter.requireInit(b, 0, k.bytes());
        BigInteger u = b.readUnsigned(0, k.bytes());
        if (k.signed() && u.testBit(k.bits() - 1)) u = u.subtract(BigInteger.ONE.shiftLeft(k.bits()));
        return u;
    }

    /** Wraps an exact value into the range of {@code k}. */
    static BigInteger wrap(BigInteger v, IntKind k) {
        BigInteger u = v.and(mask(k.bits()));
        if (k.signed() && u.testBit(k.bits() - 1)) u = u.subtract(BigInteger.ONE.shiftLeft(k.bits()));
        return u;
    }

    static BigInteger min(IntKind k) {
        return k.signed() ? BigInteger.ONE.shiftLeft(k.bits() - 1).negate() : BigInteger.ZERO;
    }

    static BigInteger max(IntKind k) {
        return k.signed() ? mask(k.bits() - 1) : mask(k.bits());
    }

    static boolean inRange(BigInteger v, IntKind k) {
        return v.compareTo(min(k)) >= 0 && v.compareTo(max(k)) <= 0;
    }

    /** An integer of at most 64 bits as a long (sign-extended if signed, raw bits for u64). */
    static long longValue(Bytes b, IntKind k) {
        Interpreter.requireInit(b, 0, k.bytes());
        return wrapLong(b.readLong(0, k.bytes()), k);
    }

    static long wrapLong(long v, IntKind k) {
        int bits = k.bits();
        if (bits == 64) return v;
        return k.signed() ? (v << (64 - bits)) >> (64 - bits) : v & ((1L << bits) - 1);
    }

    /** Integer operators on up to 64 bits without BigInteger; null where the slow path must decide. */
    private static Bytes intOpLong(Interpreter in, BinOp op, long a, long b, IntKind k, IntKind rk, Ty destTy) {
        int size = k.bytes();
        boolean wide = k.bits() == 64;
        boolean signed = k.signed();
        switch (op) {
            case ADD, SUB, MUL -> {
                long r = op == BinOp.ADD ? a + b : op == BinOp.SUB ? a - b : a * b;
                return Bytes.ofLong(wrapLong(r, k), size);
            }
            case ADD_WITH_OVERFLOW, SUB_WITH_OVERFLOW, MUL_WITH_OVERFLOW, ADD_UNCHECKED, SUB_UNCHECKED, MUL_UNCHECKED -> {
                BinOp base = op.wrapping();
                long r;
                boolean overflow;
                if (!wide) {
                    if (base == BinOp.MUL && k.bits() > 32) return null;
                    long exact = base == BinOp.ADD ? a + b : base == BinOp.SUB ? a - b : a * b;
                    r = wrapLong(exact, k);
                    overflow = r != exact;
                } else if (base == BinOp.ADD) {
                    r = a + b;
                    overflow = signed ? ((a ^ r) & (b ^ r)) < 0 : Long.compareUnsigned(r, a) < 0;
                } else if (base == BinOp.SUB) {
                    r = a - b;
                    overflow = signed ? ((a ^ b) & (a ^ r)) < 0 : Long.compareUnsigned(a, b) < 0;
                } else {
                    r = a * b;
                    overflow = signed ? Math.multiplyHigh(a, b) != (r >> 63) : Math.unsignedMultiplyHigh(a, b) != 0;
                }
                if (op.isWithOverflow()) {
                    Layout l = in.layouts.of(destTy);
                    Bytes out = new Bytes((int) l.size());
                    out.writeLong((int) l.offset(0), size, r);
                    out.writeLong((int) l.offset(1), 1, overflow ? 1 : 0);
                    return out;
                }
                if (overflow) return null; // the slow path reports the UB
                return Bytes.ofLong(r, size);
            }
            case DIV, REM -> {
                if (b == 0) return null;
                if (signed && b == -1 && a == wrapLong(Long.MIN_VALUE >> (64 - k.bits()), k)) return null;
                long r;
                if (!signed && wide) r = op == BinOp.DIV ? Long.divideUnsigned(a, b) : Long.remainderUnsigned(a, b);
                else r = op == BinOp.DIV ? a / b : a % b;
                return Bytes.ofLong(wrapLong(r, k), size);
            }
            case BIT_AND -> {
                return Bytes.ofLong(a & b, size);
            }
            case BIT_OR -> {
                return Bytes.ofLong(a | b, size);
            }
            case BIT_XOR -> {
                return Bytes.ofLong(a ^ b, size);
            }
            case SHL, SHR -> {
                int bits = k.bits();
                int amount = (int) (b & (bits - 1));
                long r;
                if (op == BinOp.SHL) r = a << amount;
                else r = signed ? a >> amount : a >>> amount;
                return Bytes.ofLong(wrapLong(r, k), size);
            }
            case EQ, NE, LT, LE, GT, GE, CMP -> {
                int c = signed || !wide ? Long.compare(a, b) : Long.compareUnsigned(a, b);
                return compare(op, c);
            }
            default -> {
                return null;
            }
        }
    }

    static Bytes ofBool(boolean b) {
        return Bytes.ofLong(b ? 1 : 0, 1);
    }

    static Bytes binary(Interpreter in, BinOp op, Bytes l, Ty lt, Bytes r, Ty rt, Ty destTy) {
        switch (lt) {
            case Ty.Int it -> {
                IntKind k = it.kind();
                IntKind rk = rt instanceof Ty.Int ri ? ri.kind() : k;
                if (k.bits() <= 64 && rk.bits() <= 64) {
                    Bytes fast = intOpLong(in, op, longValue(l, k), longValue(r, rk), k, rk, destTy);
                    if (fast != null) return fast;
                }
                BigInteger a = intValue(l, k);
                BigInteger b = intValue(r, rk);
                return intOp(in, op, a, b, k, destTy);
            }
            case Ty.Float ft -> {
                Interpreter.requireInit(l, 0, l.size());
                Interpreter.requireInit(r, 0, r.size());
                if (ft.kind() == FloatKind.F32) {
                    float a = Float.intBitsToFloat((int) l.readLong(0, 4));
                    float b = Float.intBitsToFloat((int) r.readLong(0, 4));
                    return switch (op) {
                        case ADD -> f32(a + b);
                        case SUB -> f32(a - b);
                        case MUL -> f32(a * b);
                        case DIV -> f32(a / b);
                        case REM -> f32(a % b);
                        case EQ -> ofBool(a == b);
                        case NE -> ofBool(a != b);
                        case LT -> ofBool(a < b);
                        case LE -> ofBool(a <= b);
                        case GT -> ofBool(a > b);
                        case GE -> ofBool(a >= b);
                        default -> throw InterpException.unsupported("float operator " + op);
                    };
                }
                double a = Double.longBitsToDouble(l.readLong(0, 8));
                double b = Double.longBitsToDouble(r.readLong(0, 8));
                return switch (op) {
                    case ADD -> f64(a + b);
                    case SUB -> f64(a - b);
                    case MUL -> f64(a * b);
                    case DIV -> f64(a / b);
                    case REM -> f64(a % b);
                    case EQ -> ofBool(a == b);
                    case NE -> ofBool(a != b);
                    case LT -> ofBool(a < b);
                    case LE -> ofBool(a <= b);
                    case GT -> ofBool(a > b);
                    case GE -> ofBool(a >= b);
                    default -> throw InterpException.unsupported("float operator " + op);
                };
            }
            case Ty.Bool bt -> {
                boolean a = Interpreter.bool(l);
                boolean b = Interpreter.bool(r);
                return switch (op) {
                    case BIT_AND -> ofBool(a & b);
                    case BIT_OR -> ofBool(a | b);
                    case BIT_XOR, NE -> ofBool(a ^ b);
                    case EQ -> ofBool(a == b);
                    case LT -> ofBool(!a && b);
                    case LE -> ofBool(!a || b);
                    case GT -> ofBool(a && !b);
                    case GE -> ofBool(a || !b);
                    case CMP -> Bytes.ofLong(Boolean.compare(a, b), 1);
                    default -> throw InterpException.unsupported("bool operator " + op);
                };
            }
            case Ty.Char ct -> {
                in.validateScalar(l, lt);
                in.validateScalar(r, rt);
                long a = l.readLong(0, 4) & 0xffffffffL;
                long b = r.readLong(0, 4) & 0xffffffffL;
                return compare(op, Long.compare(a, b));
            }
            case Ty.RawPtr p -> {
                return pointerOp(in, op, l, r, p.pointee(), destTy);
            }
            case Ty.FnPtr p -> {
                return pointerOp(in, op, l, r, Ty.U8, destTy);
            }
            case Ty.Ref p -> {
                return pointerOp(in, op, l, r, p.pointee(), destTy);
            }
            default -> throw InterpException.unsupported("operator " + op + " on " + lt);
        }
    }

    private static Bytes compare(BinOp op, int c) {
        return switch (op) {
            case EQ -> ofBool(c == 0);
            case NE -> ofBool(c != 0);
            case LT -> ofBool(c < 0);
            case LE -> ofBool(c <= 0);
            case GT -> ofBool(c > 0);
            case GE -> ofBool(c >= 0);
            case CMP -> Bytes.ofLong(Integer.signum(c), 1);
            default -> throw InterpException.unsupported("comparison operator " + op);
        };
    }

    static Bytes f32(float f) {
        return Bytes.ofLong(Float.floatToRawIntBits(f) & 0xffffffffL, 4);
    }

    static Bytes f64(double d) {
        return Bytes.ofLong(Double.doubleToRawLongBits(d), 8);
    }

    private static Bytes intOp(Interpreter in, BinOp op, BigInteger a, BigInteger b, IntKind k, Ty destTy) {
        int size = k.bytes();
        switch (op) {
            case ADD, SUB, MUL -> {
                return Bytes.ofInt(wrap(exact(op, a, b), k), size);
            }
            case ADD_WITH_OVERFLOW, SUB_WITH_OVERFLOW, MUL_WITH_OVERFLOW -> {
                BigInteger e = exact(op.wrapping(), a, b);
                BigInteger w = wrap(e, k);
                Layout l = in.layouts.of(destTy);
                Bytes out = new Bytes((int) l.size());
                out.copyFrom(Bytes.ofInt(w, size), 0, (int) l.offset(0), size);
                out.copyFrom(ofBool(!e.equals(w)), 0, (int) l.offset(1), 1);
                return out;
            }
            case ADD_UNCHECKED, SUB_UNCHECKED, MUL_UNCHECKED -> {
                BigInteger e = exact(op.wrapping(), a, b);
                if (!inRange(e, k)) {
                    String name = switch (op.wrapping()) {
                        case ADD -> "unchecked_add";
                        case SUB -> "unchecked_sub";
                        default -> "unchecked_mul";
                    };
                    throw InterpException.ub("arithmetic overflow in `" + name + "`");
                }
                return Bytes.ofInt(e, size);
            }
            case DIV, REM -> {
                if (b.signum() == 0) {
                    throw InterpException.ub(op == BinOp.DIV ? "dividing by zero" : "calculating the remainder with a divisor of zero");
                }
                if (k.signed() && a.equals(min(k)) && b.equals(BigInteger.ONE.negate())) {
                    throw InterpException.ub(op == BinOp.DIV ? "overflow in signed division (dividing MIN by -1)"
                            : "overflow in signed remainder (dividing MIN by -1)");
                }
                return Bytes.ofInt(wrap(op == BinOp.DIV ? a.divide(b) : a.remainder(b), k), size);
            }
            case BIT_AND -> {
                return Bytes.ofInt(wrap(a.and(b), k), size);
            }
            case BIT_OR -> {
                return Bytes.ofInt(wrap(a.or(b), k), size);
            }
            case BIT_XOR -> {
                return Bytes.ofInt(wrap(a.xor(b), k), size);
            }
            case SHL, SHR, SHL_UNCHECKED, SHR_UNCHECKED -> {
                int bits = k.bits();
                if ((op == BinOp.SHL_UNCHECKED || op == BinOp.SHR_UNCHECKED)
                        && (b.signum() < 0 || b.compareTo(BigInteger.valueOf(bits)) >= 0)) {
                    throw InterpException.ub("overflowing shift by " + b + " in `"
                            + (op == BinOp.SHL_UNCHECKED ? "unchecked_shl" : "unchecked_shr") + "`");
                }
                int amount = b.and(BigInteger.valueOf(bits - 1)).intValue();
                BigInteger res = op.wrapping() == BinOp.SHL ? a.shiftLeft(amount) : a.shiftRight(amount);
                return Bytes.ofInt(wrap(res, k), size);
            }
            case EQ, NE, LT, LE, GT, GE, CMP -> {
                return compare(op, a.compareTo(b));
            }
            default -> throw InterpException.unsupported("integer operator " + op);
        }
    }

    private static BigInteger exact(BinOp op, BigInteger a, BigInteger b) {
        return switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.subtract(b);
            case MUL -> a.multiply(b);
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private static Bytes pointerOp(Interpreter in, BinOp op, Bytes l, Bytes r, Ty pointee, Ty destTy) {
        Interpreter.requireInit(l, 0, l.size());
        if (op == BinOp.OFFSET) {
            Pointer p = l.readPointer(0);
            Interpreter.requireInit(r, 0, r.size());
            long n = r.readLong(0, 8);
            long bytes = n * in.layouts.of(pointee).size();
            Pointer q = p.offset(bytes);
            checkInbounds(in, p, q);
            Bytes out = l.slice(0, l.size());
            out.writePointer(0, q);
            return out;
        }
        Interpreter.requireInit(r, 0, r.size());
        int c = Long.compareUnsigned(l.readLong(0, 8), r.readLong(0, 8));
        if (c == 0 && l.size() == 16 && r.size() == 16) c = Long.compareUnsigned(l.readLong(8, 8), r.readLong(8, 8));
        return compare(op, c);
    }

    /** In-bounds pointer arithmetic: the result must stay inside the allocation (or one past its end). */
    static void checkInbounds(Interpreter in, Pointer from, Pointer to) {
        if (from.addr() == to.addr()) return;
        Memory.Alloc a = in.mem.allocOf(from, 0);
        if (a == null) {
            throw InterpException.ub("in-bounds pointer arithmetic failed: " + from + " is a dangling pointer (it has no provenance)");
        }
        if (!a.live) throw InterpException.ub("in-bounds pointer arithmetic failed: " + a.name() + " has been freed, so this pointer is dangling");
        long off = to.addr() - a.base;
        if (off < 0 || off > a.size) {
            throw InterpException.ub("in-bounds pointer arithmetic failed: attempting to offset pointer by " + (to.addr() - from.addr())
                    + " bytes, but got " + from + " which " + (off < 0 ? "is only " + (from.addr() - a.base) + " bytes from the beginning"
                    : "is at or beyond the end") + " of the allocation of size " + a.size + " bytes");
        }
    }

    static Bytes unary(Interpreter in, UnOp op, Bytes v, Ty t, Ty destTy) {
        switch (op) {
            case NOT -> {
                if (t instanceof Ty.Bool) return ofBool(!Interpreter.bool(v));
                IntKind k = ((Ty.Int) t).kind();
                return Bytes.ofInt(wrap(intValue(v, k).not(), k), k.bytes());
            }
            case NEG -> {
                if (t instanceof Ty.Float f) {
                    Interpreter.requireInit(v, 0, v.size());
                    Bytes out = v.slice(0, v.size());
                    out.data[v.size() - 1] ^= (byte) 0x80;
                    return out;
                }
                IntKind k = ((Ty.Int) t).kind();
                return Bytes.ofInt(wrap(intValue(v, k).negate(), k), k.bytes());
            }
            case PTR_METADATA -> {
                int size = (int) in.layouts.of(destTy).size();
                if (v.size() < 16 || size == 0) return new Bytes(size);
                return v.slice(8, 8);
            }
        }
        throw new IllegalStateException();
    }
}
