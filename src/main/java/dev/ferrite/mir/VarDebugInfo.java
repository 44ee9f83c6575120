package dev.ferrite.mir;

import dev.ferrite.span.Symbol;

/**
 * A user-visible name of a value ({@code debug x => _1;}): a place, or a constant the variable was
 * optimised into. {@code argIndex} is the 1-based parameter number for function parameters, else 0.
 */
public record VarDebugInfo(Symbol name, SourceInfo sourceInfo, Contents value, int argIndex) {
    public sealed interface Contents {
    }

    public record PlaceContents(Place place) implements Contents {
    }

    public record ConstContents(Operand.Constant constant) implements Contents {
    }

    public static VarDebugInfo of(Symbol name, SourceInfo sourceInfo, Place place) {
        return new VarDebugInfo(name, sourceInfo, new PlaceContents(place), 0);
    }
}
