//! Memory allocation: `Layout`, and what happens when the allocator fails.
//!
//! FIXME: `System`, `GlobalAlloc` and the `alloc`/`dealloc` functions are still missing.

pub use ::alloc::alloc::handle_alloc_error;
pub use core::alloc::*;
