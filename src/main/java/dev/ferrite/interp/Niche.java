package dev.ferrite.interp;

import java.math.BigInteger;

/**
 * Invalid values of a scalar inside a type that an enum can use to encode its other variants
 * (rustc's {@code Niche}): the scalar at {@code offset} of {@code size} bytes whose valid values
 * are the wrapping range {@code validStart..=validEnd} (unsigned bit patterns).
 */
public record Niche(long offset, int size, BigInteger validStart, BigInteger validEnd) {
    public BigInteger maxValue() {
        return BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
    }

    /** How many invalid values there are. */
    public BigInteger available() {
        BigInteger max = maxValue();
        // invalid values: validEnd+1 .. validStart-1 (wrapping)
        return validStart.subtract(validEnd.add(BigInteger.ONE)).and(max);
    }

    public Niche shifted(long by) {
        return new Niche(offset + by, size, validStart, validEnd);
    }

    /** Result of reserving values: the first reserved value and the niche with the reserved values now valid. */
    public record Reserved(BigInteger start, Niche niche) {
    }

    /** Reserves {@code count} invalid values as rustc does (preferring to put the first one at zero); null if too few. */
    public Reserved reserve(long count) {
        BigInteger c = BigInteger.valueOf(count);
        BigInteger max = maxValue();
        if (c.compareTo(available()) > 0) return null;
        BigInteger distanceEndZero = max.subtract(validEnd);
        if (validStart.compareTo(validEnd) > 0) return moveEnd(c, max);
        if (validStart.compareTo(distanceEndZero) <= 0) {
            return c.compareTo(validStart) <= 0 ? moveStart(c, max) : moveEnd(c, max);
        }
        BigInteger end = validEnd.add(c).and(max);
        boolean overshotZero = end.signum() > 0 && end.compareTo(validEnd) <= 0;
        return overshotZero ? moveStart(c, max) : moveEnd(c, max);
    }

    private Reserved moveStart(BigInteger c, BigInteger max) {
        BigInteger start = validStart.subtract(c).and(max);
        return new Reserved(start, new Niche(offset, size, start, validEnd));
    }

    private Reserved moveEnd(BigInteger c, BigInteger max) {
        BigInteger start = validEnd.add(BigInteger.ONE).and(max);
        BigInteger end = validEnd.add(c).and(max);
        return new Reserved(start, new Niche(offset, size, validStart, end));
    }

    /** True if the bit pattern {@code v} is a valid value. */
    public boolean isValid(BigInteger v) {
        if (validStart.compareTo(validEnd) <= 0) return v.compareTo(validStart) >= 0 && v.compareTo(validEnd) <= 0;
        return v.compareTo(validStart) >= 0 || v.compareTo(validEnd) <= 0;
    }
}
