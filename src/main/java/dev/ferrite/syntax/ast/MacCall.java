package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import dev.ferrite.syntax.TokenTree;
import java.util.List;

/** {@code path!(tokens)}, {@code path![tokens]} or {@code path!{tokens}}: kept as token trees until expansion. */
public record MacCall(Path path, TokenTree.Delimiter delim, List<TokenTree> tokens, Span span) {
    public MacCall {
        tokens = List.copyOf(tokens);
    }
}
