//! `NonZero<T>`: an integer known not to be zero, and its aliases `NonZeroU8` … `NonZeroIsize`.

use crate::convert::{From, TryFrom};
use crate::fmt;
use crate::ops::{BitOr, BitOrAssign, Div, Neg, Rem};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::str::FromStr;

use super::{IntErrorKind, ParseIntError, TryFromIntError};

mod private {
    /// Implemented by the primitive integers only; says whether a value is zero.
    pub trait Sealed {
        fn is_zero(self) -> bool;
    }
}

/// The primitive integers, the types `NonZero` can hold.
pub trait ZeroablePrimitive: Sized + Copy + private::Sealed {}

/// An integer that is not zero.
// FIXME: rustc gives `Option<NonZero<T>>` the size of `T` (the zero is the niche); here it is
// larger.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct NonZero<T: ZeroablePrimitive>(T);

/// The formatting traits show the integer.
macro_rules! nonzero_fmt {
    ($($Trait:ident)*) => {
        $(
            impl<T: ZeroablePrimitive + fmt::$Trait> fmt::$Trait for NonZero<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }
        )*
    };
}

nonzero_fmt! { Debug Display Binary Octal LowerHex UpperHex LowerExp UpperExp }

impl<T: ZeroablePrimitive> NonZero<T> {
    /// `n` as a `NonZero`, or `None` when it is zero.
    #[inline]
    pub const fn new(n: T) -> Option<NonZero<T>> {
        if private::Sealed::is_zero(n) { None } else { Some(NonZero(n)) }
    }

    /// `n`, which must not be zero, as a `NonZero`.
    #[inline]
    #[track_caller]
    pub const unsafe fn new_unchecked(n: T) -> NonZero<T> {
        if private::Sealed::is_zero(n) {
            crate::panicking::panic(
                "unsafe precondition(s) violated: NonZero::new_unchecked requires a non-zero \
                 argument\n\nThis indicates a bug in the program. This Undefined Behavior check \
                 is optional, and cannot be relied on for safety.",
            );
        }
        NonZero(n)
    }

    /// The integer.
    #[inline]
    pub const fn get(self) -> T {
        self.0
    }
}

