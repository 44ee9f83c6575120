package dev.ferrite.syntax;

import dev.ferrite.diagnostics.DiagCtxt;
import java.util.List;

/** Public access to grouping flat tokens into trees (for macro expansion). */
public final class TokenTrees {
    private TokenTrees() {
    }

    /** Groups balanced tokens (ending with EOF) into token trees. */
    public static List<TokenTree> build(List<Token> tokens) {
        return TokenTree.build(tokens, new DiagCtxt());
    }
}
