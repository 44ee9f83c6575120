/**
 * The trait solver: proves that types implement traits, normalises associated type projections,
 * and says which impl or rule applies. The entry point and a tour are in {@link dev.ferrite.traits.Solver}.
 *
 * <p><b>Architecture invariant:</b> the solver sees the program only through
 * {@link dev.ferrite.traits.TraitDatabase}; it depends on {@code dev.ferrite.types} and
 * {@code dev.ferrite.hir.DefId} and on nothing else of the compiler (no HIR, no spans, no
 * diagnostics): it reports {@link dev.ferrite.traits.Solution}s and unproved obligations, and the
 * type checker turns them into E0277/E0271/E0282 with spans.
 *
 * <p><b>How the type checker uses it.</b> One {@link dev.ferrite.traits.InferenceTable} and one
 * {@link dev.ferrite.traits.FulfillmentContext} per body; one {@link dev.ferrite.traits.ParamEnv}
 * per item: {@code solver.normalizeEnv(ParamEnv.elaborate(db, predicatesOf(item)))}, implied
 * {@code Sized} included.
 * <ol>
 *   <li>Create variables with {@code table.newTyVar()/newIntVar()/newFloatVar()}; unify with
 *       {@code table.unify(a, b)} (false = type mismatch, table unchanged).</li>
 *   <li>Normalise every type taken from a signature: {@code fcx.normalize(env, ty, span)}.</li>
 *   <li>Register every bound to prove: {@code fcx.register(env, predicate, span)}; call
 *       {@code fcx.selectWherePossible()} when stuck (before a method lookup on an unresolved
 *       receiver, ...), reporting the returned errors.</li>
 *   <li>Probe (method lookup, coercion candidates) with {@code solver.evaluate(env, goal, table)}
 *       or inside {@code table.snapshot()/rollbackTo}.</li>
 *   <li>At the end: {@code table.applyFallback()}, {@code fcx.selectAllOrError()} (NO_SOLUTION →
 *       E0277 and friends, AMBIGUOUS → E0282/E0283), then {@code table.resolve(ty)} everywhere.</li>
 * </ol>
 *
 * <p><b>How code generation uses it.</b> For a call of trait method {@code m} of {@code Trait} with
 * the (monomorphic, region-erased) trait ref {@code <T as Trait<..>>}:
 * {@code solver.selectImpl(ParamEnv.EMPTY, traitRef)} gives {@code Impl(impl, implArgs)} (call the
 * impl's {@code m} with {@code implArgs} followed by the method's own arguments, or the trait's
 * default body if the impl does not define {@code m}), {@code Object(dyn, vtableBase)} (call through
 * the vtable at {@code vtableBase +} the method's index in {@code TraitDatum.methods()}, see
 * {@link dev.ferrite.traits.Vtables}), {@code Closure}/{@code FnPointer} (call the closure body / the
 * function) or {@code Builtin} (compiler-provided: {@code Clone} of a Copy type is a copy).
 * {@code solver.normalize(env, ty)} normalises projections in monomorphic types.
 */
package dev.ferrite.traits;
