//! Memory allocation: `Layout` from `core`, and what happens when the allocator fails.

pub use core::alloc::*;

/// Reports that allocating memory of `layout` failed and aborts the process, as std's default
/// allocation error hook does.
pub fn handle_alloc_error(layout: Layout) -> ! {
    let message = format!("memory allocation of {} bytes failed\n", layout.size());
    unsafe {
        core::intrinsics::ferrite_write(2, message.as_ptr(), message.len());
        core::intrinsics::abort()
    }
}
