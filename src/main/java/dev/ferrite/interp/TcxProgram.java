package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Item;
import dev.ferrite.mir.Body;
import dev.ferrite.mir.MirSource;
import dev.ferrite.span.Symbol;
import dev.ferrite.typeck.InstanceResolver;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Tcx;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.List;

/**
 * The interpreter's view of a compiled program: MIR from a {@link MirSource} (the MIR builder's
 * query), everything else from the type context and typeck's {@link InstanceResolver}.
 */
public final class TcxProgram implements Program {
    private final Tcx tcx;
    private final MirSource mir;
    private final InstanceResolver resolver;
    private final dev.ferrite.traits.Solver solver;

    /** {@code solver} is code generation's: over a {@code TcxTraitDatabase} that reveals opaque types. */
    public TcxProgram(Tcx tcx, MirSource mir, dev.ferrite.traits.Solver solver) {
        this.tcx = tcx;
        this.mir = mir;
        this.solver = solver;
        this.resolver = new InstanceResolver(tcx, solver);
    }

    @Override
    public Ctor ctorOf(DefId def) {
        if (tcx.kind(def) != DefKind.CTOR) return null;
        DefId p = tcx.parent(def);
        if (tcx.kind(p) == DefKind.VARIANT) {
            DefId adt = tcx.parent(p);
            AdtDef a = tcx.adtDef(adt);
            for (int i = 0; i < a.variants().size(); i++) if (a.variants().get(i).def().equals(p)) return new Ctor(adt, i);
            return null;
        }
        return new Ctor(p, 0);
    }

    @Override
    public Ty normalize(Ty ty) {
        // Code generation sees through opaque types (`impl Trait` returns) to the types they hide.
        Ty t = ty;
        for (int depth = 0; depth < 64; depth++) {
            t = solver.normalize(dev.ferrite.traits.ParamEnv.EMPTY, t);
            if (!dev.ferrite.types.TyVisitor.any(t, x -> x instanceof Ty.Opaque)) return t;
            t = tcx.revealOpaques(t);
        }
        return t;
    }

    /** Runs {@code main} of a checked program: the driver's entry into the interpreter. Returns the exit code. */
    public static int runMain(Tcx tcx, MirSource mir, dev.ferrite.traits.Solver solver, dev.ferrite.span.SourceMap sourceMap,
                              DefId main, java.io.InputStream stdin, java.util.List<String> args,
                              java.io.PrintStream out, java.io.PrintStream err, boolean jvm) {
        TcxProgram program = new TcxProgram(tcx, mir, solver);
        DefId start = tcx.langItem("start");
        if (jvm) {
            dev.ferrite.types.Ty ret = program.normalize(dev.ferrite.types.TyFolder.eraseRegions(tcx.fnSig(main).output()));
            Instance entry = start == null ? null : new Instance(start, dev.ferrite.types.GenericArgs.of(ret));
            return new dev.ferrite.jvm.JvmEngine(program, sourceMap).withProcess(stdin, args, out, err)
                    .runMain(entry, Instance.mono(main));
        }
        if (start == null) {
            return new Interpreter(program, sourceMap).withProcess(stdin, args).run(Instance.mono(main), out, err);
        }
        // As rustc does, run std's `lang_start::<T>(main)` where `T` is what `main` returns; it
        // turns `T` into the exit code through `Termination`.
        dev.ferrite.types.Ty ret = program.normalize(dev.ferrite.types.TyFolder.eraseRegions(tcx.fnSig(main).output()));
        Instance entry = new Instance(start, dev.ferrite.types.GenericArgs.of(ret));
        return new Interpreter(program, sourceMap).withProcess(stdin, args).runStart(entry, Instance.mono(main), out, err);
    }

    /**
     * Builds a checked program into the executable {@code output} ({@code ferrite build}; see
     * {@link dev.ferrite.jvm.Executable}); {@code standalone} false leaves the runtime out.
     */
    public static void build(Tcx tcx, MirSource mir, dev.ferrite.traits.Solver solver, dev.ferrite.span.SourceMap sourceMap,
                             DefId main, java.nio.file.Path output, boolean standalone) throws java.io.IOException {
        TcxProgram program = new TcxProgram(tcx, mir, solver);
        DefId start = tcx.langItem("start");
        dev.ferrite.types.Ty ret = program.normalize(dev.ferrite.types.TyFolder.eraseRegions(tcx.fnSig(main).output()));
        Instance entry = start == null ? null : new Instance(start, dev.ferrite.types.GenericArgs.of(ret));
        dev.ferrite.jvm.Executable.write(new dev.ferrite.jvm.JvmEngine(program, sourceMap), entry, Instance.mono(main), output, standalone);
    }

    @Override
    public Body mirOf(DefId def) {
        return mir.mirOf(def);
    }

    @Override
    public AdtDef adtDef(DefId def) {
        return tcx.adtDef(def);
    }

