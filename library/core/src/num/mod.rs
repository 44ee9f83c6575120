//! Numeric types: the inherent methods of the integer and float types, integer parsing and the
//! numeric errors.

use crate::intrinsics;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::str::FromStr;

pub(crate) mod bignum;
mod dec2flt;
mod error;
mod escape;
mod int_exp;
mod nonzero;
mod wrapping;
#[macro_use]
mod int_macros;
#[macro_use]
mod float_macros;

pub use dec2flt::ParseFloatError;
pub use escape::EscapeDefault;
pub use error::{IntErrorKind, ParseIntError, TryFromIntError};
pub use nonzero::{
    NonZero, NonZeroI128, NonZeroI16, NonZeroI32, NonZeroI64, NonZeroI8, NonZeroIsize, NonZeroU128,
    NonZeroU16, NonZeroU32, NonZeroU64, NonZeroU8, NonZeroUsize, ZeroablePrimitive,
};
pub use wrapping::{Saturating, Wrapping};

int_impl! {
    i8 u8 8 true, i16 u16 16 true, i32 u32 32 true, i64 u64 64 true, i128 u128 128 true,
    isize usize 64 true, u8 u8 8 false, u16 u16 16 false, u32 u32 32 false, u64 u64 64 false,
    u128 u128 128 false, usize usize 64 false
}

signed_impl! { i8 u8, i16 u16, i32 u32, i64 u64, i128 u128, isize usize }

unsigned_impl! { u8 i8, u16 i16, u32 i32, u64 i64, u128 i128, usize isize }

macro_rules! from_str_int {
    ($($t:ident)*) => {
        $(
            impl FromStr for $t {
                type Err = ParseIntError;

                #[inline]
                fn from_str(s: &str) -> Result<$t, ParseIntError> {
                    <$t>::from_str_radix(s, 10)
                }
            }
        )*
    };
}

from_str_int!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

float_impl! { f32 u32 i32;
    mantissa_digits: 24, digits: 6, max: 3.40282347e+38, min_positive: 1.17549435e-38,
    epsilon: 1.19209290e-07, min_exp: -125, max_exp: 128, min_10_exp: -37, max_10_exp: 38,
    exp_bits: 8, nan: 0x7fc0_0000;
    sqrtf32 floorf32 ceilf32 truncf32 roundf32 rintf32 fabsf32 copysignf32 powf32 powif32 fmaf32
    minnumf32 maxnumf32 expf32 exp2f32 expm1f32 logf32 log2f32 log10f32 log1pf32 sinf32 cosf32
    tanf32 asinf32 acosf32 atanf32 atan2f32 sinhf32 coshf32 tanhf32 hypotf32 cbrtf32
}

float_impl! { f64 u64 i64;
    mantissa_digits: 53, digits: 15, max: 1.7976931348623157e+308,
    min_positive: 2.2250738585072014e-308, epsilon: 2.2204460492503131e-16, min_exp: -1021,
    max_exp: 1024, min_10_exp: -307, max_10_exp: 308, exp_bits: 11,
    nan: 0x7ff8_0000_0000_0000;
    sqrtf64 floorf64 ceilf64 truncf64 roundf64 rintf64 fabsf64 copysignf64 powf64 powif64 fmaf64
    minnumf64 maxnumf64 expf64 exp2f64 expm1f64 logf64 log2f64 log10f64 log1pf64 sinf64 cosf64
    tanf64 asinf64 acosf64 atanf64 atan2f64 sinhf64 coshf64 tanhf64 hypotf64 cbrtf64
}

/// The kinds of floating-point values (`f64::classify`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FpCategory {
    /// Not a number.
    Nan,
    /// Positive or negative infinity.
    Infinite,
    /// Positive or negative zero.
    Zero,
    /// Too small for the normal range: less precision, leading zero bits in the mantissa.
    Subnormal,
    /// Any other finite value.
    Normal,
}

impl u8 {
    #[inline]
    pub const fn is_ascii(&self) -> bool {
        *self < 0x80
    }

    #[inline]
    pub const fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() { *self - 32 } else { *self }
    }

    #[inline]
    pub const fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() { *self + 32 } else { *self }
    }

    #[inline]
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    #[inline]
    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }

    #[inline]
    pub const fn eq_ignore_ascii_case(&self, other: &u8) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    #[inline]
    pub const fn is_ascii_uppercase(&self) -> bool {
        matches!(*self, b'A'..=b'Z')
    }

    #[inline]
    pub const fn is_ascii_lowercase(&self) -> bool {
        matches!(*self, b'a'..=b'z')
    }

    #[inline]
    pub const fn is_ascii_alphabetic(&self) -> bool {
        matches!(*self, b'A'..=b'Z' | b'a'..=b'z')
    }

    #[inline]
    pub const fn is_ascii_alphanumeric(&self) -> bool {
        matches!(*self, b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z')
    }

    #[inline]
    pub const fn is_ascii_digit(&self) -> bool {
        matches!(*self, b'0'..=b'9')
    }

    #[inline]
    pub const fn is_ascii_hexdigit(&self) -> bool {
        matches!(*self, b'0'..=b'9' | b'A'..=b'F' | b'a'..=b'f')
    }

    #[inline]
    pub const fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
    }

    #[inline]
    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, b'!'..=b'/' | b':'..=b'@' | b'['..=b'`' | b'{'..=b'~')
    }

    #[inline]
    pub const fn is_ascii_graphic(&self) -> bool {
        matches!(*self, b'!'..=b'~')
    }

    #[inline]
    pub const fn is_ascii_control(&self) -> bool {
        matches!(*self, b'\0'..=b'\x1F' | b'\x7F')
    }
}
