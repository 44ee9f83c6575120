package dev.ferrite.interp;

/**
 * {@code sqrtf64}, {@code floorf32}, {@code powif64}, ...: the libm functions behind std's float
 * methods, for both engines. The correctly rounded ones (sqrt, floor, ceil, trunc, round, rint,
 * fabs, copysign, fma, minnum, maxnum) agree with rustc bit for bit; f32 variants compute in
 * double and round once, which is exact for those. The transcendental ones use StrictMath
 * (fdlibm, within 1 ulp), and FIXME: glibc's libm (what rustc's binaries call) can differ from
 * fdlibm in the last bit.
 */
public final class FloatMath {
    private FloatMath() {
    }

    /** The function {@code base} (a name of {@link #NAMES}) of up to three arguments; for f32, the caller rounds the result. */
    public static double apply(String base, boolean f32, double a, double b, double c) {
        return switch (base) {
            case "sqrt" -> Math.sqrt(a);
            case "floor" -> Math.floor(a);
            case "ceil" -> Math.ceil(a);
            case "trunc" -> a < 0 ? Math.ceil(a) : Math.floor(a);
            case "round" -> {
                double t = Math.floor(Math.abs(a));
                if (Math.abs(a) - t >= 0.5) t += 1;
                yield Math.copySign(t, a);
            }
            case "rint", "nearbyint", "round_ties_even" -> Math.rint(a);
            case "fabs" -> Math.abs(a);
            case "copysign" -> Math.copySign(a, b);
            case "powi" -> f32 ? powi32((float) a, (int) b) : powi64(a, (int) b);
            case "pow" -> StrictMath.pow(a, b);
            case "exp" -> StrictMath.exp(a);
            case "exp2" -> StrictMath.pow(2, a);
            case "expm1" -> StrictMath.expm1(a);
            case "log" -> StrictMath.log(a);
            case "log1p" -> StrictMath.log1p(a);
            case "log2" -> log2(a);
            case "log10" -> StrictMath.log10(a);
            case "sin" -> StrictMath.sin(a);
            case "cos" -> StrictMath.cos(a);
            case "tan" -> StrictMath.tan(a);
            case "asin" -> StrictMath.asin(a);
            case "acos" -> StrictMath.acos(a);
            case "atan" -> StrictMath.atan(a);
            case "atan2" -> StrictMath.atan2(a, b);
            case "sinh" -> StrictMath.sinh(a);
            case "cosh" -> StrictMath.cosh(a);
            case "tanh" -> StrictMath.tanh(a);
            case "hypot" -> StrictMath.hypot(a, b);
            case "cbrt" -> StrictMath.cbrt(a);
            case "fma" -> f32 ? Math.fma((float) a, (float) b, (float) c) : Math.fma(a, b, c);
            case "minnum" -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
            case "maxnum" -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
            default -> throw new IllegalStateException(base);
        };
    }

    public static final java.util.Set<String> NAMES = java.util.Set.of("sqrt", "floor", "ceil", "trunc", "round",
            "rint", "nearbyint", "round_ties_even", "fabs", "copysign", "powi", "pow", "exp", "exp2", "expm1", "log",
            "log1p", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh",
            "hypot", "cbrt", "fma", "minnum", "maxnum");

    /** compiler-rt's {@code __powidf2}, which rustc's {@code powi} calls: square and multiply, not {@code pow}. */
    static double powi64(double x, int n) {
        boolean recip = n < 0;
        double r = 1;
        while (true) {
            if ((n & 1) != 0) r *= x;
            n /= 2;
            if (n == 0) break;
            x *= x;
        }
        return recip ? 1 / r : r;
    }

    /** {@code __powisf2}: the same in f32 arithmetic. */
    static float powi32(float x, int n) {
        boolean recip = n < 0;
        float r = 1;
        while (true) {
            if ((n & 1) != 0) r *= x;
            n /= 2;
            if (n == 0) break;
            x *= x;
        }
        return recip ? 1 / r : r;
    }

    /** Exact for powers of two (as libm's log2 is); otherwise ln(x)/ln(2), FIXME: may differ from glibc in the last bit. */
    static double log2(double x) {
        if (x > 0 && Double.isFinite(x)) {
            int e = Math.getExponent(x);
            if (e >= Double.MIN_EXPONENT && (Double.doubleToRawLongBits(x) & 0xFFFFFFFFFFFFFL) == 0) return e;
        }
        return StrictMath.log(x) / StrictMath.log(2);
    }

}
