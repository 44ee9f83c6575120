//! Indexing slices: `SliceIndex` (what `get`, `get_mut`, `get_unchecked` and `[T]::index` take)
//! and the `Index`/`IndexMut` impls of `[T]` and `[T; N]`.

use super::{from_raw_parts, from_raw_parts_mut};
use crate::ops::{Index, IndexMut, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::option::Option::{self, None, Some};

mod private {
    /// Seals `SliceIndex`: only core's index types implement it.
    pub trait Sealed {}
}

/// A type that can index a slice or a string: `usize` for one element of a slice, the range
/// types for a subslice or substring.
pub trait SliceIndex<T: ?Sized>: private::Sealed {
    /// What indexing yields: `T`'s element for `usize`, a subslice or substring for a range.
    type Output: ?Sized;

    /// A shared reference to the output, or `None` if out of bounds.
    fn get(self, slice: &T) -> Option<&Self::Output>;

    /// A mutable reference to the output, or `None` if out of bounds.
    fn get_mut(self, slice: &mut T) -> Option<&mut Self::Output>;

    /// A pointer to the output, without bounds checks.
    unsafe fn get_unchecked(self, slice: *const T) -> *const Self::Output;

    /// A mutable pointer to the output, without bounds checks.
    unsafe fn get_unchecked_mut(self, slice: *mut T) -> *mut Self::Output;

    /// A shared reference to the output; panics if out of bounds.
    #[track_caller]
    fn index(self, slice: &T) -> &Self::Output;

    /// A mutable reference to the output; panics if out of bounds.
    #[track_caller]
    fn index_mut(self, slice: &mut T) -> &mut Self::Output;
}

/// The data pointer and length of a raw slice pointer.
#[inline]
pub(crate) fn raw_parts<T>(p: *const [T]) -> (*const T, usize) {
    unsafe { crate::intrinsics::transmute::<*const [T], (*const T, usize)>(p) }
}

/// A raw slice pointer from its data pointer and length.
#[inline]
pub(crate) fn raw_slice<T>(data: *const T, len: usize) -> *const [T] {
    unsafe { crate::intrinsics::transmute::<(*const T, usize), *const [T]>((data, len)) }
}

/// A mutable raw slice pointer from its data pointer and length.
#[inline]
pub(crate) fn raw_slice_mut<T>(data: *mut T, len: usize) -> *mut [T] {
    unsafe { crate::intrinsics::transmute::<(*mut T, usize), *mut [T]>((data, len)) }
}

impl private::Sealed for usize {}
impl private::Sealed for Range<usize> {}
impl private::Sealed for RangeFrom<usize> {}
impl private::Sealed for RangeTo<usize> {}
impl private::Sealed for RangeFull {}
impl private::Sealed for RangeInclusive<usize> {}
impl private::Sealed for RangeToInclusive<usize> {}

impl<T> SliceIndex<[T]> for usize {
    type Output = T;

    #[inline]
    fn get(self, slice: &[T]) -> Option<&T> {
        if self < slice.len() { unsafe { Some(&*slice.as_ptr().add(self)) } } else { None }
    }

    #[inline]
    fn get_mut(self, slice: &mut [T]) -> Option<&mut T> {
        if self < slice.len() { unsafe { Some(&mut *slice.as_mut_ptr().add(self)) } } else { None }
    }

    #[inline]
    unsafe fn get_unchecked(self, slice: *const [T]) -> *const T {
        raw_parts(slice).0.add(self)
    }

    #[inline]
    unsafe fn get_unchecked_mut(self, slice: *mut [T]) -> *mut T {
        (raw_parts(slice as *const [T]).0 as *mut T).add(self)
    }

    #[inline]
    #[track_caller]
    fn index(self, slice: &[T]) -> &T {
        &slice[self]
    }

    #[inline]
    #[track_caller]
    fn index_mut(self, slice: &mut [T]) -> &mut T {
        &mut slice[self]
    }
}

/// Panics as std does when `start..end` does not fit a slice of length `len`: a start beyond
/// the end of the slice first, then an end beyond it, then a start after the end.
#[track_caller]
fn check_range(start: usize, end: usize, len: usize) {
    if start > len {
        panic!("range start index {} out of range for slice of length {}", start, len);
    }
    if end > len {
        panic!("range end index {} out of range for slice of length {}", end, len);
    }
    if start > end {
        panic!("slice index starts at {} but ends at {}", start, end);
    }
}

/// `check_range` for `start..=end`: an end at or beyond the length is reported as written.
#[track_caller]
fn check_range_inclusive(start: usize, end: usize, len: usize) -> (usize, usize) {
    if start > len {
        panic!("range start index {} out of range for slice of length {}", start, len);
    }
    if end >= len {
        panic!("range end index {} out of range for slice of length {}", end, len);
    }
    check_range(start, end + 1, len);
    (start, end + 1)
}

/// The bounds of the range types as `start..end`, for slices and strings.
pub(crate) trait IntoBounds {
    /// `start..end`, or `None` when an inclusive end is `usize::MAX` (no slice reaches it).
    fn bounds(&self, len: usize) -> Option<(usize, usize)>;

    /// `start..end`, panicking as std does when the range does not fit a slice of length `len`.
    #[track_caller]
    fn checked_bounds(&self, len: usize) -> (usize, usize);
}

impl IntoBounds for Range<usize> {
    #[inline]
    fn bounds(&self, _len: usize) -> Option<(usize, usize)> {
        Some((self.start, self.end))
    }

    #[inline]
    #[track_caller]
    fn checked_bounds(&self, len: usize) -> (usize, usize) {
        check_range(self.start, self.end, len);
        (self.start, self.end)
    }
}

impl IntoBounds for RangeFrom<usize> {
    #[inline]
    fn bounds(&self, len: usize) -> Option<(usize, usize)> {
        Some((self.start, len))
    }

    #[inline]
    #[track_caller]
    fn checked_bounds(&self, len: usize) -> (usize, usize) {
        check_range(self.start, len, len);
        (self.start, len)
    }
}

impl IntoBounds for RangeTo<usize> {
    #[inline]
    fn bounds(&self, _len: usize) -> Option<(usize, usize)> {
        Some((0, self.end))
    }

    #[inline]
    #[track_caller]
    fn checked_bounds(&self, len: usize) -> (usize, usize) {
        check_range(0, self.end, len);
        (0, self.end)
    }
}

impl IntoBounds for RangeFull {
    #[inline]
    fn bounds(&self, len: usize) -> Option<(usize, usize)> {
        Some((0, len))
    }

    #[inline]
    fn checked_bounds(&self, len: usize) -> (usize, usize) {
        (0, len)
    }
}

impl IntoBounds for RangeInclusive<usize> {
    #[inline]
    fn bounds(&self, _len: usize) -> Option<(usize, usize)> {
        if self.end == usize::MAX {
            None
        } else if self.exhausted {
            // an iterated-out range selects nothing, just past its end
            Some((self.end + 1, self.end + 1))
        } else {
            Some((self.start, self.end + 1))
        }
    }

    #[track_caller]
    fn checked_bounds(&self, len: usize) -> (usize, usize) {
        let start = if self.exhausted && self.end < usize::MAX { self.end + 1 } else { self.start };
        check_range_inclusive(start, self.end, len)
    }
}

impl IntoBounds for RangeToInclusive<usize> {
    #[inline]
    fn bounds(&self, _len: usize) -> Option<(usize, usize)> {
        if self.end == usize::MAX { None } else { Some((0, self.end + 1)) }
    }

    #[track_caller]
    fn checked_bounds(&self, len: usize) -> (usize, usize) {
        check_range_inclusive(0, self.end, len)
    }
}

macro_rules! slice_range_index {
    ($($R:ty),*) => {
        $(
            impl<T> SliceIndex<[T]> for $R {
                type Output = [T];

                #[inline]
                fn get(self, slice: &[T]) -> Option<&[T]> {
                    match self.bounds(slice.len()) {
                        Some((start, end)) if start <= end && end <= slice.len() => unsafe {
                            Some(from_raw_parts(slice.as_ptr().add(start), end - start))
                        },
                        _ => None,
                    }
                }

                #[inline]
                fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
                    match self.bounds(slice.len()) {
                        Some((start, end)) if start <= end && end <= slice.len() => unsafe {
                            Some(from_raw_parts_mut(slice.as_mut_ptr().add(start), end - start))
                        },
                        _ => None,
                    }
                }

                #[inline]
                unsafe fn get_unchecked(self, slice: *const [T]) -> *const [T] {
                    let (data, len) = raw_parts(slice);
                    match self.bounds(len) {
                        Some((start, end)) => raw_slice(data.add(start), end - start),
                        None => raw_slice(data, 0),
                    }
                }

                #[inline]
                unsafe fn get_unchecked_mut(self, slice: *mut [T]) -> *mut [T] {
                    let (data, len) = raw_parts(slice as *const [T]);
                    match self.bounds(len) {
                        Some((start, end)) => raw_slice_mut((data as *mut T).add(start), end - start),
                        None => raw_slice_mut(data as *mut T, 0),
                    }
                }

                #[inline]
                #[track_caller]
                fn index(self, slice: &[T]) -> &[T] {
                    let (start, end) = self.checked_bounds(slice.len());
                    unsafe { from_raw_parts(slice.as_ptr().add(start), end - start) }
                }

                #[inline]
                #[track_caller]
                fn index_mut(self, slice: &mut [T]) -> &mut [T] {
                    let (start, end) = self.checked_bounds(slice.len());
                    unsafe { from_raw_parts_mut(slice.as_mut_ptr().add(start), end - start) }
                }
            }

            impl<T> Index<$R> for [T] {
                type Output = [T];

                #[inline]
                #[track_caller]
                fn index(&self, index: $R) -> &[T] {
                    SliceIndex::index(index, self)
                }
            }

            impl<T> IndexMut<$R> for [T] {
                #[inline]
                #[track_caller]
                fn index_mut(&mut self, index: $R) -> &mut [T] {
                    SliceIndex::index_mut(index, self)
                }
            }
        )*
    };
}

slice_range_index!(
    Range<usize>,
    RangeFrom<usize>,
    RangeTo<usize>,
    RangeFull,
    RangeInclusive<usize>,
    RangeToInclusive<usize>
);

// `v[i]` on a slice is the builtin operation; this impl is what generic code (`Vec<T>: Index<I>`
// through `[T]: Index<I>`) calls, and it reports a bad index at its caller, as rustc does.
impl<T> Index<usize> for [T] {
    type Output = T;

    #[track_caller]
    fn index(&self, index: usize) -> &T {
        &self[index]
    }
}

impl<T> IndexMut<usize> for [T] {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        &mut self[index]
    }
}

impl<T, I, const N: usize> Index<I> for [T; N]
where
    [T]: Index<I>,
{
    type Output = <[T] as Index<I>>::Output;

    #[track_caller]
    fn index(&self, index: I) -> &Self::Output {
        let s: &[T] = self;
        Index::index(s, index)
    }
}

impl<T, I, const N: usize> IndexMut<I> for [T; N]
where
    [T]: IndexMut<I>,
{
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut Self::Output {
        let s: &mut [T] = self;
        IndexMut::index_mut(s, index)
    }
}
