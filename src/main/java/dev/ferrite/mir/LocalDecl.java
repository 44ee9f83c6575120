package dev.ferrite.mir;

import dev.ferrite.types.Mutability;
import dev.ferrite.types.Ty;

/**
 * The declaration of a local (rustc's {@code LocalDecl}).
 *
 * @param mutability   {@code MUT} for {@code let mut} bindings and all compiler temporaries
 * @param ty           its type (in terms of the body's generic parameters until substituted)
 * @param sourceInfo   its span, and the scope it is declared in (user variables: their {@code let}'s scope)
 * @param userVariable true for locals bound by a user pattern ({@code let x}, parameters)
 */
public record LocalDecl(Mutability mutability, Ty ty, SourceInfo sourceInfo, boolean userVariable) {
    /** A compiler temporary: mutable, outermost scope. */
    public static LocalDecl temp(Ty ty, dev.ferrite.span.Span span) {
        return new LocalDecl(Mutability.MUT, ty, SourceInfo.outermost(span), false);
    }

    public LocalDecl withTy(Ty newTy) {
        return newTy == ty ? this : new LocalDecl(mutability, newTy, sourceInfo, userVariable);
    }
}
