//! `Wrapping<T>` and `Saturating<T>`: integers whose arithmetic operators wrap around or
//! saturate at the bounds instead of panicking on overflow.

use crate::fmt;
use crate::iter::{Iterator, Product, Sum};
use crate::ops::{
    Add, AddAssign, BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Div, DivAssign,
    Mul, MulAssign, Neg, Not, Rem, RemAssign, Shl, ShlAssign, Shr, ShrAssign, Sub, SubAssign,
};

/// An integer whose arithmetic wraps around on overflow (`Wrapping(255u8) + Wrapping(1)` is 0).
#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Wrapping<T>(pub T);

/// An integer whose arithmetic stays at the bound it would cross
/// (`Saturating(250u8) + Saturating(10)` is 255).
#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Saturating<T>(pub T);

/// The formatting traits show the inner value alone.
macro_rules! fmt_inner {
    ($($W:ident)*) => {
        $(
            impl<T: fmt::Debug> fmt::Debug for $W<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }

            impl<T: fmt::Display> fmt::Display for $W<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }

            impl<T: fmt::Binary> fmt::Binary for $W<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }

            impl<T: fmt::Octal> fmt::Octal for $W<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }

            impl<T: fmt::LowerHex> fmt::LowerHex for $W<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }

            impl<T: fmt::UpperHex> fmt::UpperHex for $W<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }
        )*
    };
}

fmt_inner! { Wrapping Saturating }

/// A binary operator `$W<$t> op $Rhs` computed by `$method` on the inner values, with its forms
/// on references and its compound assignments (also taking the bare integer).
macro_rules! wrapper_binop {
    ($W:ident $t:ident, $Trait:ident $op:ident, $Assign:ident $op_assign:ident, $Rhs:ty, |$a:ident, $b:ident| $e:expr) => {
        impl $Trait<$Rhs> for $W<$t> {
            type Output = $W<$t>;

            #[inline]
            #[track_caller]
            fn $op(self, other: $Rhs) -> $W<$t> {
                let $a = self.0;
                let $b = other;
                $W($e)
            }
        }

        impl<'a> $Trait<&'a $Rhs> for $W<$t> {
            type Output = $W<$t>;

            #[inline]
            #[track_caller]
            fn $op(self, other: &'a $Rhs) -> $W<$t> {
                $Trait::$op(self, *other)
            }
        }

        impl<'a> $Trait<$Rhs> for &'a $W<$t> {
            type Output = $W<$t>;

            #[inline]
            #[track_caller]
            fn $op(self, other: $Rhs) -> $W<$t> {
                $Trait::$op(*self, other)
            }
        }

        impl<'a, 'b> $Trait<&'a $Rhs> for &'b $W<$t> {
            type Output = $W<$t>;

            #[inline]
            #[track_caller]
            fn $op(self, other: &'a $Rhs) -> $W<$t> {
                $Trait::$op(*self, *other)
            }
        }

        impl $Assign<$Rhs> for $W<$t> {
            #[inline]
            #[track_caller]
            fn $op_assign(&mut self, other: $Rhs) {
                *self = $Trait::$op(*self, other);
            }
        }

        impl<'a> $Assign<&'a $Rhs> for $W<$t> {
            #[inline]
            #[track_caller]
            fn $op_assign(&mut self, other: &'a $Rhs) {
                *self = $Trait::$op(*self, *other);
            }
        }
    };
}

/// `$W<$t> op $W<$t>`, and the compound assignments taking a bare `$t`.
macro_rules! wrapper_op {
    ($W:ident $t:ident, $Trait:ident $op:ident, $Assign:ident $op_assign:ident, |$a:ident, $b:ident| $e:expr) => {
        wrapper_binop!($W $t, $Trait $op, $Assign $op_assign, $W<$t>, |$a, rhs| { let $b = rhs.0; $e });

        impl $Assign<$t> for $W<$t> {
            #[inline]
            #[track_caller]
            fn $op_assign(&mut self, other: $t) {
                *self = $Trait::$op(*self, $W(other));
            }
        }

        impl<'a> $Assign<&'a $t> for $W<$t> {
            #[inline]
            #[track_caller]
            fn $op_assign(&mut self, other: &'a $t) {
                *self = $Trait::$op(*self, $W(*other));
            }
        }
    };
}

