//! Slices: the inherent methods of `[T]`, their iterators and raw construction.

use crate::clone::Clone;
use crate::cmp::PartialEq;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::marker::PhantomData;
use crate::option::Option::{self, None, Some};

/// Forms a slice from a pointer and a length.
#[inline]
pub const unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T] {
    crate::intrinsics::transmute::<(*const T, usize), &'a [T]>((data, len))
}

/// Forms a mutable slice from a pointer and a length.
#[inline]
pub unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T] {
    crate::intrinsics::transmute::<(*mut T, usize), &'a mut [T]>((data, len))
}

impl<T> [T] {
    /// The number of elements in the slice.
    #[inline]
    pub const fn len(&self) -> usize {
        unsafe { crate::intrinsics::transmute::<&[T], (*const T, usize)>(self).1 }
    }

    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub const fn as_ptr(&self) -> *const T {
        self as *const [T] as *const T
    }

    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut [T] as *mut T
    }

    /// An iterator over the elements.
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { slice: self, front: 0, back: self.len() }
    }

    /// An iterator over mutable references to the elements.
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let len = self.len();
        IterMut { ptr: self.as_mut_ptr(), front: 0, back: len, _marker: PhantomData }
    }

    pub fn first(&self) -> Option<&T> {
        if self.is_empty() { None } else { Some(&self[0]) }
    }

    pub fn last(&self) -> Option<&T> {
        if self.is_empty() { None } else { Some(&self[self.len() - 1]) }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len() { Some(&self[index]) } else { None }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len() { Some(&mut self[index]) } else { None }
    }

    pub fn swap(&mut self, a: usize, b: usize) {
        let pa: *mut T = &mut self[a];
        let pb: *mut T = &mut self[b];
        unsafe {
            let tmp = crate::ptr::read(pa);
            crate::ptr::write(pa, crate::ptr::read(pb));
            crate::ptr::write(pb, tmp);
        }
    }

    pub fn reverse(&mut self) {
        let n = self.len();
        let mut i = 0;
        while i < n / 2 {
            self.swap(i, n - 1 - i);
            i += 1;
        }
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        for y in self.iter() {
            if *y == *x {
                return true;
            }
        }
        false
    }
}

/// The iterator of `[T]::iter`.
pub struct Iter<'a, T> {
    slice: &'a [T],
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            let i = self.front;
            self.front += 1;
            Some(&self.slice[i])
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front < self.back {
            self.back -= 1;
            Some(&self.slice[self.back])
        } else {
            None
        }
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { slice: self.slice, front: self.front, back: self.back }
    }
}

/// The iterator of `[T]::iter_mut`.
pub struct IterMut<'a, T> {
    ptr: *mut T,
    front: usize,
    back: usize,
    _marker: PhantomData<&'a mut T>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            let i = self.front;
            self.front += 1;
            unsafe { Some(&mut *self.ptr.add(i)) }
        } else {
            None
        }
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.front < self.back {
            self.back -= 1;
            unsafe { Some(&mut *self.ptr.add(self.back)) }
        } else {
            None
        }
    }
}

impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

// ---- indexing by ranges ----

use crate::ops::{Index, IndexMut, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};

#[track_caller]
fn check_range(start: usize, end: usize, len: usize) {
    if start > end {
        panic!("slice index starts at {} but ends at {}", start, end);
    }
    if end > len {
        if start > len && end == start {
            panic!("range start index {} out of range for slice of length {}", start, len);
        }
        panic!("range end index {} out of range for slice of length {}", end, len);
    }
}

macro_rules! slice_range_index {
    ($($R:ty => |$r:ident, $len:ident| ($start:expr, $end:expr);)*) => {
        $(
            impl<T> Index<$R> for [T] {
                type Output = [T];

                #[track_caller]
                fn index(&self, $r: $R) -> &[T] {
                    let $len = self.len();
                    let (start, end) = ($start, $end);
                    check_range(start, end, $len);
                    unsafe { from_raw_parts(self.as_ptr().add(start), end - start) }
                }
            }

            impl<T> IndexMut<$R> for [T] {
                #[track_caller]
                fn index_mut(&mut self, $r: $R) -> &mut [T] {
                    let $len = self.len();
                    let (start, end) = ($start, $end);
                    check_range(start, end, $len);
                    unsafe { from_raw_parts_mut(self.as_mut_ptr().add(start), end - start) }
                }
            }
        )*
    };
}

slice_range_index! {
    Range<usize> => |r, len| (r.start, r.end);
    RangeFrom<usize> => |r, len| (r.start, len);
    RangeTo<usize> => |r, len| (0, r.end);
    RangeFull => |r, len| (0, len);
    RangeInclusive<usize> => |r, len| (*r.start(), *r.end() + 1);
    RangeToInclusive<usize> => |r, len| (0, r.end + 1);
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
