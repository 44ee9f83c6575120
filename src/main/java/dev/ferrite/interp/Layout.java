package dev.ferrite.interp;

import java.math.BigInteger;
import java.util.List;

/**
 * The memory layout of a type (rustc's {@code LayoutS}, x86_64): size and alignment, the offsets
 * of its fields (struct, tuple, closure, union and the single variant of a struct-like type),
 * the element stride of arrays, how enums store their variants, and the largest niche.
 *
 * @param size     in bytes, a multiple of {@code align} (for unsized types: of the sized prefix)
 * @param align    in bytes, a power of two
 * @param sized    false for {@code str}, slices, {@code dyn Trait} and structs ending in one
 * @param offsets  field offsets in field order (empty for scalars and arrays)
 * @param stride   element size for arrays and slices, else 0
 * @param count    number of elements for arrays, else 0
 * @param variants how the variants of an enum are laid out ({@link Variants.Single} for everything else)
 * @param niche    the largest niche, or null
 * @param uninhabited true for types without values ({@code !}, empty enums)
 */
public record Layout(long size, int align, boolean sized, List<Long> offsets, long stride, long count,
                     Variants variants, Niche niche, boolean uninhabited) {
    public Layout {
        offsets = List.copyOf(offsets);
    }

    public sealed interface Variants {
    }

    /** One variant (structs, tuples, scalars, ...; for enums with one variant, its index). */
    public record Single(int index) implements Variants {
    }

    /**
     * Several variants sharing memory: the tag (a {@code tagSize}-byte integer at
     * {@code tagOffset}, signed per {@code tagSigned}) encodes the variant as {@code encoding} says;
     * {@code variantLayouts} are each variant's fields (offsets relative to the enum's start).
     */
    public record Multiple(TagEncoding encoding, long tagOffset, int tagSize, boolean tagSigned,
                           List<Layout> variantLayouts) implements Variants {
        public Multiple {
            variantLayouts = List.copyOf(variantLayouts);
        }
    }

    public sealed interface TagEncoding {
    }

    /** The tag holds the discriminant value. */
    public record Direct() implements TagEncoding {
    }

    /**
     * The tag is a niche of the untagged variant's fields: variants {@code nicheVariantsStart..=nicheVariantsEnd}
     * are stored as {@code (variant - nicheVariantsStart) + nicheStart} (wrapping); any other value
     * means {@code untaggedVariant}.
     */
    public record NicheEncoding(int untaggedVariant, int nicheVariantsStart, int nicheVariantsEnd, BigInteger nicheStart)
            implements TagEncoding {
    }

    public static final Single SINGLE = new Single(0);

    /** A scalar or other primitive without fields. */
    public static Layout scalar(long size, int align, Niche niche) {
        return new Layout(size, align, true, List.of(), 0, 0, SINGLE, niche, false);
    }

    public boolean isZst() {
        return sized && size == 0;
    }

    public long offset(int field) {
        return offsets.get(field);
    }

    /** The layout of one variant of an enum (for other types, this layout). */
    public Layout variant(int index) {
        if (variants instanceof Multiple m) return m.variantLayouts().get(index);
        return this;
    }

    @Override
    public String toString() {
        return "Layout(size: " + size + ", align: " + align + (sized ? "" : ", unsized") + ", offsets: " + offsets
                + (niche != null ? ", niche: " + niche : "") + ", variants: " + variants + ")";
    }
}
