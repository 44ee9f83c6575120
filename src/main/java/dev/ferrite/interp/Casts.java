package dev.ferrite.interp;

import dev.ferrite.mir.CastKind;
import dev.ferrite.mir.PointerCoercion;
import dev.ferrite.types.FloatKind;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Ty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** The {@code as} casts and coercions of {@link dev.ferrite.mir.Rvalue.Cast}. */
final class Casts {
    private Casts() {
    }

    static Bytes cast(Interpreter in, CastKind kind, Bytes v, Ty from, Ty to) {
        int toSize = (int) in.layouts.of(to).size();
        if (from instanceof Ty.FnDef fd && !(kind instanceof CastKind.PointerCoercionCast)) {
            // `f as *const u8`, `f as usize`: the fn item becomes its fn pointer first
            v = coercion(in, PointerCoercion.REIFY_FN_POINTER, v, fd, to, 8);
        }
        switch (kind) {
            case CastKind.IntToInt k -> {
                BigInteger x = scalarInt(in, v, from);
                if (to instanceof Ty.Char) {
                    return Bytes.ofInt(x.and(BigInteger.valueOf(0xff)), 4);
                }
                if (to instanceof Ty.Bool) return Bytes.ofLong(x.signum() == 0 ? 0 : 1, 1);
                IntKind tk = ((Ty.Int) to).kind();
                return Bytes.ofInt(Arith.wrap(x, tk), tk.bytes());
            }
            case CastKind.IntToFloat k -> {
                BigInteger x = scalarInt(in, v, from);
                if (((Ty.Float) to).kind() == FloatKind.F32) return Arith.f32(new BigDecimal(x).floatValue());
                return Arith.f64(new BigDecimal(x).doubleValue());
            }
            case CastKind.FloatToInt k -> {
                double d = floatValue(v, from);
                IntKind tk = ((Ty.Int) to).kind();
                BigInteger r;
                if (Double.isNaN(d)) {
                    r = BigInteger.ZERO;
                } else if (Double.isInfinite(d)) {
                    r = d > 0 ? Arith.max(tk) : Arith.min(tk);
                } else {
                    r = new BigDecimal(d).setScale(0, RoundingMode.DOWN).toBigInteger();
                    if (r.compareTo(Arith.max(tk)) > 0) r = Arith.max(tk);
                    if (r.compareTo(Arith.min(tk)) < 0) r = Arith.min(tk);
                }
                return Bytes.ofInt(r, tk.bytes());
            }
            case CastKind.FloatToFloat k -> {
                double d = floatValue(v, from);
                if (((Ty.Float) to).kind() == FloatKind.F32) {
                    if (((Ty.Float) from).kind() == FloatKind.F32) return v;
                    return Arith.f32((float) d);
                }
                return Arith.f64(d);
            }
            case CastKind.PointerExposeProvenance k -> {
                Interpreter.requireInit(v, 0, 8);
                Pointer p = v.readPointer(0);
                in.mem.expose(p);
                return Bytes.ofInt(BigInteger.valueOf(p.addr()).and(Arith.mask(64)).and(Arith.mask(toSize * 8)), toSize);
            }
            case CastKind.PointerWithExposedProvenance k -> {
                long addr = scalarInt(in, v, from).longValue();
                Bytes out = new Bytes(toSize);
                out.writePointer(0, in.mem.withExposedProvenance(addr));
                return out;
            }
            case CastKind.PtrToPtr k -> {
                // a thin pointer cast to a fat one is an unsizing (`p as *const [u8]` from `*const [u8; 4]`)
                if (toSize > v.size()) return unsize(in, v, from, to, toSize);
                return resize(v, toSize);
            }
            case CastKind.FnPtrToPtr k -> {
                return resize(v, toSize);
            }
            case CastKind.Transmute k -> {
                if (v.size() != toSize) {
                    throw InterpException.ub("transmuting from " + v.size() + "-byte type to " + toSize + "-byte type");
                }
                Bytes out = v.slice(0, v.size());
                in.validateScalar(out, to);
                return out;
            }
            case CastKind.PointerCoercionCast pc -> {
                return coercion(in, pc.coercion(), v, from, to, toSize);
            }
        }
    }

    private static Bytes resize(Bytes v, int toSize) {
        if (v.size() == toSize) return v;
        return v.slice(0, Math.min(toSize, v.size()));
    }

    private static Bytes coercion(Interpreter in, PointerCoercion c, Bytes v, Ty from, Ty to, int toSize) {
        switch (c) {
            case REIFY_FN_POINTER -> {
                Ty.FnDef fd = (Ty.FnDef) from;
                dev.ferrite.typeck.InstanceResolver.Resolved r = in.program.resolve(fd.def(), fd.args());
                Object target = r == null || r.kind() != dev.ferrite.typeck.InstanceResolver.Resolved.Kind.ITEM
                        ? new Instance(fd.def(), fd.args()) : new Instance(r.def(), r.args());
                return Bytes.ofPointer(in.fnPointer(target));
            }
            case CLOSURE_FN_POINTER -> {
                Ty.Closure cl = (Ty.Closure) from;
                return Bytes.ofPointer(in.fnPointer(new Interpreter.ClosureAsFn(new Instance(cl.def(), cl.args()))));
            }
            case UNSAFE_FN_POINTER, MUT_TO_CONST_POINTER, ARRAY_TO_POINTER -> {
                return resize(v, toSize);
            }
            case UNSIZE -> {
                return unsize(in, v, from, to, toSize);
            }
        }
        throw new IllegalStateException();
    }

