//! Ferrite's `alloc`: the collections and owned types that need a heap (`Vec`, `String`,
//! `ToOwned`, `format!`), over the allocation intrinsics of `core`. `std` re-exports all of it.

#![no_std]
#![allow(internal_features)]

#[macro_use]
mod macros;

pub mod alloc;
pub mod borrow;
pub mod boxed;
pub mod collections;
pub mod ffi;
pub mod fmt;
pub mod rc;
pub mod slice;
pub mod str;
pub mod string;
pub mod sync;
mod raw_vec;
mod unwind_safe;
pub mod vec;

// FIXME: real alloc names this `$crate::__export::format_args!`; the expander resolves macro paths
// only at a crate's root so far.
#[doc(hidden)]
pub use core::format_args as __export_format_args;
