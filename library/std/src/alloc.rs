//! Memory allocation: `std::alloc::{alloc, dealloc, Layout, GlobalAlloc, System, ..}`.
//!
//! FIXME: `#[global_allocator]` is accepted but not used: `Box`, `Vec` and the other
//! collections always allocate through the backend's intrinsics, which `System` uses too.

pub use alloc::alloc::*;

/// The operating system's allocator (here the backend's, which every allocation uses).
#[derive(Debug, Default, Copy, Clone)]
pub struct System;

unsafe impl GlobalAlloc for System {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { alloc::alloc::alloc(layout) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe { alloc::alloc::alloc_zeroed(layout) }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { alloc::alloc::dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { alloc::alloc::realloc(ptr, layout, new_size) }
    }
}
