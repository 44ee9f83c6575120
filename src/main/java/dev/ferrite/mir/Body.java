package dev.ferrite.mir;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Span;
import java.util.List;

/**
 * The MIR of one function, closure, const or static (rustc's {@code mir::Body}). Generic: types
 * mention the owner's generic parameters; the interpreter substitutes an instance's arguments.
 *
 * @param owner        the function / closure / const / static / ctor
 * @param kind         what the body belongs to
 * @param blocks       {@code bb0} is the entry
 * @param locals       {@code _0} is the return place, then {@code argCount} arguments, then the rest
 * @param argCount     number of parameters (for closures including the environment {@code _1})
 * @param sourceScopes lexical scopes, scope 0 the outermost
 * @param varDebugInfo names of user variables
 * @param span         the whole item
 * @param spreadArg    for "rust-call" bodies (shims), the tupled argument that callers pass spread out; else null
 * @param promoted     promoted constants referred to by {@link ConstValue.Unevaluated} with this owner (may be empty)
 */
public record Body(DefId owner, BodyKind kind, List<BasicBlockData> blocks, List<LocalDecl> locals, int argCount,
                   List<SourceScopeData> sourceScopes, List<VarDebugInfo> varDebugInfo, Span span, Local spreadArg,
                   List<Body> promoted) {
    public Body {
        blocks = List.copyOf(blocks);
        locals = List.copyOf(locals);
        sourceScopes = List.copyOf(sourceScopes);
        varDebugInfo = List.copyOf(varDebugInfo);
        promoted = List.copyOf(promoted);
        if (locals.isEmpty()) throw new IllegalArgumentException("a body needs at least the return place _0");
        if (argCount + 1 > locals.size()) throw new IllegalArgumentException("fewer locals than arguments");
        if (sourceScopes.isEmpty()) sourceScopes = List.of(SourceScopeData.OUTERMOST);
    }

    /** A function body with one outermost scope and no promoted constants. */
    public Body(DefId owner, List<BasicBlockData> blocks, List<LocalDecl> locals, int argCount,
                List<VarDebugInfo> varDebugInfo, Span span) {
        this(owner, BodyKind.FN, blocks, locals, argCount, List.of(SourceScopeData.OUTERMOST), varDebugInfo, span, null,
                List.of());
    }

    public BasicBlockData block(BasicBlock bb) {
        return blocks.get(bb.index());
    }

    public LocalDecl local(Local l) {
        return locals.get(l.index());
    }

    public dev.ferrite.types.Ty returnTy() {
        return locals.getFirst().ty();
    }

    /** The argument locals {@code _1.._argCount}. */
    public List<Local> args() {
        return java.util.stream.IntStream.rangeClosed(1, argCount).mapToObj(Local::of).toList();
    }
}
