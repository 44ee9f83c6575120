//! Conversions between the primitive number types: `From` where every value converts exactly
//! (the pairs std has, which do not depend on the pointer width beyond 16 bits), `TryFrom` with
//! `TryFromIntError` for every other pair of integer types.

use super::{From, TryFrom};
use crate::num::TryFromIntError;
use crate::result::Result::{self, Err, Ok};

macro_rules! impl_from {
    ($($s:ident => $($d:ident),+;)*) => {
        $(
            impl_from!(@one $s => $($d),+);
        )*
    };
    (@one $s:ident => $($d:ident),+) => {
        $(
            impl From<$s> for $d {
                #[inline(always)]
                fn from(small: $s) -> $d {
                    small as $d
                }
            }
        )+
    };
}

impl_from! {
    u8 => u16, u32, u64, u128, usize, i16, i32, i64, i128, isize;
    u16 => u32, u64, u128, usize, i32, i64, i128;
    u32 => u64, u128, i64, i128;
    u64 => u128, i128;
    i8 => i16, i32, i64, i128, isize;
    i16 => i32, i64, i128, isize;
    i32 => i64, i128;
    i64 => i128;
    bool => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize;
    char => u32, u64, u128;
    u8 => char;
    u8 => f32, f64;
    i8 => f32, f64;
    u16 => f32, f64;
    i16 => f32, f64;
    u32 => f64;
    i32 => f64;
    f32 => f64;
}

macro_rules! impl_from_bool_float {
    ($($d:ident),*) => {
        $(
            impl From<bool> for $d {
                #[inline]
                fn from(small: bool) -> $d {
                    small as u8 as $d
                }
            }
        )*
    };
}

impl_from_bool_float! { f32, f64 }

macro_rules! impl_try_from {
    ($($s:ident => $($d:ident),+;)*) => {
        $(
            impl_try_from!(@one $s => $($d),+);
        )*
    };
    (@one $s:ident => $($d:ident),+) => {
        $(
            impl TryFrom<$s> for $d {
                type Error = TryFromIntError;

                /// Exact when the value survives the round trip and keeps its sign.
                #[inline]
                fn try_from(u: $s) -> Result<$d, TryFromIntError> {
                    let d = u as $d;
                    if d as $s == u && (d < 0) == (u < 0) {
                        Ok(d)
                    } else {
                        Err(TryFromIntError(()))
                    }
                }
            }
        )+
    };
}

impl_try_from! {
    u8 => i8;
    u16 => u8, i8, i16, isize;
    u32 => u8, u16, usize, i8, i16, i32, isize;
    u64 => u8, u16, u32, usize, i8, i16, i32, i64, isize;
    u128 => u8, u16, u32, u64, usize, i8, i16, i32, i64, i128, isize;
    usize => u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, isize;
    i8 => u8, u16, u32, u64, u128, usize;
    i16 => u8, u16, u32, u64, u128, usize, i8;
    i32 => u8, u16, u32, u64, u128, usize, i8, i16, isize;
    i64 => u8, u16, u32, u64, u128, usize, i8, i16, i32, isize;
    i128 => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, isize;
    isize => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128;
}
