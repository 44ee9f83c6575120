package dev.ferrite.traits;

import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Ty;
import java.util.List;
import java.util.Optional;

/**
 * The synthetic arguments of a {@link Ty.Closure}, as documented there: the parent's arguments, then
 * the closure kind ({@code i8}/{@code i16}/{@code i32} for Fn/FnMut/FnOnce, or an inference
 * variable while not yet known), the signature as a {@code FnPtr}, and the tuple of captured types.
 */
public record ClosureArgs(GenericArgs parentArgs, Ty kindTy, Ty sigTy, Ty upvarsTy) {
    public static ClosureArgs of(Ty.Closure c) {
        GenericArgs a = c.args();
        int n = a.size();
        if (n < 3) throw new IllegalArgumentException("closure without synthetic arguments: " + c);
        return new ClosureArgs(a.prefix(n - 3), a.ty(n - 3), a.ty(n - 2), a.ty(n - 1));
    }

    /** Fn, FnMut or FnOnce; empty while the kind is still being inferred. */
    public Optional<WellKnownTrait> kind() {
        if (kindTy instanceof Ty.Int i) {
            return switch (i.kind()) {
                case I8 -> Optional.of(WellKnownTrait.FN);
                case I16 -> Optional.of(WellKnownTrait.FN_MUT);
                case I32 -> Optional.of(WellKnownTrait.FN_ONCE);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** The kind type for {@code k}, to build closure arguments. */
    public static Ty kindTy(WellKnownTrait k) {
        return switch (k) {
            case FN -> Ty.I8;
            case FN_MUT -> Ty.I16;
            case FN_ONCE -> Ty.I32;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }

    /** The signature, or null while it is an inference variable. */
    public FnSig sig() {
        return sigTy instanceof Ty.FnPtr f ? f.sig() : null;
    }

    /** The closure's parameter types: the signature's inputs, untupled if it uses the "rust-call" ABI. */
    public static List<Ty> inputs(FnSig sig) {
        if (sig.abi().equals("rust-call") && sig.inputs().size() == 1 && sig.inputs().getFirst() instanceof Ty.Tuple t) {
            return t.elems();
        }
        return sig.inputs();
    }

    /** The captured types; empty while unknown. */
    public List<Ty> upvars() {
        return upvarsTy instanceof Ty.Tuple t ? t.elems() : List.of();
    }

    /** True if a closure of kind {@code kind} implements {@code fnTrait} (Fn ⊂ FnMut ⊂ FnOnce). */
    public static boolean extendsTo(WellKnownTrait kind, WellKnownTrait fnTrait) {
        return rank(kind) <= rank(fnTrait);
    }

    private static int rank(WellKnownTrait k) {
        return switch (k) {
            case FN -> 0;
            case FN_MUT -> 1;
            case FN_ONCE -> 2;
            default -> throw new IllegalArgumentException(k.toString());
        };
    }
}
