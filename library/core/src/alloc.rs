//! Memory allocation: the `Layout` of a block of memory (its size and alignment).
//!
//! FIXME: the `GlobalAlloc` and `Allocator` traits are still missing; the collections allocate
//! through the `ferrite_alloc` intrinsics.

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::Copy;
use crate::mem;
use crate::result::Result::{self, Err, Ok};

/// The size and alignment of a block of memory. The alignment is a power of two, and the size
/// rounded up to the alignment is at most `isize::MAX`.
#[derive(Copy, Clone, PartialEq, Eq)]
pub struct Layout {
    size: usize,
    align: usize,
}

impl Layout {
    /// The layout of `size` bytes aligned to `align`, or an error if `align` is not a power of two
    /// or `size` rounded up to `align` exceeds `isize::MAX`.
    #[inline]
    pub const fn from_size_align(size: usize, align: usize) -> Result<Layout, LayoutError> {
        if !align.is_power_of_two() || size > isize::MAX as usize - (align - 1) {
            return Err(LayoutError);
        }
        Ok(Layout { size, align })
    }

    /// # Safety
    /// `align` is a power of two and `size` rounded up to it does not exceed `isize::MAX`.
    #[inline]
    pub const unsafe fn from_size_align_unchecked(size: usize, align: usize) -> Layout {
        Layout { size, align }
    }

    /// The layout of a `T`.
    #[inline]
    pub const fn new<T>() -> Layout {
        Layout { size: mem::size_of::<T>(), align: mem::align_of::<T>() }
    }

    /// The layout of the value `t` points at.
    #[inline]
    pub fn for_value<T: ?Sized>(t: &T) -> Layout {
        Layout { size: mem::size_of_val(t), align: mem::align_of_val(t) }
    }

    /// The layout of `[T; n]`, or an error if its size overflows.
    #[inline]
    pub const fn array<T>(n: usize) -> Result<Layout, LayoutError> {
        let align = mem::align_of::<T>();
        match mem::size_of::<T>().checked_mul(n) {
            Some(size) => Layout::from_size_align(size, align),
            None => Err(LayoutError),
        }
    }

    #[inline]
    pub const fn size(&self) -> usize {
        self.size
    }

    #[inline]
    pub const fn align(&self) -> usize {
        self.align
    }

    /// The layout with the same alignment and the size rounded up to a multiple of it.
    #[inline]
    pub const fn pad_to_align(&self) -> Layout {
        let size = (self.size + (self.align - 1)) & !(self.align - 1);
        Layout { size, align: self.align }
    }

    /// The same size with at least the alignment `align`.
    #[inline]
    pub const fn align_to(&self, align: usize) -> Result<Layout, LayoutError> {
        if align > self.align { Layout::from_size_align(self.size, align) } else { Ok(*self) }
    }
}

impl Hash for Layout {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.size.hash(state);
        self.align.hash(state);
    }
}

/// Prints the alignment as std's `Alignment` does: `8 (1 << 3)`.
impl fmt::Debug for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Layout").field("size", &self.size).field("align", &AlignmentDebug(self.align)).finish()
    }
}

struct AlignmentDebug(usize);

impl fmt::Debug for AlignmentDebug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} (1 << {:?})", self.0, self.0.trailing_zeros())
    }
}

/// The parameters given to `Layout::from_size_align` (or another constructor) were invalid.
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct LayoutError;

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid parameters to Layout::from_size_align")
    }
}

impl crate::error::Error for LayoutError {}
