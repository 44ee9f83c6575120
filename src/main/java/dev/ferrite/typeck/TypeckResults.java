package dev.ferrite.typeck;

import dev.ferrite.hir.DefId;
import dev.ferrite.hir.DefKind;
import dev.ferrite.hir.Ids.ExprId;
import dev.ferrite.hir.Ids.PatId;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Ty;
import java.util.List;
import java.util.Map;

/**
 * What type checking one body (a function with its closures, a const, a static) found, with all
 * inference variables resolved. MIR building reads only this and the HIR body.
 *
 * @param exprTypes        the type of each expression before adjustments, by {@link ExprId} index
 * @param patTypes         the type of each pattern, by {@link PatId} index (for bindings: the binding's type)
 * @param adjustments      implicit conversions applied to an expression's value, in order
 * @param resolutions      what a path expression or pattern, a method call, or an overloaded operator/index/deref
 *                         resolved to, with the generic arguments of the callee or constant
 * @param fieldIndices     the field index of {@code Field} expressions ({@code a.b}), by the field expression's id
 * @param initFieldIndices the field index of each struct literal field, by its initialiser's id (a separate
 *                         map: the initialiser may itself be a field expression, {@code P { x: self.y }})
 * @param bindingModes     by-value or by-reference (after match ergonomics) for each binding pattern
 * @param patAdjustments   the reference types implicitly dereferenced before matching a pattern (match ergonomics)
 * @param closures         per closure DefId: kind, signature and captures
 * @param coercionCasts    cast expressions that are plain coercions
 */
public record TypeckResults(DefId owner, List<Ty> exprTypes, List<Ty> patTypes, Map<ExprId, List<Adjustment>> adjustments,
                            Map<ExprId, Resolution> resolutions, Map<PatId, Resolution> patResolutions,
                            Map<ExprId, Integer> fieldIndices, Map<ExprId, Integer> initFieldIndices,
                            Map<PatId, Integer> patFieldIndices,
                            Map<PatId, BindingMode> bindingModes, Map<PatId, List<Ty>> patAdjustments,
                            Map<DefId, ClosureInfo> closures, boolean tainted) {

    public Ty exprType(ExprId e) {
        return exprTypes.get(e.index());
    }

    /** The type after all adjustments. */
    public Ty exprTypeAdjusted(ExprId e) {
        List<Adjustment> adj = adjustments.get(e);
        return adj == null || adj.isEmpty() ? exprType(e) : adj.getLast().target();
    }

    public Ty patType(PatId p) {
        return patTypes.get(p.index());
    }

    public List<Adjustment> adjustmentsOf(ExprId e) {
        return adjustments.getOrDefault(e, List.of());
    }

    /**
     * A resolved callee or value: {@code kind}/{@code def} of the function, method, constant, constructor
     * or associated item, and the generic arguments for it.
     */
    public record Resolution(DefKind kind, DefId def, GenericArgs args) {
    }

    /** {@code byRef} null for a by-value binding. */
    public record BindingMode(Mutability byRef, boolean mutable) {
    }

    public enum ClosureKind { FN, FN_MUT, FN_ONCE }

    /** How a closure captures one variable of its enclosing body. */
    public record Capture(PatId var, CaptureKind kind, Ty capturedTy) {
    }

    public enum CaptureKind { BY_VALUE, BY_REF, BY_MUT_REF }

    public record ClosureInfo(ClosureKind kind, Ty closureTy, List<Ty> inputs, Ty output, List<Capture> captures) {
        public ClosureInfo {
            inputs = List.copyOf(inputs);
            captures = List.copyOf(captures);
        }
    }
}
