package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import dev.ferrite.syntax.TokenTree;
import java.util.List;

/**
 * {@code #[path args]} or {@code #![path args]}. {@code args} are the token trees after the path:
 * empty, one delimited group ({@code (..)}), or {@code = value} tokens. Doc comments are
 * attributes {@code doc = "text"} with {@code docText} set.
 */
public record Attribute(boolean inner, Path path, List<TokenTree> args, String docText, Span span) {
    public Attribute {
        args = List.copyOf(args);
    }

    public boolean is(String name) {
        return path.segments().size() == 1 && path.segments().getFirst().ident().name().text().equals(name);
    }
}
