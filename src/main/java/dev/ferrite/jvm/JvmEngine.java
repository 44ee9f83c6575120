package dev.ferrite.jvm;

import dev.ferrite.hir.DefId;
import dev.ferrite.interp.Instance;
import dev.ferrite.interp.Layout;
import dev.ferrite.interp.Layouts;
import dev.ferrite.interp.Program;
import dev.ferrite.mir.Allocation;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.GlobalAlloc;
import dev.ferrite.span.SourceMap;
import dev.ferrite.span.Span;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Ty;
import dev.ferrite.types.TyFolder;
import dev.ferrite.types.TyVisitor;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The compiled engine: monomorphic MIR instances become static methods of hidden classes, one
 * class per instance, generated on first call (a call site is an {@code invokedynamic} whose
 * bootstrap compiles its callee and links it for good, so HotSpot inlines across functions).
 * Values live in native memory ({@link Mem}) in the interpreter's layouts; locals whose address
 * is never taken and whose type is a scalar live in JVM locals.
 *
 * <p>Calling convention of a generated method: {@code (long sp, [long ret,] args..., [long
 * location]) -> R}. {@code sp} is the shadow-stack pointer where the callee puts its frame;
 * {@code ret} is where a callee whose result is not a scalar writes it; scalar arguments are
 * passed as JVM values, zero-sized ones not at all, others as the address of a copy the callee
 * may use as its own; a {@code #[track_caller]} function receives the address of its caller's
 * {@code core::panic::Location} last.
 */
public final class JvmEngine {
    final Program program;
    final Layouts layouts;
    final SourceMap sourceMap;
    private final int id;

    private static final List<JvmEngine> ENGINES = new CopyOnWriteArrayList<>();

    private final List<Instance> instances = new ArrayList<>();
    private final Map<Instance, Integer> instanceIds = new HashMap<>();
    private final List<MethodHandle> handles = new ArrayList<>();
    private final Map<Instance, IdentityHashMap<Ty, Ty>> substCaches = new HashMap<>();
    private final Map<Object, Long> constants = new HashMap<>();
    private final Map<Span, Long> locations = new HashMap<>();
    private final Map<Ty, Boolean> needsDrop = new HashMap<>();
    private final MethodHandles.Lookup lookup = MethodHandles.lookup();

    public JvmEngine(Program program, SourceMap sourceMap) {
        this.program = program;
        this.layouts = new Layouts(program);
        this.sourceMap = sourceMap;
        synchronized (ENGINES) {
            this.id = ENGINES.size();
            ENGINES.add(this);
        }
    }

    /** A construct the code generator does not handle (yet). */
    public static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what);
        }
    }

    int id() {
        return id;
    }

    // ------------------------------------------------------------------ instances and linking

    synchronized int instanceId(Instance inst) {
        Integer i = instanceIds.get(inst);
        if (i != null) return i;
        instances.add(inst);
        handles.add(null);
        instanceIds.put(inst, instances.size() - 1);
        return instances.size() - 1;
    }

    /** The method of an instance, compiled on first request. */
    public synchronized MethodHandle handle(Instance inst) {
        int i = instanceId(inst);
        MethodHandle h = handles.get(i);
        if (h != null) return h;
        Body body = program.mirOf(inst.def());
        if (body == null) throw new Unsupported("no MIR body for `" + program.defPath(inst.def()) + "`");
        FnCompiler fc = new FnCompiler(this, inst, body);
        byte[] bytes = fc.compile(ClassDesc.of("dev.ferrite.jvm.Fn" + i));
        try {
            MethodHandles.Lookup hidden = lookup.defineHiddenClass(bytes, true);
            h = hidden.findStatic(hidden.lookupClass(), "f", fc.descriptor().resolveConstantDesc(lookup));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("defining the code of " + program.defPath(inst.def()), e);
        }
        handles.set(i, h);
        return h;
    }

    /** The bootstrap of every call site: links it to its callee's method, compiling the callee now. */
    public static CallSite link(MethodHandles.Lookup caller, String name, MethodType type, int engine, int instance) {
        JvmEngine e = ENGINES.get(engine);
        Instance inst;
        synchronized (e) {
            inst = e.instances.get(instance);
        }
        return new ConstantCallSite(e.handle(inst).asType(type));
    }

    // ------------------------------------------------------------------ types

    Ty substTy(Instance inst, Ty ty) {
        IdentityHashMap<Ty, Ty> cache = substCaches.computeIfAbsent(inst, k -> new IdentityHashMap<>());
        Ty r = cache.get(ty);
        if (r == null) {
            r = inst.args().isEmpty() ? TyFolder.eraseRegions(ty) : TyFolder.eraseRegions(TyFolder.subst(ty, inst.args()));
            if (TyVisitor.any(r, t -> t instanceof Ty.Alias || t instanceof Ty.Opaque)) r = program.normalize(r);
            cache.put(ty, r);
        }
        return r;
    }

    /** How a value of a type is held and passed: not at all, as a JVM value, or in memory. */
    sealed interface Abi {
    }

    record Void() implements Abi {
    }

    record Reg(TypeKind kind) implements Abi {
    }

    record InMemory() implements Abi {
    }

    static final Abi VOID = new Void();
    static final Abi MEM = new InMemory();
    static final Reg INT = new Reg(TypeKind.INT);
    static final Reg LONG = new Reg(TypeKind.LONG);
    static final Reg FLOAT = new Reg(TypeKind.FLOAT);
    static final Reg DOUBLE = new Reg(TypeKind.DOUBLE);

    Abi abi(Ty t) {
        Reg r = scalarKind(t);
        if (r != null) return r;
        Layout l = layouts.of(t);
        if (l.sized() && l.size() == 0) return VOID;
        return MEM;
    }

    /** The JVM kind of a scalar type (bool, char, integers up to 64 bits, floats, thin pointers); null for others. */
    Reg scalarKind(Ty t) {
        return switch (t) {
            case Ty.Bool b -> INT;
            case Ty.Char c -> INT;
            case Ty.Int i -> i.kind().bytes() <= 4 ? INT : i.kind().bytes() == 8 ? LONG : null;
            case Ty.Float f -> f.kind() == dev.ferrite.types.FloatKind.F32 ? FLOAT : DOUBLE;
            case Ty.RawPtr p -> layouts.isWide(p.pointee()) ? null : LONG;
            case Ty.Ref r -> layouts.isWide(r.pointee()) ? null : LONG;
            case Ty.FnPtr f -> LONG;
            default -> null;
        };
    }

    static ClassDesc desc(TypeKind k) {
        return switch (k) {
            case INT -> ConstantDescs.CD_int;
            case LONG -> ConstantDescs.CD_long;
            case FLOAT -> ConstantDescs.CD_float;
            case DOUBLE -> ConstantDescs.CD_double;
            default -> ConstantDescs.CD_void;
        };
    }

    /** The descriptor of the method of a function with these (monomorphic) parameter and return types. */
    MethodTypeDesc descriptor(List<Ty> params, Ty ret, boolean trackCaller) {
        List<ClassDesc> ps = new ArrayList<>();
        ps.add(ConstantDescs.CD_long);
        Abi ra = abi(ret);
        if (ra == MEM) ps.add(ConstantDescs.CD_long);
        for (Ty p : params) {
            switch (abi(p)) {
                case Reg r -> ps.add(desc(r.kind()));
                case InMemory m -> ps.add(ConstantDescs.CD_long);
                case Void v -> {
                }
            }
        }
        if (trackCaller) ps.add(ConstantDescs.CD_long);
        ClassDesc r = ra instanceof Reg reg ? desc(reg.kind()) : ConstantDescs.CD_void;
        return MethodTypeDesc.of(r, ps);
    }

    boolean needsDrop(Ty ty) {
        Boolean known = needsDrop.get(ty);
        if (known != null) return known;
        needsDrop.put(ty, false); // a recursive type's own occurrence does not decide
        boolean r = switch (ty) {
            case Ty.Adt a -> {
                DefId md = program.langItem("manually_drop");
                if (md != null && md.equals(a.def())) yield false;
                if (program.dropMethod(ty) != null) yield true;
                AdtDef def = program.adtDef(a.def());
                if (def.isUnion()) yield false;
                boolean any = false;
                for (int v = 0; v < def.variants().size() && !any; v++) {
                    for (Ty ft : layouts.fieldTys(a, v)) if (needsDrop(ft)) any = true;
                }
                yield any;
            }
            case Ty.Tuple t -> t.elems().stream().anyMatch(this::needsDrop);
            case Ty.Closure c -> Layouts.closureUpvars(c).stream().anyMatch(this::needsDrop);
            case Ty.Array a -> Layouts.arrayLen(a.len()) > 0 && needsDrop(a.elem());
            case Ty.Slice s -> needsDrop(s.elem());
            case Ty.Dynamic d -> true;
            default -> false;
        };
        needsDrop.put(ty, r);
        return r;
    }

    // ------------------------------------------------------------------ constants in memory

    /** The address of a constant's bytes in native memory, written once (pointers inside relocated). */
    synchronized long constant(Allocation a) {
        Long known = constants.get(a);
        if (known != null) return known;
        long p = Mem.alloc(Math.max(a.size(), 1), Math.max(a.align(), 1));
        constants.put(a, p);
        Mem.write(p, a.bytes());
        for (Map.Entry<Integer, GlobalAlloc> e : a.provenance().entrySet()) {
            long off = Mem.i64(p + e.getKey());
            Mem.put64(p + e.getKey(), globalAddress(e.getValue()) + off);
        }
        return p;
    }

    long globalAddress(GlobalAlloc g) {
        return switch (g) {
            case GlobalAlloc.Memory m -> constant(m.alloc());
            default -> throw new Unsupported("a pointer to " + g + " in a constant");
        };
    }

    /** The address of the UTF-8 bytes of a string (for {@code &'static str} values made by the engine). */
    long string(String s) {
        return constant(Allocation.ofBytes(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** The address of a {@code core::panic::Location} for {@code span} (what {@code caller_location} returns). */
    synchronized long location(Span span, Ty locTy) {
        Long known = locations.get(span);
        if (known != null) return known;
        Layout l = layouts.of(locTy);
        long p = Mem.allocZeroed(l.size(), l.align());
        String file = "<unknown>";
        long line = 0, col = 0;
        SourceMap.Loc loc = sourceMap == null || span == null || span.isDummy() ? null : sourceMap.lookup(span.lo());
        if (loc != null) {
            String s = loc.toString();
            int c2 = s.lastIndexOf(':');
            int c1 = s.lastIndexOf(':', c2 - 1);
            file = s.substring(0, c1);
            line = Long.parseLong(s.substring(c1 + 1, c2));
            col = Long.parseLong(s.substring(c2 + 1));
        }
        if (locTy instanceof Ty.Adt adt) {
            List<AdtDef.FieldDef> fields = program.adtDef(adt.def()).nonEnumVariant().fields();
            for (int i = 0; i < fields.size(); i++) {
                long off = l.offset(i);
                switch (fields.get(i).name().text()) {
                    case "file" -> {
                        byte[] b = file.getBytes(StandardCharsets.UTF_8);
                        Mem.put64(p + off, string(file));
                        Mem.put64(p + off + 8, b.length);
                    }
                    case "line" -> Mem.put32(p + off, (int) line);
                    case "col" -> Mem.put32(p + off, (int) col);
                    default -> {
                    }
                }
            }
        }
        locations.put(span, p);
        return p;
    }
}
