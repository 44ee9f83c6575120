package dev.ferrite.types;

import java.util.List;

/**
 * A function signature. {@code boundRegions} is the number of late-bound lifetimes the signature is
 * quantified over (referred to as {@link Region.Bound} with debruijn 0).
 */
public record FnSig(List<Ty> inputs, Ty output, boolean cVariadic, boolean unsafe, String abi, int boundRegions) {
    public FnSig {
        inputs = List.copyOf(inputs);
    }

    public static FnSig of(List<Ty> inputs, Ty output) {
        return new FnSig(inputs, output, false, false, "Rust", 0);
    }
}
