package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.mir.BinOp;
import dev.ferrite.span.Span;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Ty;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The intrinsics of {@code library/core/src/intrinsics.rs} (and a few more of rustc's), including
 * Ferrite's runtime interface: {@code ferrite_write}, {@code ferrite_exit},
 * {@code ferrite_begin_panic}, {@code ferrite_alloc}/{@code dealloc}/{@code realloc}, ...
 */
final class Intrinsics {
    private final Interpreter in;
    private final Map<Span, Pointer> locations = new HashMap<>();
    /** {@code type_id}: a number for each type, unique within the run (a hash could give two types one number). */
    private final Map<Ty, Integer> typeIds = new HashMap<>();

    /** The number {@code ferrite_thread_id} reports for the main thread. */
    static final long MAIN_THREAD_ID = 1;

    Intrinsics(Interpreter in) {
        this.in = in;
    }

    /** Runs intrinsic {@code name}; false if the interpreter does not implement it (the caller may run its fallback body). */
    boolean call(String name, Instance inst, List<Bytes> args, List<Ty> argTys, Interpreter.MPlace dest, Span span) {
        Layouts layouts = in.layouts;
        Memory mem = in.mem;
        switch (name) {
            case "size_of" -> ret(dest, Bytes.ofLong(layouts.of(ty(inst, 0)).size(), 8));
            case "min_align_of", "align_of", "pref_align_of" -> ret(dest, Bytes.ofLong(layouts.of(ty(inst, 0)).align(), 8));
            case "size_of_val", "min_align_of_val", "align_of_val" -> {
                Ty t = ty(inst, 0);
                Bytes p = args.getFirst();
                long[] sa;
                if (p.size() == 16) {
                    Ty tail = layouts.tail(t);
                    sa = tail instanceof Ty.Dynamic ? in.dynSize(t, -1, p.readPointer(8)) : in.dynSize(t, p.readLong(8, 8), null);
                } else {
                    Layout l = layouts.of(t);
                    sa = new long[]{l.size(), l.align()};
                }
                ret(dest, Bytes.ofLong(name.equals("size_of_val") ? sa[0] : sa[1], 8));
            }
            case "transmute", "transmute_unchecked" -> {
                Bytes v = args.getFirst();
                Ty to = dest.ty();
                if (v.size() != layouts.of(to).size()) {
                    throw InterpException.ub("transmuting from " + v.size() + "-byte type to " + layouts.of(to).size() + "-byte type");
                }
                in.validateScalar(v, to);
                ret(dest, v);
            }
            case "read_via_copy" -> {
                Pointer p = Interpreter.readPointer(args.getFirst());
                ret(dest, in.readPlace(Interpreter.MPlace.sized(p, ty(inst, 0))));
            }
            case "write_via_move" -> {
                Pointer p = Interpreter.readPointer(args.getFirst());
                Ty t = ty(inst, 0);
                mem.write(p, args.get(1), layouts.of(t).align());
                retUnit(dest);
            }
            case "copy_nonoverlapping", "copy" -> {
                Pointer src = Interpreter.readPointer(args.get(0));
                Pointer dst = Interpreter.readPointer(args.get(1));
                long n = Interpreter.uint(args.get(2));
                copy(src, dst, n, ty(inst, 0), name.equals("copy_nonoverlapping"));
                retUnit(dest);
            }
            case "write_bytes" -> {
                Pointer dst = Interpreter.readPointer(args.get(0));
                int val = args.get(1).data[0];
                long n = Interpreter.uint(args.get(2));
                Layout l = layouts.of(ty(inst, 0));
                long total = Math.multiplyExact(n, l.size());
                Bytes b = new Bytes((int) total);
                for (int i = 0; i < total; i++) b.data[i] = (byte) val;
                b.init.set(0, (int) total);
                mem.write(dst, b, l.align());
                retUnit(dest);
            }
            case "abort" -> {
                in.out.flush();
                throw new InterpException.Exit(134);
            }
            case "unreachable" -> throw InterpException.ub("entering unreachable code");
            case "assume" -> {
                if (!Interpreter.bool(args.getFirst())) throw InterpException.ub("`assume` called with `false`");
                retUnit(dest);
            }
            case "likely", "unlikely", "black_box", "identity" -> ret(dest, args.getFirst());
            case "forget" -> retUnit(dest);
            case "needs_drop" -> ret(dest, Arith.ofBool(in.needsDrop(ty(inst, 0))));
            case "drop_in_place" -> {
                in.dropPointee(args.getFirst(), ty(inst, 0));
                retUnit(dest);
            }
            case "offset", "arith_offset" -> {
                Bytes p = args.get(0);
                Ty pt = argTys.get(0);
                Ty pointee = pt instanceof Ty.RawPtr rp ? rp.pointee() : Ty.U8;
                Interpreter.requireInit(args.get(1), 0, 8);
                long n = args.get(1).readLong(0, 8);
                Pointer from = p.readPointer(0);
                Pointer to = from.offset(n * layouts.of(pointee).size());
                if (name.equals("offset")) Arith.checkInbounds(in, from, to);
                Bytes out = p.slice(0, p.size());
                out.writePointer(0, to);
                ret(dest, out);
            }
            case "ptr_offset_from", "ptr_offset_from_unsigned" -> {
                Pointer a = Interpreter.readPointer(args.get(0));
                Pointer b = Interpreter.readPointer(args.get(1));
                Memory.Alloc aa = mem.allocOf(a, 0), ba = mem.allocOf(b, 0);
                if (a.addr() != b.addr() && (aa == null || ba == null || aa.id != ba.id)) {
                    throw InterpException.ub("`" + name + "` called on pointers into different allocations");
                }
                long size = layouts.of(ty(inst, 0)).size();
                long diff = (a.addr() - b.addr()) / size;
                if (name.endsWith("unsigned") && diff < 0) throw InterpException.ub("`ptr_offset_from_unsigned` called when first pointer has smaller offset than second");
                ret(dest, Bytes.ofLong(diff, 8));
            }
            case "wrapping_add", "wrapping_sub", "wrapping_mul" -> ret(dest, Arith.binary(in,
                    name.equals("wrapping_add") ? BinOp.ADD : name.equals("wrapping_sub") ? BinOp.SUB : BinOp.MUL,
                    args.get(0), ty(inst, 0), args.get(1), ty(inst, 0), dest.ty()));
            case "unchecked_add", "unchecked_sub", "unchecked_mul", "unchecked_shl", "unchecked_shr", "unchecked_div",
                 "unchecked_rem", "exact_div" -> {
                BinOp op = switch (name) {
                    case "unchecked_add" -> BinOp.ADD_UNCHECKED;
                    case "unchecked_sub" -> BinOp.SUB_UNCHECKED;
                    case "unchecked_mul" -> BinOp.MUL_UNCHECKED;
                    case "unchecked_shl" -> BinOp.SHL_UNCHECKED;
                    case "unchecked_shr" -> BinOp.SHR_UNCHECKED;
                    case "unchecked_rem" -> BinOp.REM;
                    default -> BinOp.DIV;
                };
                if (name.equals("exact_div")) {
                    IntKind k = ((Ty.Int) ty(inst, 0)).kind();
                    BigInteger a = Arith.intValue(args.get(0), k), b = Arith.intValue(args.get(1), k);
                    if (b.signum() != 0 && a.remainder(b).signum() != 0) throw InterpException.ub("exact_div: " + a + " cannot be divided by " + b + " without remainder");
                }
                ret(dest, Arith.binary(in, op, args.get(0), argTys.get(0), args.get(1), argTys.get(1), dest.ty()));
            }
            case "add_with_overflow", "sub_with_overflow", "mul_with_overflow" -> ret(dest, Arith.binary(in,
                    name.startsWith("add") ? BinOp.ADD_WITH_OVERFLOW : name.startsWith("sub") ? BinOp.SUB_WITH_OVERFLOW
                            : BinOp.MUL_WITH_OVERFLOW, args.get(0), ty(inst, 0), args.get(1), ty(inst, 0), dest.ty()));
            case "saturating_add", "saturating_sub" -> {
                IntKind k = ((Ty.Int) ty(inst, 0)).kind();
                BigInteger a = Arith.intValue(args.get(0), k), b = Arith.intValue(args.get(1), k);
                BigInteger r = name.equals("saturating_add") ? a.add(b) : a.subtract(b);
                r = r.max(Arith.min(k)).min(Arith.max(k));
                ret(dest, Bytes.ofInt(r, k.bytes()));
            }
            case "rotate_left", "rotate_right" -> {
                IntKind k = ((Ty.Int) ty(inst, 0)).kind();
                BigInteger a = args.get(0).readUnsigned(0, k.bytes());
                int bits = k.bits();
                int s = (int) Math.floorMod(Interpreter.uint(args.get(1)), (long) bits);
                if (name.equals("rotate_right")) s = (bits - s) % bits;
                BigInteger r = a.shiftLeft(s).or(a.shiftRight(bits - s)).and(Arith.mask(bits));
                ret(dest, Bytes.ofInt(r, k.bytes()));
            }
            case "ctpop", "ctlz", "cttz", "ctlz_nonzero", "cttz_nonzero", "bswap", "bitreverse" -> {
                IntKind k = ((Ty.Int) ty(inst, 0)).kind();
                Interpreter.requireInit(args.get(0), 0, k.bytes());
                BigInteger a = args.get(0).readUnsigned(0, k.bytes());
                int bits = k.bits();
                switch (name) {
                    case "ctpop" -> ret(dest, Bytes.ofLong(a.bitCount(), (int) layouts.of(dest.ty()).size()));
                    case "ctlz", "ctlz_nonzero" -> ret(dest, Bytes.ofLong(bits - a.bitLength(), (int) layouts.of(dest.ty()).size()));
                    case "cttz", "cttz_nonzero" -> ret(dest, Bytes.ofLong(a.signum() == 0 ? bits : a.getLowestSetBit(),
                            (int) layouts.of(dest.ty()).size()));
                    case "bswap" -> {
                        Bytes out = new Bytes(k.bytes());
                        for (int i = 0; i < k.bytes(); i++) out.data[i] = args.get(0).data[k.bytes() - 1 - i];
                        out.init.set(0, k.bytes());
                        ret(dest, out);
                    }
                    default -> {
                        BigInteger r = BigInteger.ZERO;
                        for (int i = 0; i < bits; i++) if (a.testBit(i)) r = r.setBit(bits - 1 - i);
                        ret(dest, Bytes.ofInt(r, k.bytes()));
                    }
                }
            }
            case "discriminant_value" -> {
                Pointer p = Interpreter.readPointer(args.getFirst());
                BigInteger d = in.discriminantValue(Interpreter.MPlace.sized(p, ty(inst, 0)));
                ret(dest, Bytes.ofInt(d.and(Arith.mask((int) layouts.of(dest.ty()).size() * 8)), (int) layouts.of(dest.ty()).size()));
            }
            case "type_name" -> ret(dest, in.staticStr(in.typeName(ty(inst, 0))));
            case "type_id" -> ret(dest, Bytes.ofInt(BigInteger.valueOf(typeIds.computeIfAbsent(ty(inst, 0), t -> typeIds.size() + 1)),
                    (int) layouts.of(dest.ty()).size()));
            case "caller_location" -> ret(dest, Bytes.ofPointer(location(in.callerSpan(span), dest.ty())));
            case "ferrite_write" -> {
                long fd = Interpreter.uint(args.get(0));
                Pointer p = Interpreter.readPointer(args.get(1));
                long len = Interpreter.uint(args.get(2));
                Bytes b = mem.read(p, len, 1);
                Interpreter.requireInit(b, 0, (int) len);
                byte[] raw = b.rawBytes(0, (int) len);
                if (fd == 1) in.out.write(raw, 0, raw.length);
                else if (fd == 2) {
                    in.out.flush();
                    in.err.write(raw, 0, raw.length);
                } else {
                    ret(dest, Bytes.ofLong(-1, 8));
                    return true;
                }
                ret(dest, Bytes.ofLong(len, 8));
            }
            case "ferrite_read" -> {
                long fd = Interpreter.uint(args.get(0));
                Pointer p = Interpreter.readPointer(args.get(1));
                int len = (int) Math.min(Interpreter.uint(args.get(2)), 1 << 16);
                long n = -1;
                if (fd == 0) {
                    in.out.flush(); // a prompt printed before reading shows first
                    byte[] buf = new byte[len];
                    try {
                        int got = len == 0 ? 0 : in.stdin.read(buf, 0, len);
                        n = Math.max(got, 0);
                    } catch (java.io.IOException e) {
                        n = -1;
                    }
                    if (n > 0) mem.write(p, Bytes.ofRaw(java.util.Arrays.copyOf(buf, (int) n)), 1);
                }
                ret(dest, Bytes.ofLong(n, 8));
            }
            case "ferrite_tls_get" -> {
                Pointer key = Interpreter.readPointer(args.get(0));
                Bytes v = in.threads.current().locals.get(key.addr());
                ret(dest, v != null ? v : Bytes.ofLong(0, 8));
            }
            case "ferrite_tls_set" -> {
                Pointer key = Interpreter.readPointer(args.get(0));
                in.threads.current().locals.put(key.addr(), args.get(1));
            }
            case "ferrite_args_count" -> ret(dest, Bytes.ofLong(in.args.size(), 8));
            case "ferrite_arg" -> {
                long i = Interpreter.uint(args.get(0));
                ret(dest, in.staticStr(i < in.args.size() ? in.args.get((int) i) : ""));
            }
            case "ferrite_exit" -> {
                in.out.flush();
                throw new InterpException.Exit((int) Arith.intValue(args.getFirst(), IntKind.I32).longValue());
            }
            case "ferrite_begin_panic" -> {
                in.out.flush();
                in.threads.current().panicPayloads.push(args.getFirst());
                throw new InterpException.Panic();
            }
            case "catch_unwind" -> {
                // rustc's `catch_unwind(try_fn, data, catch_fn)`: runs `try_fn(data)`; if a panic
                // unwinds out of it, runs `catch_fn(data, payload)` and returns 1, else 0
                Instance tryFn = plainFn(args.get(0), name);
                Instance catchFn = plainFn(args.get(2), name);
                Bytes data = args.get(1);
                Threads.InterpThread me = in.threads.current();
                int outer = me.panicPayloads.size();
                int caught = 0;
                try {
                    dev.ferrite.mir.Body body = in.bodyOf(tryFn.def());
                    in.callNested(tryFn, body, List.of(data), in.substTy(tryFn, body.returnTy()), span);
                } catch (InterpException.Unwinding u) {
                    Bytes payload = me.panicPayloads.size() > outer ? me.panicPayloads.pop() : Bytes.ofLong(0, 8);
                    dev.ferrite.mir.Body body = in.bodyOf(catchFn.def());
                    in.callNested(catchFn, body, List.of(data, payload), in.substTy(catchFn, body.returnTy()), span);
                    caught = 1;
                }
                ret(dest, Bytes.ofLong(caught, 4));
            }
            case "ferrite_thread_id" -> ret(dest, Bytes.ofLong(in.threads.current().id, 8));
            case "ferrite_thread_name" -> {
                String n = in.threads.current().name;
                ret(dest, in.staticStr(n == null ? "" : n));
            }
            case "ferrite_thread_spawn" -> {
                Instance start = plainFn(args.get(0), name);
                Bytes data = args.get(1);
                Pointer np = Interpreter.readPointer(args.get(2));
                String threadName = null;
                if (np.addr() != 0) {
                    int len = (int) Interpreter.uint(args.get(3));
                    Bytes b = mem.read(np, len, 1);
                    Interpreter.requireInit(b, 0, len);
                    threadName = new String(b.rawBytes(0, len), java.nio.charset.StandardCharsets.UTF_8);
                }
                long id = in.threads.spawn(threadName, () -> {
                    dev.ferrite.mir.Body body = in.bodyOf(start.def());
                    in.callNested(start, body, List.of(data), in.substTy(start, body.returnTy()), span);
                });
                ret(dest, Bytes.ofLong(id, 8));
            }
            case "ferrite_thread_join" -> {
                Threads.InterpThread t = in.threads.byId(Interpreter.uint(args.getFirst()));
                if (t == null || t == in.threads.current()) throw InterpException.ub("joining thread " + Interpreter.uint(args.getFirst()) + ", which cannot be joined");
                in.threads.block(new Threads.Join(t));
                ret(dest, Arith.ofBool(t.panicked));
            }
            case "ferrite_thread_yield" -> {
                in.threads.yieldNow();
                retUnit(dest);
            }
            case "ferrite_thread_sleep" -> {
                long nanos = Interpreter.uint(args.getFirst());
                in.threads.block(new Threads.Sleep(in.threads.monotonicNanos() + Math.max(0, nanos)));
                retUnit(dest);
            }
            case "ferrite_futex_wait" -> {
                Pointer p = Interpreter.readPointer(args.get(0));
                Interpreter.requireInit(args.get(1), 0, 4);
                in.threads.block(new Threads.Futex(p, args.get(1).readLong(0, 4), 4));
                retUnit(dest);
            }
            case "ferrite_clock_monotonic" -> ret(dest, Bytes.ofLong(in.threads.monotonicNanos(), 8));
            case "ferrite_clock_realtime" -> {
                java.time.Instant now = java.time.Instant.now();
                ret(dest, Bytes.ofLong(now.getEpochSecond() * 1_000_000_000L + now.getNano(), 8));
            }
            case "ferrite_alloc" -> {
                long size = Interpreter.uint(args.get(0));
                long align = Interpreter.uint(args.get(1));
                checkAlign(align);
                if (size > Memory.MAX_ALLOCATION) {
                    // out of memory: the allocator's answer is null, as a real allocator's
                    ret(dest, Bytes.ofPointer(Pointer.NULL));
                    return true;
                }
                Memory.Alloc a = mem.allocate(size, (int) align, Memory.Kind.HEAP, true);
                ret(dest, Bytes.ofPointer(mem.pointerTo(a)));
            }
            case "ferrite_dealloc" -> {
                Pointer p = Interpreter.readPointer(args.get(0));
                mem.deallocate(p, Interpreter.uint(args.get(1)), (int) Interpreter.uint(args.get(2)));
                retUnit(dest);
            }
            case "ferrite_realloc" -> {
                Pointer p = Interpreter.readPointer(args.get(0));
                long old = Interpreter.uint(args.get(1));
                long align = Interpreter.uint(args.get(2));
                long size = Interpreter.uint(args.get(3));
                checkAlign(align);
                if (size > Memory.MAX_ALLOCATION) {
                    // out of memory: null, and the old block stays as it was
                    ret(dest, Bytes.ofPointer(Pointer.NULL));
                    return true;
                }
                Memory.Alloc a = mem.allocate(size, (int) align, Memory.Kind.HEAP, true);
                Pointer np = mem.pointerTo(a);
                long n = Math.min(old, size);
                Memory.Alloc src = mem.check(p, n, 1, false);
                if (src != null && n > 0) mem.bytesOf(a).copyFrom(mem.bytesOf(src), (int) (p.addr() - src.base), 0, (int) n);
                mem.deallocate(p, old, (int) align);
                ret(dest, Bytes.ofPointer(np));
            }
            case "variant_count" -> {
                Ty t = ty(inst, 0);
                long n = t instanceof Ty.Adt a && in.program.adtDef(a.def()).isEnum() ? in.program.adtDef(a.def()).variants().size() : 0;
                ret(dest, Bytes.ofLong(n, 8));
            }
            case "ptr_guaranteed_cmp" -> {
                Interpreter.requireInit(args.get(0), 0, 8);
                Interpreter.requireInit(args.get(1), 0, 8);
                ret(dest, Bytes.ofLong(args.get(0).readLong(0, 8) == args.get(1).readLong(0, 8) ? 1 : 0, 1));
            }
            default -> {
                return floatMath(name, args, dest);
            }
        }
        return true;
    }

    /** The function a function pointer argument of intrinsic {@code name} points at, which must be a plain function. */
    private Instance plainFn(Bytes ptr, String name) {
        if (!(in.fnTarget(Interpreter.readPointer(ptr)) instanceof Instance f)) {
            throw InterpException.unsupported("`" + name + "` of a function pointer that is not a plain function");
        }
        return f;
    }

    /**
     * {@code sqrtf64}, {@code floorf32}, {@code powif64}, ...: libm functions on f32/f64. The
     * correctly rounded ones (sqrt, floor, ceil, trunc, round, rint, fabs, copysign, fma, minnum,
     * maxnum) agree with rustc bit for bit; f32 variants compute in double and round once, which
     * is exact for those. The transcendental ones use StrictMath (fdlibm, within 1 ulp), and
     * FIXME: glibc's libm (what rustc's binaries call) can differ from fdlibm in the last bit.
     */
    private boolean floatMath(String name, List<Bytes> args, Interpreter.MPlace dest) {
        boolean f32;
        if (name.endsWith("f32")) {
            f32 = true;
        } else if (name.endsWith("f64")) {
            f32 = false;
        } else {
            return false;
        }
        String base = name.substring(0, name.length() - 3);
        if (!FloatMath.NAMES.contains(base)) return false;
        double[] a = new double[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Bytes b = args.get(i);
            Interpreter.requireInit(b, 0, b.size());
            if (base.equals("powi") && i == 1) a[i] = (int) b.readLong(0, 4);
            else a[i] = f32 ? Float.intBitsToFloat((int) b.readLong(0, 4)) : Double.longBitsToDouble(b.readLong(0, 8));
        }
        double r = FloatMath.apply(base, f32, a[0], a.length > 1 ? a[1] : 0, a.length > 2 ? a[2] : 0);
        ret(dest, f32 ? Arith.f32((float) r) : Arith.f64(r));
        return true;
    }

    private static void checkAlign(long align) {
        if (align <= 0 || Long.bitCount(align) != 1) throw InterpException.ub("creating allocation with non-power-of-two alignment " + align);
    }

    private static Ty ty(Instance inst, int i) {
        return inst.args().ty(i);
    }

    private void ret(Interpreter.MPlace dest, Bytes v) {
        in.writePlace(dest, v);
    }

    private void retUnit(Interpreter.MPlace dest) {
        in.writePlace(dest, new Bytes((int) in.layouts.of(dest.ty()).size()));
    }

    /** {@code copy}/{@code copy_nonoverlapping} of {@code n} values of type {@code t}. */
    void copy(Pointer src, Pointer dst, long n, Ty t, boolean nonOverlapping) {
        Layout l = in.layouts.of(t);
        long bytes = Math.multiplyExact(n, l.size());
        Bytes v = in.mem.read(src, bytes, l.align());
        if (nonOverlapping && bytes > 0
                && src.addr() < dst.addr() + bytes && dst.addr() < src.addr() + bytes) {
            throw InterpException.ub("`copy_nonoverlapping` called on overlapping ranges");
        }
        in.mem.write(dst, v, l.align());
    }

    /** A {@code &'static Location} for a span: the {@code panic_location} lang item's struct in a global allocation. */
    private Pointer location(Span span, Ty refTy) {
        Pointer p = locations.get(span);
        if (p != null) return p;
        Ty locTy = in.pointee(refTy);
        Layout l = in.layouts.of(locTy);
        Memory.Alloc a = in.mem.allocate(l.size(), l.align(), Memory.Kind.GLOBAL, true);
        Bytes b = in.mem.bytesOf(a);
        String file = "<unknown>";
        long line = 0, col = 0;
        String loc = in.location(span);
        if (loc != null) {
            int c2 = loc.lastIndexOf(':');
            int c1 = loc.lastIndexOf(':', c2 - 1);
            file = loc.substring(0, c1);
            line = Long.parseLong(loc.substring(c1 + 1, c2));
            col = Long.parseLong(loc.substring(c2 + 1));
        }
        if (locTy instanceof Ty.Adt adt) {
            AdtDef def = in.program.adtDef(adt.def());
            List<AdtDef.FieldDef> fields = def.nonEnumVariant().fields();
            for (int i = 0; i < fields.size(); i++) {
                int off = (int) l.offset(i);
                switch (fields.get(i).name().text()) {
                    case "file" -> b.copyFrom(in.staticStr(file), 0, off, 16);
                    case "line" -> b.writeLong(off, 4, line);
                    case "col" -> b.writeLong(off, 4, col);
                    default -> {
                    }
                }
            }
        }
        a.mutable = false;
        p = in.mem.pointerTo(a);
        locations.put(span, p);
        return p;
    }

    static boolean isLang(Interpreter in, DefId def, String lang) {
        DefId d = in.program.langItem(lang);
        return d != null && d.equals(def);
    }
}
