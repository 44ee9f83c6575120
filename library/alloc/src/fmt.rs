//! `core::fmt` and what formatting into a `String` adds to it.

pub use core::fmt::*;
pub use crate::string::format;
