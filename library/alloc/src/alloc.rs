//! Memory allocation: the global allocator's functions, over the backend's allocation
//! intrinsics (which `Box`, `Vec` and the other collections use too).

pub use core::alloc::*;

/// A block of memory for `layout` (of non-zero size; the contents are uninitialised), or null.
#[inline]
pub unsafe fn alloc(layout: Layout) -> *mut u8 {
    unsafe { core::intrinsics::ferrite_alloc(layout.size(), layout.align()) }
}

/// Like `alloc`, with the memory zeroed.
#[inline]
pub unsafe fn alloc_zeroed(layout: Layout) -> *mut u8 {
    let p = unsafe { alloc(layout) };
    if !p.is_null() {
        unsafe { core::ptr::write_bytes(p, 0, layout.size()) };
    }
    p
}

/// Frees a block `alloc` gave for `layout`.
#[inline]
pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) {
    unsafe { core::intrinsics::ferrite_dealloc(ptr, layout.size(), layout.align()) }
}

/// Resizes a block to `new_size` bytes with the same alignment (the contents up to the smaller
/// size are kept; the block may move).
#[inline]
pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
    unsafe { core::intrinsics::ferrite_realloc(ptr, layout.size(), layout.align(), new_size) }
}

/// What to do when an allocation fails: std prints `memory allocation of N bytes failed` and
/// aborts.
#[cold]
pub fn handle_alloc_error(layout: Layout) -> ! {
    let mut s = crate::string::String::new();
    let _ = core::fmt::Write::write_fmt(&mut s, format_args!("memory allocation of {} bytes failed\n", layout.size()));
    unsafe {
        core::intrinsics::ferrite_write(2, s.as_ptr(), s.len());
    }
    core::intrinsics::abort()
}