/// A unary operator with its form on a reference.
macro_rules! wrapper_unop {
    ($W:ident $t:ident, $Trait:ident $op:ident, |$a:ident| $e:expr) => {
        impl $Trait for $W<$t> {
            type Output = $W<$t>;

            #[inline]
            fn $op(self) -> $W<$t> {
                let $a = self.0;
                $W($e)
            }
        }

        impl<'a> $Trait for &'a $W<$t> {
            type Output = $W<$t>;

            #[inline]
            fn $op(self) -> $W<$t> {
                $Trait::$op(*self)
            }
        }
    };
}

/// The operators both wrappers share: the bitwise ones, and `Not`.
macro_rules! wrapper_bitops {
    ($W:ident $t:ident) => {
        wrapper_op!($W $t, BitAnd bitand, BitAndAssign bitand_assign, |a, b| a & b);
        wrapper_op!($W $t, BitOr bitor, BitOrAssign bitor_assign, |a, b| a | b);
        wrapper_op!($W $t, BitXor bitxor, BitXorAssign bitxor_assign, |a, b| a ^ b);
        wrapper_unop!($W $t, Not not, |a| !a);
    };
}

/// `Sum` and `Product` of wrapped values, starting from 0 and 1.
macro_rules! wrapper_sum_product {
    ($W:ident $t:ident) => {
        impl Sum for $W<$t> {
            fn sum<I: Iterator<Item = $W<$t>>>(iter: I) -> $W<$t> {
                iter.fold($W(0), |a, b| a + b)
            }
        }

        impl<'a> Sum<&'a $W<$t>> for $W<$t> {
            fn sum<I: Iterator<Item = &'a $W<$t>>>(iter: I) -> $W<$t> {
                iter.fold($W(0), |a, b| a + *b)
            }
        }

        impl Product for $W<$t> {
            fn product<I: Iterator<Item = $W<$t>>>(iter: I) -> $W<$t> {
                iter.fold($W(1), |a, b| a * b)
            }
        }

        impl<'a> Product<&'a $W<$t>> for $W<$t> {
            fn product<I: Iterator<Item = &'a $W<$t>>>(iter: I) -> $W<$t> {
                iter.fold($W(1), |a, b| a * *b)
            }
        }
    };
}

macro_rules! wrapping_int {
    ($($t:ident)*) => {
        $(
            wrapper_op!(Wrapping $t, Add add, AddAssign add_assign, |a, b| a.wrapping_add(b));
            wrapper_op!(Wrapping $t, Sub sub, SubAssign sub_assign, |a, b| a.wrapping_sub(b));
            wrapper_op!(Wrapping $t, Mul mul, MulAssign mul_assign, |a, b| a.wrapping_mul(b));
            wrapper_op!(Wrapping $t, Div div, DivAssign div_assign, |a, b| a.wrapping_div(b));
            wrapper_op!(Wrapping $t, Rem rem, RemAssign rem_assign, |a, b| a.wrapping_rem(b));
            wrapper_binop!(Wrapping $t, Shl shl, ShlAssign shl_assign, usize,
                |a, b| a.wrapping_shl(b as u32));
            wrapper_binop!(Wrapping $t, Shr shr, ShrAssign shr_assign, usize,
                |a, b| a.wrapping_shr(b as u32));
            wrapper_unop!(Wrapping $t, Neg neg, |a| a.wrapping_neg());
            wrapper_bitops!(Wrapping $t);
            wrapper_sum_product!(Wrapping $t);
        )*
    };
}

wrapping_int! { u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }

macro_rules! saturating_int {
    ($($t:ident)*) => {
        $(
            wrapper_op!(Saturating $t, Add add, AddAssign add_assign, |a, b| a.saturating_add(b));
            wrapper_op!(Saturating $t, Sub sub, SubAssign sub_assign, |a, b| a.saturating_sub(b));
            wrapper_op!(Saturating $t, Mul mul, MulAssign mul_assign, |a, b| a.saturating_mul(b));
            wrapper_op!(Saturating $t, Div div, DivAssign div_assign, |a, b| a.saturating_div(b));
            wrapper_op!(Saturating $t, Rem rem, RemAssign rem_assign, |a, b| a % b);
            wrapper_bitops!(Saturating $t);
        )*
    };
}

saturating_int! { u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }

macro_rules! saturating_signed {
    ($($t:ident)*) => {
        $(
            wrapper_unop!(Saturating $t, Neg neg, |a| a.saturating_neg());
        )*
    };
}

saturating_signed! { i8 i16 i32 i64 i128 isize }

macro_rules! saturating_unsigned {
    ($($t:ident)*) => {
        $(
            wrapper_sum_product!(Saturating $t);
        )*
    };
}

saturating_unsigned! { u8 u16 u32 u64 u128 usize }
