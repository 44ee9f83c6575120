package dev.ferrite.syntax.ast;

import dev.ferrite.span.Span;
import java.util.List;

/** A parsed source file: its inner attributes and items. */
public record Crate(List<Attribute> innerAttrs, List<Item> items, Span span) {
    public Crate {
        innerAttrs = List.copyOf(innerAttrs);
        items = List.copyOf(items);
    }
}
