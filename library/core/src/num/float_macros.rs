//! The inherent methods and associated constants of `f32` and `f64`, written once for both.
//!
//! Real Rust splits them between `core` (bit-level and arithmetic-only methods) and `std` (the
//! ones that call libm); Ferrite keeps them all in `core`, where its libm functions are
//! intrinsics, so both are callable on the primitive types wherever std's are.

macro_rules! float_impl {
    (
        $t:ident $bits:ident $sbits:ident;
        mantissa_digits: $mant:literal, digits: $digits:literal, max: $max:literal,
        min_positive: $minpos:literal, epsilon: $eps:literal, min_exp: $minexp:literal,
        max_exp: $maxexp:literal, min_10_exp: $min10:literal, max_10_exp: $max10:literal,
        exp_bits: $expbits:literal, nan: $nan:literal;
        $sqrt:ident $floor:ident $ceil:ident $trunc:ident $round:ident $rint:ident $fabs:ident
        $copysign:ident $pow:ident $powi:ident $fma:ident $minnum:ident $maxnum:ident
        $exp:ident $exp2:ident $expm1:ident $log:ident $log2:ident $log10:ident $log1p:ident
        $sin:ident $cos:ident $tan:ident $asin:ident $acos:ident $atan:ident $atan2:ident
        $sinh:ident $cosh:ident $tanh:ident $hypot:ident $cbrt:ident
    ) => {
        impl $t {
            pub const RADIX: u32 = 2;
            pub const MANTISSA_DIGITS: u32 = $mant;
            pub const DIGITS: u32 = $digits;
            pub const EPSILON: $t = $eps;
            pub const MIN: $t = -$max;
            pub const MIN_POSITIVE: $t = $minpos;
            pub const MAX: $t = $max;
            pub const MIN_EXP: i32 = $minexp;
            pub const MAX_EXP: i32 = $maxexp;
            pub const MIN_10_EXP: i32 = $min10;
            pub const MAX_10_EXP: i32 = $max10;
            // Not `0.0 / 0.0`: Ferrite evaluates constants on the interpreter, which divides like
            // the hardware (a NaN with the sign bit set); rustc's constant is the positive quiet NaN.
            pub const NAN: $t = <$t>::from_bits($nan);
            pub const INFINITY: $t = 1.0 / 0.0;
            pub const NEG_INFINITY: $t = -1.0 / 0.0;

            #[inline]
            pub const fn to_bits(self) -> $bits {
                unsafe { crate::intrinsics::transmute::<$t, $bits>(self) }
            }

            #[inline]
            pub const fn from_bits(v: $bits) -> $t {
                unsafe { crate::intrinsics::transmute::<$bits, $t>(v) }
            }

            #[inline]
            pub fn is_nan(self) -> bool {
                self != self
            }

            #[inline]
            pub fn is_infinite(self) -> bool {
                self == <$t>::INFINITY || self == <$t>::NEG_INFINITY
            }

            #[inline]
            pub fn is_finite(self) -> bool {
                self.abs() < <$t>::INFINITY
            }

            /// Neither zero, infinite, NaN nor subnormal.
            #[inline]
            pub fn is_normal(self) -> bool {
                self.classify() == crate::num::FpCategory::Normal
            }

            #[inline]
            pub fn is_subnormal(self) -> bool {
                self.classify() == crate::num::FpCategory::Subnormal
            }

            /// The category of the value, read from its exponent and mantissa bits.
            pub fn classify(self) -> crate::num::FpCategory {
                let mant_bits: u32 = $mant - 1;
                let bits = self.to_bits();
                let exp_mask: $bits = ((1 << $expbits) - 1) << mant_bits;
                let mant_mask: $bits = (1 << mant_bits) - 1;
                let e = bits & exp_mask;
                let m = bits & mant_mask;
                if e == exp_mask {
                    if m == 0 { crate::num::FpCategory::Infinite } else { crate::num::FpCategory::Nan }
                } else if e == 0 {
                    if m == 0 { crate::num::FpCategory::Zero } else { crate::num::FpCategory::Subnormal }
                } else {
                    crate::num::FpCategory::Normal
                }
            }

            #[inline]
            pub fn is_sign_negative(self) -> bool {
                (self.to_bits() >> ($bits::BITS - 1)) != 0
            }

            #[inline]
            pub fn is_sign_positive(self) -> bool {
                !self.is_sign_negative()
            }

            #[inline]
            pub fn abs(self) -> $t {
                unsafe { crate::intrinsics::$fabs(self) }
            }

            /// 1.0 with the sign of `self`; NaN for NaN.
            #[inline]
            pub fn signum(self) -> $t {
                if self.is_nan() { <$t>::NAN } else { (1.0 as $t).copysign(self) }
            }

            #[inline]
            pub fn copysign(self, sign: $t) -> $t {
                unsafe { crate::intrinsics::$copysign(self, sign) }
            }

            #[inline]
            pub fn recip(self) -> $t {
                1.0 / self
            }

            #[inline]
            pub fn sqrt(self) -> $t {
                unsafe { crate::intrinsics::$sqrt(self) }
            }

            #[inline]
            pub fn cbrt(self) -> $t {
                unsafe { crate::intrinsics::$cbrt(self) }
            }

            #[inline]
            pub fn floor(self) -> $t {
                unsafe { crate::intrinsics::$floor(self) }
            }

            #[inline]
            pub fn ceil(self) -> $t {
                unsafe { crate::intrinsics::$ceil(self) }
            }

            /// Rounds half-way cases away from zero.
            #[inline]
            pub fn round(self) -> $t {
                unsafe { crate::intrinsics::$round(self) }
            }

            /// Rounds half-way cases to the even neighbour.
            #[inline]
            pub fn round_ties_even(self) -> $t {
                unsafe { crate::intrinsics::$rint(self) }
            }

            #[inline]
            pub fn trunc(self) -> $t {
                unsafe { crate::intrinsics::$trunc(self) }
            }

            /// The fractional part, with the sign of `self`.
            #[inline]
            pub fn fract(self) -> $t {
                self - self.trunc()
            }

            /// `self * a + b` with one rounding.
            #[inline]
            pub fn mul_add(self, a: $t, b: $t) -> $t {
                unsafe { crate::intrinsics::$fma(self, a, b) }
            }

            #[inline]
            pub fn powi(self, n: i32) -> $t {
                unsafe { crate::intrinsics::$powi(self, n) }
            }

            #[inline]
            pub fn powf(self, n: $t) -> $t {
                unsafe { crate::intrinsics::$pow(self, n) }
            }

            #[inline]
            pub fn exp(self) -> $t {
                unsafe { crate::intrinsics::$exp(self) }
            }

            #[inline]
            pub fn exp2(self) -> $t {
                unsafe { crate::intrinsics::$exp2(self) }
            }

            #[inline]
            pub fn exp_m1(self) -> $t {
                unsafe { crate::intrinsics::$expm1(self) }
            }

            #[inline]
            pub fn ln(self) -> $t {
                unsafe { crate::intrinsics::$log(self) }
            }

            #[inline]
            pub fn ln_1p(self) -> $t {
                unsafe { crate::intrinsics::$log1p(self) }
            }

            /// The logarithm in base `base`, as `ln(self) / ln(base)`.
            #[inline]
            pub fn log(self, base: $t) -> $t {
                self.ln() / base.ln()
            }

            #[inline]
            pub fn log2(self) -> $t {
                unsafe { crate::intrinsics::$log2(self) }
            }

            #[inline]
            pub fn log10(self) -> $t {
                unsafe { crate::intrinsics::$log10(self) }
            }

            #[inline]
            pub fn sin(self) -> $t {
                unsafe { crate::intrinsics::$sin(self) }
            }

            #[inline]
            pub fn cos(self) -> $t {
                unsafe { crate::intrinsics::$cos(self) }
            }

            #[inline]
            pub fn sin_cos(self) -> ($t, $t) {
                (self.sin(), self.cos())
            }

            #[inline]
            pub fn tan(self) -> $t {
                unsafe { crate::intrinsics::$tan(self) }
            }

            #[inline]
            pub fn asin(self) -> $t {
                unsafe { crate::intrinsics::$asin(self) }
            }

            #[inline]
            pub fn acos(self) -> $t {
                unsafe { crate::intrinsics::$acos(self) }
            }

            #[inline]
            pub fn atan(self) -> $t {
                unsafe { crate::intrinsics::$atan(self) }
            }

            /// The angle of the point (`other`, `self`), in (-pi, pi].
            #[inline]
            pub fn atan2(self, other: $t) -> $t {
                unsafe { crate::intrinsics::$atan2(self, other) }
            }

            #[inline]
            pub fn sinh(self) -> $t {
                unsafe { crate::intrinsics::$sinh(self) }
            }

            #[inline]
            pub fn cosh(self) -> $t {
                unsafe { crate::intrinsics::$cosh(self) }
            }

            #[inline]
            pub fn tanh(self) -> $t {
                unsafe { crate::intrinsics::$tanh(self) }
            }

            /// The hyperbolic arcsine, through `ln_1p` so that small values stay accurate.
            pub fn asinh(self) -> $t {
                let ax = self.abs();
                let ix = 1.0 / ax;
                (ax + (ax / ((1.0 as $t).hypot(ix) + ix))).ln_1p().copysign(self)
            }

            /// The hyperbolic arccosine; NaN below 1.
            pub fn acosh(self) -> $t {
                if self < 1.0 {
                    <$t>::NAN
                } else {
                    (self + ((self - 1.0).sqrt() * (self + 1.0).sqrt())).ln()
                }
            }

            /// The hyperbolic arctangent.
            pub fn atanh(self) -> $t {
                0.5 * ((2.0 * self) / (1.0 - self)).ln_1p()
            }

            /// The length of the hypotenuse, without intermediate overflow.
            #[inline]
            pub fn hypot(self, other: $t) -> $t {
                unsafe { crate::intrinsics::$hypot(self, other) }
            }

            /// The smaller of the two; if one is NaN, the other.
            #[inline]
            pub fn min(self, other: $t) -> $t {
                unsafe { crate::intrinsics::$minnum(self, other) }
            }

            /// The larger of the two; if one is NaN, the other.
            #[inline]
            pub fn max(self, other: $t) -> $t {
                unsafe { crate::intrinsics::$maxnum(self, other) }
            }

            /// `self` limited to `[min, max]`; NaN stays NaN.
            pub fn clamp(mut self, min: $t, max: $t) -> $t {
                assert!(min <= max, "min > max, or either was NaN. min = {min:?}, max = {max:?}");
                if self < min {
                    self = min;
                }
                if self > max {
                    self = max;
                }
                self
            }

            /// The quotient of Euclidean division: `self / rhs` rounded so that the remainder
            /// (`rem_euclid`) is never negative.
            pub fn div_euclid(self, rhs: $t) -> $t {
                let q = (self / rhs).trunc();
                if self % rhs < 0.0 {
                    return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
                }
                q
            }

            /// The least non-negative remainder of `self` modulo `rhs`.
            pub fn rem_euclid(self, rhs: $t) -> $t {
                let r = self % rhs;
                if r < 0.0 { r + rhs.abs() } else { r }
            }

            /// A total order: -NaN < -inf < ... < -0 < +0 < ... < inf < NaN, by the bits
            /// with the magnitude bits of negative values flipped.
            pub fn total_cmp(&self, other: &$t) -> crate::cmp::Ordering {
                let mut left = self.to_bits() as $sbits;
                let mut right = other.to_bits() as $sbits;
                left ^= (((left >> ($bits::BITS - 1)) as $bits) >> 1) as $sbits;
                right ^= (((right >> ($bits::BITS - 1)) as $bits) >> 1) as $sbits;
                left.cmp(&right)
            }
        }
    };
}