macro_rules! nonzero_common {
    ($($t:ident $Alias:ident $u:ident $bits:literal),*) => {
        $(
            impl private::Sealed for $t {
                #[inline]
                fn is_zero(self) -> bool {
                    self == 0
                }
            }
            impl ZeroablePrimitive for $t {}

            #[doc = concat!("A `", stringify!($t), "` that is not zero.")]
            pub type $Alias = NonZero<$t>;

            impl NonZero<$t> {
                pub const BITS: u32 = $bits;
                pub const MIN: NonZero<$t> = NonZero(if <$t>::MIN == 0 { 1 } else { <$t>::MIN });
                pub const MAX: NonZero<$t> = NonZero(<$t>::MAX);

                #[inline]
                pub const fn leading_zeros(self) -> u32 {
                    self.0.leading_zeros()
                }

                #[inline]
                pub const fn trailing_zeros(self) -> u32 {
                    self.0.trailing_zeros()
                }

                #[inline]
                pub const fn count_ones(self) -> NonZero<u32> {
                    NonZero(self.0.count_ones())
                }

                #[inline]
                pub const fn rotate_left(self, n: u32) -> NonZero<$t> {
                    NonZero(self.0.rotate_left(n))
                }

                #[inline]
                pub const fn rotate_right(self, n: u32) -> NonZero<$t> {
                    NonZero(self.0.rotate_right(n))
                }

                #[inline]
                pub const fn swap_bytes(self) -> NonZero<$t> {
                    NonZero(self.0.swap_bytes())
                }

                #[inline]
                pub const fn reverse_bits(self) -> NonZero<$t> {
                    NonZero(self.0.reverse_bits())
                }

                #[inline]
                pub const fn checked_mul(self, other: NonZero<$t>) -> Option<NonZero<$t>> {
                    match self.0.checked_mul(other.0) {
                        Some(v) => Some(NonZero(v)),
                        None => None,
                    }
                }

                #[inline]
                pub const fn saturating_mul(self, other: NonZero<$t>) -> NonZero<$t> {
                    NonZero(self.0.saturating_mul(other.0))
                }

                #[inline]
                pub const fn checked_pow(self, exp: u32) -> Option<NonZero<$t>> {
                    match self.0.checked_pow(exp) {
                        Some(v) => Some(NonZero(v)),
                        None => None,
                    }
                }

                #[inline]
                pub const fn saturating_pow(self, exp: u32) -> NonZero<$t> {
                    NonZero(self.0.saturating_pow(exp))
                }
            }

            impl From<NonZero<$t>> for $t {
                #[inline]
                fn from(n: NonZero<$t>) -> $t {
                    n.0
                }
            }

            impl TryFrom<$t> for NonZero<$t> {
                type Error = TryFromIntError;

                #[inline]
                fn try_from(n: $t) -> Result<NonZero<$t>, TryFromIntError> {
                    match NonZero::<$t>::new(n) {
                        Some(v) => Ok(v),
                        None => Err(TryFromIntError(())),
                    }
                }
            }

            impl FromStr for NonZero<$t> {
                type Err = ParseIntError;

                fn from_str(s: &str) -> Result<NonZero<$t>, ParseIntError> {
                    match <$t>::from_str_radix(s, 10) {
                        Ok(v) => match NonZero::<$t>::new(v) {
                            Some(n) => Ok(n),
                            None => Err(ParseIntError { kind: IntErrorKind::Zero }),
                        },
                        Err(e) => Err(e),
                    }
                }
            }

            impl BitOr for NonZero<$t> {
                type Output = NonZero<$t>;

                #[inline]
                fn bitor(self, rhs: NonZero<$t>) -> NonZero<$t> {
                    NonZero(self.0 | rhs.0)
                }
            }

            impl BitOr<$t> for NonZero<$t> {
                type Output = NonZero<$t>;

                #[inline]
                fn bitor(self, rhs: $t) -> NonZero<$t> {
                    NonZero(self.0 | rhs)
                }
            }

            impl BitOr<NonZero<$t>> for $t {
                type Output = NonZero<$t>;

                #[inline]
                fn bitor(self, rhs: NonZero<$t>) -> NonZero<$t> {
                    NonZero(self | rhs.0)
                }
            }

            impl BitOrAssign for NonZero<$t> {
                #[inline]
                fn bitor_assign(&mut self, rhs: NonZero<$t>) {
                    *self = *self | rhs;
                }
            }

            impl BitOrAssign<$t> for NonZero<$t> {
                #[inline]
                fn bitor_assign(&mut self, rhs: $t) {
                    *self = *self | rhs;
                }
            }
        )*
    };
}

nonzero_common! {
    u8 NonZeroU8 u8 8, u16 NonZeroU16 u16 16, u32 NonZeroU32 u32 32, u64 NonZeroU64 u64 64,
    u128 NonZeroU128 u128 128, usize NonZeroUsize usize 64,
    i8 NonZeroI8 u8 8, i16 NonZeroI16 u16 16, i32 NonZeroI32 u32 32, i64 NonZeroI64 u64 64,
    i128 NonZeroI128 u128 128, isize NonZeroIsize usize 64
}

