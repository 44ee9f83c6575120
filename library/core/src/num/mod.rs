//! Numeric types: the inherent methods of the integer and float types, integer parsing and the
//! numeric errors.

use crate::intrinsics;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::str::FromStr;

mod error;
#[macro_use]
mod int_macros;

pub use error::{IntErrorKind, ParseIntError, TryFromIntError};

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

macro_rules! float_impl {
    ($($t:ident $bits:ident $max:literal $minpos:literal $eps:literal),*) => {
        $(
            impl $t {
                pub const NAN: $t = 0.0 / 0.0;
                pub const INFINITY: $t = 1.0 / 0.0;
                pub const NEG_INFINITY: $t = -1.0 / 0.0;
                pub const MAX: $t = $max;
                pub const MIN: $t = -$max;
                pub const MIN_POSITIVE: $t = $minpos;
                pub const EPSILON: $t = $eps;

                #[inline]
                pub fn to_bits(self) -> $bits {
                    unsafe { crate::intrinsics::transmute::<$t, $bits>(self) }
                }

                #[inline]
                pub fn from_bits(v: $bits) -> $t {
                    unsafe { crate::intrinsics::transmute::<$bits, $t>(v) }
                }

                #[inline]
                pub fn is_nan(self) -> bool {
                    self != self
                }

                #[inline]
                pub fn is_infinite(self) -> bool {
                    self == 1.0 / 0.0 || self == -1.0 / 0.0
                }

                #[inline]
                pub fn is_finite(self) -> bool {
                    !self.is_nan() && !self.is_infinite()
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
                    $t::from_bits(self.to_bits() & !((1 as $bits) << ($bits::BITS - 1)))
                }
            }
        )*
    };
}

float_impl! { f32 u32 3.40282347e+38 1.17549435e-38 1.19209290e-07,
    f64 u64 1.7976931348623157e308 2.2250738585072014e-308 2.220446049250313e-16 }

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
