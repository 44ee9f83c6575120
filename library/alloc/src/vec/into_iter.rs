//! `vec::IntoIter`: the by-value iterator of a `Vec`, which owns the buffer.

use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use core::option::Option::{self, None, Some};
use core::ptr;
use core::slice;

use super::Vec;
use crate::raw_vec::RawVec;

/// The by-value iterator of a `Vec`: the elements not yielded yet are the slots `start..end` of
/// the buffer.
pub struct IntoIter<T> {
    buf: RawVec<T>,
    start: usize,
    end: usize,
}

impl<T> IntoIter<T> {
    /// # Safety
    /// The first `len` slots of `buf` are initialised and owned by the iterator from now on.
    pub(super) unsafe fn new(buf: RawVec<T>, len: usize) -> IntoIter<T> {
        IntoIter { buf, start: 0, end: len }
    }

    /// The elements not yielded yet.
    pub fn as_slice(&self) -> &[T] {
        unsafe { slice::from_raw_parts(self.buf.ptr().add(self.start) as *const T, self.end - self.start) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        unsafe { slice::from_raw_parts_mut(self.buf.ptr().add(self.start), self.end - self.start) }
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        let i = self.start;
        self.start += 1;
        unsafe { Some(ptr::read(self.buf.ptr().add(i))) }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }

    #[inline]
    fn count(self) -> usize {
        self.end - self.start
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        self.end -= 1;
        unsafe { Some(ptr::read(self.buf.ptr().add(self.end))) }
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> FusedIterator for IntoIter<T> {}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> IntoIter<T> {
        self.as_slice().to_vec().into_iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}

impl<T> Default for IntoIter<T> {
    fn default() -> IntoIter<T> {
        Vec::new().into_iter()
    }
}

impl<T> Drop for IntoIter<T> {
    /// Drops the elements not yielded; the `RawVec` then frees the buffer.
    fn drop(&mut self) {
        unsafe { ptr::drop_in_place(self.as_mut_slice() as *mut [T]) };
    }
}
