//! Constants of the `f64` type: the mathematical constants in `consts`, and the legacy
//! module-level copies of the associated constants (`core::f64::MAX` is `f64::MAX`).

/// Basic mathematical constants, rounded to the nearest `f64`.
pub mod consts {
    /// Archimedes' constant (π)
    pub const PI: f64 = 3.14159265358979323846264338327950288_f64;
    /// The full circle constant (τ = 2π)
    pub const TAU: f64 = 6.28318530717958647692528676655900577_f64;
    /// π/2
    pub const FRAC_PI_2: f64 = 1.57079632679489661923132169163975144_f64;
    /// π/3
    pub const FRAC_PI_3: f64 = 1.04719755119659774615421446109316763_f64;
    /// π/4
    pub const FRAC_PI_4: f64 = 0.785398163397448309615660845819875721_f64;
    /// π/6
    pub const FRAC_PI_6: f64 = 0.52359877559829887307710723054658381_f64;
    /// π/8
    pub const FRAC_PI_8: f64 = 0.39269908169872415480783042290993786_f64;
    /// 1/π
    pub const FRAC_1_PI: f64 = 0.318309886183790671537767526745028724_f64;
    /// 2/π
    pub const FRAC_2_PI: f64 = 0.636619772367581343075535053490057448_f64;
    /// 2/sqrt(π)
    pub const FRAC_2_SQRT_PI: f64 = 1.12837916709551257389615890312154517_f64;
    /// sqrt(2)
    pub const SQRT_2: f64 = 1.41421356237309504880168872420969808_f64;
    /// 1/sqrt(2)
    pub const FRAC_1_SQRT_2: f64 = 0.707106781186547524400844362104849039_f64;
    /// Euler's number (e)
    pub const E: f64 = 2.71828182845904523536028747135266250_f64;
    /// log<sub>2</sub>(e)
    pub const LOG2_E: f64 = 1.44269504088896340735992468100189214_f64;
    /// log<sub>2</sub>(10)
    pub const LOG2_10: f64 = 3.32192809488736234787031942948939018_f64;
    /// log<sub>10</sub>(e)
    pub const LOG10_E: f64 = 0.434294481903251827651128918916605082_f64;
    /// log<sub>10</sub>(2)
    pub const LOG10_2: f64 = 0.301029995663981195213738894618574444_f64;
    /// ln(2)
    pub const LN_2: f64 = 0.693147180559945309417232121458176568_f64;
    /// ln(10)
    pub const LN_10: f64 = 2.30258509299404568401799145468436421_f64;
}

pub const RADIX: u32 = f64::RADIX;
pub const MANTISSA_DIGITS: u32 = f64::MANTISSA_DIGITS;
pub const DIGITS: u32 = f64::DIGITS;
pub const EPSILON: f64 = f64::EPSILON;
pub const MIN: f64 = f64::MIN;
pub const MIN_POSITIVE: f64 = f64::MIN_POSITIVE;
pub const MAX: f64 = f64::MAX;
pub const MIN_EXP: i32 = f64::MIN_EXP;
pub const MAX_EXP: i32 = f64::MAX_EXP;
pub const MIN_10_EXP: i32 = f64::MIN_10_EXP;
pub const MAX_10_EXP: i32 = f64::MAX_10_EXP;
pub const NAN: f64 = f64::NAN;
pub const INFINITY: f64 = f64::INFINITY;
pub const NEG_INFINITY: f64 = f64::NEG_INFINITY;

impl f64 {
    #[inline]
    pub fn to_degrees(self) -> f64 {
        self * (180.0_f64 / consts::PI)
    }

    #[inline]
    pub fn to_radians(self) -> f64 {
        self * (consts::PI / 180.0_f64)
    }
}