    /** Thin to wide pointer: {@code &[T; N]} to {@code &[T]}, {@code &T} to {@code &dyn Trait}, also inside Box-like ADTs. */
    private static Bytes unsize(Interpreter in, Bytes v, Ty from, Ty to, int toSize) {
        Ty src = innerPointee(in, from);
        Ty dst = innerPointee(in, to);
        Interpreter.requireInit(v, 0, 8);
        Pointer data = v.readPointer(0);
        Bytes out = new Bytes(toSize);
        Ty srcTail = src, dstTail = dst;
        // struct with unsized tail: S<[T; N]> to S<[T]>
        while (srcTail instanceof Ty.Adt sa && dstTail instanceof Ty.Adt da && sa.def().equals(da.def())) {
            var sf = in.layouts.fieldTys(sa, 0);
            var df = in.layouts.fieldTys(da, 0);
            srcTail = sf.getLast();
            dstTail = df.getLast();
        }
        switch (dstTail) {
            case Ty.Slice s -> {
                long n = srcTail instanceof Ty.Array a ? Layouts.arrayLen(a.len()) : v.readLong(8, 8);
                out.writePointer(0, data);
                out.writeLong(8, 8, n);
            }
            case Ty.Dynamic d -> {
                if (srcTail instanceof Ty.Dynamic sd) {
                    Pointer vt = v.readPointer(8);
                    Ty concrete = in.vtableType(vt);
                    dev.ferrite.types.TraitRef fromRef = Interpreter.principal(sd, Ty.UNIT);
                    dev.ferrite.types.TraitRef toRef = Interpreter.principal(d, Ty.UNIT);
                    if (concrete == null || toRef == null || fromRef != null && fromRef.traitId().equals(toRef.traitId())) {
                        // same principal (or dropping it / auto traits): the vtable is kept
                        out.copyFrom(v, 0, 0, 16);
                    } else {
                        // upcast to a supertrait: the supertrait's own vtable for the concrete type
                        out.writePointer(0, data);
                        out.writePointer(8, in.vtable(concrete, Interpreter.principal(d, concrete)));
                    }
                } else {
                    out.writePointer(0, data);
                    out.writePointer(8, in.vtable(srcTail, Interpreter.principal(d, srcTail)));
                }
            }
            default -> throw InterpException.unsupported("unsizing " + from + " to " + to);
        }
        return out;
    }

    private static Ty innerPointee(Interpreter in, Ty t) {
        return switch (t) {
            case Ty.Ref r -> r.pointee();
            case Ty.RawPtr p -> p.pointee();
            case Ty.Adt a -> {
                if (in.isBox(a)) yield a.args().ty(0);
                // a smart pointer wrapping a pointer in its first field (Rc<T>, NonNull<T>, ...)
                var fields = in.layouts.fieldTys(a, 0);
                for (Ty f : fields) {
                    if (in.layouts.of(f).size() > 0) yield innerPointee(in, f);
                }
                throw InterpException.unsupported("unsizing " + t);
            }
            default -> throw InterpException.unsupported("unsizing " + t);
        };
    }

    static BigInteger scalarInt(Interpreter in, Bytes v, Ty t) {
        return switch (t) {
            case Ty.Int i -> Arith.intValue(v, i.kind());
            case Ty.Bool b -> Interpreter.bool(v) ? BigInteger.ONE : BigInteger.ZERO;
            case Ty.Char c -> {
                in.validateScalar(v, t);
                yield BigInteger.valueOf(v.readLong(0, 4) & 0xffffffffL);
            }
            case Ty.Adt a -> {
                // fieldless enum cast to integer: the discriminant
                Interpreter.requireInit(v, 0, v.size());
                Memory.Alloc tmp = in.mem.allocate(v.size(), 1, Memory.Kind.STACK, true);
                in.mem.bytesOf(tmp).copyFrom(v, 0, 0, v.size());
                BigInteger d = in.discriminantValue(Interpreter.MPlace.sized(in.mem.pointerTo(tmp), t));
                in.mem.kill(tmp);
                yield d;
            }
            default -> {
                Interpreter.requireInit(v, 0, v.size());
                yield v.readUnsigned(0, Math.min(v.size(), 8));
            }
        };
    }

    static double floatValue(Bytes v, Ty t) {
        Interpreter.requireInit(v, 0, v.size());
        if (((Ty.Float) t).kind() == FloatKind.F32) return Float.intBitsToFloat((int) v.readLong(0, 4));
        return Double.longBitsToDouble(v.readLong(0, 8));
    }
}