macro_rules! nonzero_unsigned {
    ($($t:ident $s:ident),*) => {
        $(
            impl NonZero<$t> {
                #[inline]
                pub const fn checked_add(self, other: $t) -> Option<NonZero<$t>> {
                    match self.0.checked_add(other) {
                        Some(v) => Some(NonZero(v)),
                        None => None,
                    }
                }

                #[inline]
                pub const fn saturating_add(self, other: $t) -> NonZero<$t> {
                    NonZero(self.0.saturating_add(other))
                }

                #[inline]
                pub const fn checked_next_power_of_two(self) -> Option<NonZero<$t>> {
                    match self.0.checked_next_power_of_two() {
                        Some(v) => Some(NonZero(v)),
                        None => None,
                    }
                }

                #[inline]
                pub const fn is_power_of_two(self) -> bool {
                    self.0.is_power_of_two()
                }

                #[inline]
                pub const fn ilog2(self) -> u32 {
                    <$t>::BITS - 1 - self.0.leading_zeros()
                }

                #[inline]
                pub const fn ilog10(self) -> u32 {
                    self.0.ilog10()
                }

                #[inline]
                pub const fn isqrt(self) -> NonZero<$t> {
                    NonZero(self.0.isqrt())
                }

                #[inline]
                pub const fn midpoint(self, rhs: NonZero<$t>) -> NonZero<$t> {
                    NonZero(self.0.midpoint(rhs.0))
                }

                #[inline]
                pub const fn cast_signed(self) -> NonZero<$s> {
                    NonZero(self.0 as $s)
                }
            }

            impl Div<NonZero<$t>> for $t {
                type Output = $t;

                /// Division by a `NonZero` cannot panic.
                #[inline]
                fn div(self, rhs: NonZero<$t>) -> $t {
                    self / rhs.0
                }
            }

            impl Rem<NonZero<$t>> for $t {
                type Output = $t;

                #[inline]
                fn rem(self, rhs: NonZero<$t>) -> $t {
                    self % rhs.0
                }
            }
        )*
    };
}

nonzero_unsigned! { u8 i8, u16 i16, u32 i32, u64 i64, u128 i128, usize isize }

macro_rules! nonzero_signed {
    ($($t:ident $u:ident),*) => {
        $(
            impl NonZero<$t> {
                #[inline]
                #[track_caller]
                pub const fn abs(self) -> NonZero<$t> {
                    NonZero(self.0.abs())
                }

                #[inline]
                pub const fn checked_abs(self) -> Option<NonZero<$t>> {
                    match self.0.checked_abs() {
                        Some(v) => Some(NonZero(v)),
                        None => None,
                    }
                }

                #[inline]
                pub const fn overflowing_abs(self) -> (NonZero<$t>, bool) {
                    let (v, o) = self.0.overflowing_abs();
                    (NonZero(v), o)
                }

                #[inline]
                pub const fn saturating_abs(self) -> NonZero<$t> {
                    NonZero(self.0.saturating_abs())
                }

                #[inline]
                pub const fn wrapping_abs(self) -> NonZero<$t> {
                    NonZero(self.0.wrapping_abs())
                }

                #[inline]
                pub const fn unsigned_abs(self) -> NonZero<$u> {
                    NonZero(self.0.unsigned_abs())
                }

                #[inline]
                pub const fn is_positive(self) -> bool {
                    self.0 > 0
                }

                #[inline]
                pub const fn is_negative(self) -> bool {
                    self.0 < 0
                }

                #[inline]
                pub const fn checked_neg(self) -> Option<NonZero<$t>> {
                    match self.0.checked_neg() {
                        Some(v) => Some(NonZero(v)),
                        None => None,
                    }
                }

                #[inline]
                pub const fn overflowing_neg(self) -> (NonZero<$t>, bool) {
                    let (v, o) = self.0.overflowing_neg();
                    (NonZero(v), o)
                }

                #[inline]
                pub const fn saturating_neg(self) -> NonZero<$t> {
                    NonZero(self.0.saturating_neg())
                }

                #[inline]
                pub const fn wrapping_neg(self) -> NonZero<$t> {
                    NonZero(self.0.wrapping_neg())
                }

                #[inline]
                pub const fn cast_unsigned(self) -> NonZero<$u> {
                    NonZero(self.0 as $u)
                }
            }

            impl Neg for NonZero<$t> {
                type Output = NonZero<$t>;

                #[inline]
                #[track_caller]
                fn neg(self) -> NonZero<$t> {
                    NonZero(-self.0)
                }
            }
        )*
    };
}

nonzero_signed! { i8 u8, i16 u16, i32 u32, i64 u64, i128 u128, isize usize }