    private Item.Attrs attrs(DefId def) {
        return switch (tcx.item(def)) {
            case Item.Fn f -> f.attrs();
            case Item.Struct s -> s.attrs();
            case Item.Enum e -> e.attrs();
            case Item.Static s -> s.attrs();
            case null, default -> Item.Attrs.NONE;
        };
    }

    @Override
    public boolean maybeUnsizedTail(DefId adt) {
        AdtDef def = tcx.adtDef(adt);
        if (def == null || !def.isStruct() || def.nonEnumVariant().fields().isEmpty()) return false;
        return maybeUnsized(adt, def.nonEnumVariant().fields().getLast().ty(), 0);
    }

    /** Whether {@code t}, declared in {@code owner}, is unsized for some choice of its ?Sized parameters. */
    private boolean maybeUnsized(DefId owner, Ty t, int depth) {
        return switch (t) {
            case Ty.Slice s -> true;
            case Ty.Str s -> true;
            case Ty.Dynamic d -> true;
            case Ty.Param p -> {
                DefId sized = tcx.langItem("sized");
                for (dev.ferrite.types.Predicate pr : tcx.predicates(owner)) {
                    if (pr instanceof dev.ferrite.types.Predicate.Trait tp && tp.traitRef().traitId().equals(sized)
                            && tp.traitRef().self() instanceof Ty.Param q && q.index() == p.index()) {
                        yield false;
                    }
                }
                yield true;
            }
            case Ty.Adt a when depth < 8 -> {
                AdtDef def = tcx.adtDef(a.def());
                if (!def.isStruct() || def.nonEnumVariant().fields().isEmpty()) yield false;
                Ty inner = dev.ferrite.types.TyFolder.subst(def.nonEnumVariant().fields().getLast().ty(), a.args());
                yield maybeUnsized(owner, inner, depth + 1);
            }
            default -> false;
        };
    }

    @Override
    public int reprPacked(DefId adt) {
        return attrs(adt).reprPacked();
    }

    @Override
    public int reprAlign(DefId adt) {
        return attrs(adt).reprAlign();
    }

    @Override
    public boolean isNonNull(DefId adt) {
        Item.Attrs a = attrs(adt);
        if ("owned_box".equals(a.lang()) || "NonNull".equals(a.lang())) return true;
        for (String s : a.other()) {
            if (s.startsWith("rustc_nonnull_optimization_guaranteed") || s.replace(" ", "").startsWith("rustc_layout_scalar_valid_range_start(1)")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isIntrinsic(DefId def) {
        return tcx.item(def) instanceof Item.Fn f
                && (f.attrs().intrinsic() || "rust-intrinsic".equals(f.decl().abi()) || "rust-intrinsic".equals(f.attrs().abi()));
    }

    @Override
    public String name(DefId def) {
        Symbol s = tcx.name(def);
        return s == null ? def.toString() : s.text();
    }

    @Override
    public String defPath(DefId def) {
        return tcx.defPath(def);
    }

    @Override
    public boolean isTrackCaller(DefId def) {
        if (attrs(def).trackCaller()) return true;
        // `#[track_caller]` on a trait's method applies to every impl of it (Index::index)
        DefId traitItem = tcx.kind(def) == DefKind.ASSOC_FN ? tcx.traitItemOf(def) : null;
        return traitItem != null && attrs(traitItem).trackCaller();
    }

    /** Resolutions made: the interpreter resolves the callee of each call it makes, and the solver is slow to ask. */
    private final java.util.concurrent.ConcurrentHashMap<Instance, java.util.Optional<InstanceResolver.Resolved>> resolved =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public InstanceResolver.Resolved resolve(DefId fn, GenericArgs args) {
        Instance key = new Instance(fn, args);
        java.util.Optional<InstanceResolver.Resolved> r = resolved.get(key);
        if (r == null) {
            r = java.util.Optional.ofNullable(resolver.resolve(fn, args));
            resolved.putIfAbsent(key, r);
        }
        return r.orElse(null);
    }

    @Override
    public List<InstanceResolver.Resolved> vtableMethods(Ty concrete, TraitRef principal) {
        return resolver.vtableMethods(concrete, principal);
    }

    @Override
    public DefId langItem(String name) {
        return tcx.langItem(name);
    }

    @Override
    public DefId linkedDefinition(DefId fn) {
        if (!(tcx.item(fn) instanceof Item.Fn f) || f.attrs().abi() == null || f.attrs().lang() == null) return null;
        if (isIntrinsic(fn)) return null;
        DefId def = tcx.langItem(f.attrs().lang());
        return def == null || def.equals(fn) ? null : def;
    }

    @Override
    public Instance dropMethod(Ty ty) {
        DefId drop = tcx.langItem("drop");
        if (drop == null) return null;
        DefId method = tcx.assocItem(drop, Symbol.intern("drop"), DefKind.Ns.VALUE);
        if (method == null) return null;
        InstanceResolver.Resolved r = resolver.resolve(method, GenericArgs.of(ty));
        if (r == null || r.kind() != InstanceResolver.Resolved.Kind.ITEM || r.def().equals(method)) return null;
        return new Instance(r.def(), r.args());
    }
}
