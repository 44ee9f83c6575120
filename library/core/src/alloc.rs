//! Memory allocation APIs: `Layout` (the size and alignment of a block of memory) and the
//! `GlobalAlloc` trait of allocators.

use crate::cmp::{Eq, PartialEq};
use crate::error::Error;
use crate::fmt;
use crate::hash::Hash;
use crate::mem;
use crate::ptr::{self, NonNull};

/// The size and alignment of a block of memory: what an allocator is asked for. The alignment is
/// a power of two, and the size rounded up to it does not exceed `isize::MAX`.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct Layout {
    size: usize,
    align: usize,
}

/// The largest size a layout with alignment `align` may have.
#[inline]
const fn max_size_for_align(align: usize) -> usize {
    isize::MAX as usize - (align - 1)
}

impl Layout {
    /// A layout of `size` bytes aligned to `align`, if `align` is a power of two and the size
    /// rounded up to it fits in `isize`.
    #[inline]
    pub const fn from_size_align(size: usize, align: usize) -> Result<Layout, LayoutError> {
        if !align.is_power_of_two() || size > max_size_for_align(align) {
            return Err(LayoutError);
        }
        Ok(Layout { size, align })
    }

    /// A layout without the checks of `from_size_align`, which the caller promises hold.
    #[inline]
    pub const unsafe fn from_size_align_unchecked(size: usize, align: usize) -> Layout {
        Layout { size, align }
    }

    #[inline]
    pub const fn size(&self) -> usize {
        self.size
    }

    #[inline]
    pub const fn align(&self) -> usize {
        self.align
    }

    /// The layout of a `T`.
    #[inline]
    pub const fn new<T>() -> Layout {
        Layout { size: mem::size_of::<T>(), align: mem::align_of::<T>() }
    }

    /// The layout of the value `t` refers to (for slices and trait objects, from the metadata).
    #[inline]
    pub fn for_value<T: ?Sized>(t: &T) -> Layout {
        Layout { size: mem::size_of_val(t), align: mem::align_of_val(t) }
    }

    /// The layout of the value `t` points at.
    #[inline]
    pub unsafe fn for_value_raw<T: ?Sized>(t: *const T) -> Layout {
        unsafe { Layout { size: mem::size_of_val_raw(t), align: mem::align_of_val_raw(t) } }
    }

    /// A non-null pointer aligned for this layout (to stand for a zero-sized allocation).
    #[inline]
    pub const fn dangling(&self) -> NonNull<u8> {
        unsafe { NonNull::new_unchecked(ptr::without_provenance_mut::<u8>(self.align)) }
    }

    /// This layout with at least alignment `align`.
    #[inline]
    pub fn align_to(&self, align: usize) -> Result<Layout, LayoutError> {
        Layout::from_size_align(self.size, if align > self.align { align } else { self.align })
    }

    /// How many bytes of padding after this layout make the next address a multiple of `align`.
    #[inline]
    pub const fn padding_needed_for(&self, align: usize) -> usize {
        if !align.is_power_of_two() {
            return usize::MAX;
        }
        let rounded = (self.size.wrapping_add(align).wrapping_sub(1)) & !(align.wrapping_sub(1));
        rounded.wrapping_sub(self.size)
    }

    /// This layout with its size rounded up to a multiple of its alignment (the stride of an
    /// array of it).
    #[inline]
    pub const fn pad_to_align(&self) -> Layout {
        let new_size = (self.size + self.align - 1) & !(self.align - 1);
        Layout { size: new_size, align: self.align }
    }

    /// The layout of `n` of these one after another (padded to the alignment between them, not
    /// after the last), and the distance between them.
    #[inline]
    pub fn repeat(&self, n: usize) -> Result<(Layout, usize), LayoutError> {
        let padded = self.pad_to_align();
        let all = if n == 0 {
            self.repeat_packed(0)
        } else {
            match padded.repeat_packed(n - 1) {
                Ok(l) => l.extend_packed(*self),
                Err(e) => Err(e),
            }
        };
        match all {
            Ok(l) => Ok((l, padded.size)),
            Err(e) => Err(e),
        }
    }

    /// `n` of these with no padding between them.
    #[inline]
    pub fn repeat_packed(&self, n: usize) -> Result<Layout, LayoutError> {
        match self.size.checked_mul(n) {
            Some(size) => Layout::from_size_align(size, self.align),
            None => Err(LayoutError),
        }
    }

    /// This followed directly by `next` (whose alignment is not taken into account).
    #[inline]
    pub fn extend_packed(&self, next: Layout) -> Result<Layout, LayoutError> {
        match self.size.checked_add(next.size) {
            Some(size) => Layout::from_size_align(size, self.align),
            None => Err(LayoutError),
        }
    }

    /// The layout of this followed by `next` (as a `repr(C)` struct lays out two fields), and
    /// the offset of `next` in it. The result is not padded at the end (`pad_to_align` does).
    #[inline]
    pub fn extend(&self, next: Layout) -> Result<(Layout, usize), LayoutError> {
        let new_align = if next.align > self.align { next.align } else { self.align };
        let offset = match self.size.checked_add(self.padding_needed_for(next.align)) {
            Some(o) => o,
            None => return Err(LayoutError),
        };
        let new_size = match offset.checked_add(next.size) {
            Some(s) => s,
            None => return Err(LayoutError),
        };
        match Layout::from_size_align(new_size, new_align) {
            Ok(l) => Ok((l, offset)),
            Err(e) => Err(e),
        }
    }

    /// The layout of `[T; n]`.
    #[inline]
    pub const fn array<T>(n: usize) -> Result<Layout, LayoutError> {
        let size = mem::size_of::<T>();
        let align = mem::align_of::<T>();
        if size != 0 && n > max_size_for_align(align) / size {
            return Err(LayoutError);
        }
        Ok(Layout { size: size * n, align })
    }
}

impl fmt::Debug for Layout {
    /// `Layout { size: 24, align: 8 (1 << 3) }`, as std shows the alignment.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Layout")
            .field("size", &self.size)
            .field("align", &format_args!("{:?} (1 << {:?})", self.align, self.align.trailing_zeros()))
            .finish()
    }
}

/// The parameters given to a `Layout` constructor break its rules.
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct LayoutError;

/// The former name of `LayoutError`.
pub type LayoutErr = LayoutError;

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid parameters to Layout::from_size_align")
    }
}

impl Error for LayoutError {}

/// An allocation failed (the allocator could not give the memory asked for).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct AllocError;

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("memory allocation failed")
    }
}

impl Error for AllocError {}

/// A memory allocator that can be registered as the program's global allocator.
pub unsafe trait GlobalAlloc {
    /// A block of memory for `layout` (non-zero size), or null if there is none.
    unsafe fn alloc(&self, layout: Layout) -> *mut u8;

    /// Frees a block that `alloc` gave for `layout`.
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout);

    /// Like `alloc`, with the memory zeroed.
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { self.alloc(layout) };
        if !p.is_null() {
            unsafe { ptr::write_bytes(p, 0, layout.size()) };
        }
        p
    }

    /// Resizes a block to `new_size` bytes (same alignment), moving it if needed; null (and the
    /// old block kept) if there is no memory.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let new_ptr = unsafe { self.alloc(new_layout) };
        if !new_ptr.is_null() {
            let n = if layout.size() < new_size { layout.size() } else { new_size };
            unsafe {
                ptr::copy_nonoverlapping(ptr, new_ptr, n);
                self.dealloc(ptr, layout);
            }
        }
        new_ptr
    }
}
