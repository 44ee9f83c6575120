//! Ferrite's `core`: the dependency-free foundation of the standard library, written in Rust and
//! compiled by Ferrite itself. Same paths and APIs as the real `core` where it has them.
//!
//! Lang items (`#[lang = "..."]`) tell the compiler which traits and types the language itself
//! relies on (operators, `Sized`, `Copy`, `Option` for `for` loops, ...); intrinsics are declared
//! in `intrinsics` and implemented by each backend.

#![no_core]
#![allow(internal_features)]
#![feature(no_core, lang_items, intrinsics, rustc_attrs, auto_traits, fundamental, unboxed_closures)]

#[prelude_import]
#[allow(unused)]
use prelude::rust_2021::*;

#[macro_use]
mod macros;

pub mod marker;
pub mod alloc;
pub mod any;
pub mod time;
pub mod sync;
pub mod borrow;
pub mod cell;
pub mod clone;
pub mod default;
pub mod hash;
pub mod hint;
pub mod ops;
pub mod cmp;
pub mod option;
pub mod result;
pub mod convert;
pub mod intrinsics;
pub mod mem;
pub mod ptr;
pub mod pin;
pub mod ffi;
pub mod panic;
pub mod panicking;
pub mod fmt;
pub mod str;
pub mod slice;
pub mod array;
pub mod iter;
pub mod num;

/// The modules of the integer types' constants (`core::u32::MAX`, deprecated in std but still
/// there, and used by older code as `use std::u32;`).
macro_rules! int_constants_module {
    ($($t:ident)*) => {
        $(
            pub mod $t {
                pub const MIN: $t = $t::MIN;
                pub const MAX: $t = $t::MAX;
            }
        )*
    };
}

int_constants_module! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize }
pub mod f32;
pub mod f64;
pub mod char;
pub mod error;
mod unicode;
pub mod primitive_impls;
pub mod tuple;

pub mod prelude {
    pub mod v1 {
        pub use crate::marker::{Copy, Send, Sized, Sync, Unpin};
        pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
        pub use crate::clone::Clone;
        pub use crate::default::Default;
        pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
        pub use crate::option::Option::{self, None, Some};
        pub use crate::result::Result::{self, Err, Ok};
        pub use crate::convert::{AsMut, AsRef, From, Into};
        pub use crate::mem::drop;
        pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, IntoIterator, Iterator};
    }
    pub mod rust_2015 {
        pub use super::v1::*;
    }
    pub mod rust_2018 {
        pub use super::v1::*;
    }
    pub mod rust_2021 {
        pub use super::v1::*;
        pub use crate::convert::{TryFrom, TryInto};
        pub use crate::iter::FromIterator;
    }
    pub mod rust_2024 {
        pub use super::v1::*;
        pub use crate::convert::{TryFrom, TryInto};
        pub use crate::iter::FromIterator;
        pub use crate::mem::{align_of, align_of_val, size_of, size_of_val};
    }
}
