//! Ferrite's `std`: the standard library as user programs see it. It re-exports `core` and adds
//! what needs the machine: printing, process exit, and `alloc`'s collections.

#![no_std]
#![allow(internal_features)]

#[macro_use]
mod macros;

pub mod alloc;
pub mod collections;
pub mod env;
pub mod ffi;
pub mod hash;
pub mod io;
pub mod panic;
mod panicking;
pub mod path;
pub mod process;
mod rt;
pub mod sync;
pub mod thread;
pub mod prelude;
pub mod time;

// `alloc` names std's own module at the root; `::alloc` is the crate.
pub use ::alloc::{borrow, boxed, fmt, format, rc, slice, str, string, vec};

pub use core::{any, array, cell, char, clone, cmp, convert, default, error, f32, f64, hint, intrinsics, iter, marker, mem, num, ops, option, pin, ptr, result};
// std's `panic!` (macros.rs) forwards to core's.
#[doc(hidden)]
pub use core::panic as __core_panic;

pub use core::{i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize};
pub use core::{assert, assert_eq, assert_ne, cfg, column, compile_error, concat, const_format_args, debug_assert, debug_assert_eq, debug_assert_ne, env, file, format_args, format_args_nl, include_bytes, include_str, line, matches, module_path, option_env, stringify, todo, unimplemented, unreachable, write, writeln};
