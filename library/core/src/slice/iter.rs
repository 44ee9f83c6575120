//! The iterators of slices: by reference, in windows and chunks, and split by a predicate.

use super::{from_raw_parts, from_raw_parts_mut};
use crate::clone::Clone;
use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, IntoIterator, Iterator};
use crate::marker::PhantomData;
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};

/// The iterator of `[T]::iter`.
pub struct Iter<'a, T> {
    pub(super) slice: &'a [T],
    pub(super) front: usize,
    pub(super) back: usize,
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

impl<'a, T: fmt::Debug> fmt::Debug for Iter<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&&self.slice[self.front..self.back]).finish()
    }
}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { slice: self.slice, front: self.front, back: self.back }
    }
}

/// The iterator of `[T]::iter_mut`.
pub struct IterMut<'a, T> {
    pub(super) ptr: *mut T,
    pub(super) front: usize,
    pub(super) back: usize,
    pub(super) _marker: PhantomData<&'a mut T>,
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

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
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

impl<'a, T> ExactSizeIterator for IterMut<'a, T> {}

/// The iterator of `[T]::windows`.
pub struct Windows<'a, T> {
    pub(super) v: &'a [T],
    pub(super) size: usize,
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.size > self.v.len() {
            return None;
        }
        let w = &self.v[..self.size];
        self.v = &self.v[1..];
        Some(w)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.size > self.v.len() { 0 } else { self.v.len() - self.size + 1 };
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Windows<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if self.size > len {
            return None;
        }
        let w = &self.v[len - self.size..];
        self.v = &self.v[..len - 1];
        Some(w)
    }
}

impl<'a, T> ExactSizeIterator for Windows<'a, T> {}

/// The iterator of `[T]::chunks`.
pub struct Chunks<'a, T> {
    pub(super) v: &'a [T],
    pub(super) size: usize,
}

impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            return None;
        }
        let n = if self.v.len() < self.size { self.v.len() } else { self.size };
        let (c, rest) = self.v.split_at(n);
        self.v = rest;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.v.len() + self.size - 1) / self.size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Chunks<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let last = if len % self.size == 0 { self.size } else { len % self.size };
        let (rest, c) = self.v.split_at(len - last);
        self.v = rest;
        Some(c)
    }
}

impl<'a, T> ExactSizeIterator for Chunks<'a, T> {}

/// The iterator of `[T]::chunks_exact`.
pub struct ChunksExact<'a, T> {
    pub(super) v: &'a [T],
    pub(super) rem: &'a [T],
    pub(super) size: usize,
}

impl<'a, T> ChunksExact<'a, T> {
    /// The elements left over that make no whole chunk.
    pub fn remainder(&self) -> &'a [T] {
        self.rem
    }
}

impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.size {
            return None;
        }
        let (c, rest) = self.v.split_at(self.size);
        self.v = rest;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for ChunksExact<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len < self.size {
            return None;
        }
        let (rest, c) = self.v.split_at(len - self.size);
        self.v = rest;
        Some(c)
    }
}

impl<'a, T> ExactSizeIterator for ChunksExact<'a, T> {}

/// The iterator of `[T]::rchunks`.
pub struct RChunks<'a, T> {
    pub(super) v: &'a [T],
    pub(super) size: usize,
}

impl<'a, T> Iterator for RChunks<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let n = if len < self.size { len } else { self.size };
        let (rest, c) = self.v.split_at(len - n);
        self.v = rest;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.v.len() + self.size - 1) / self.size;
        (n, Some(n))
    }
}

impl<'a, T> ExactSizeIterator for RChunks<'a, T> {}

/// The iterator of `[T]::chunks_mut`.
pub struct ChunksMut<'a, T> {
    pub(super) ptr: *mut T,
    pub(super) len: usize,
    pub(super) size: usize,
    pub(super) _marker: PhantomData<&'a mut T>,
}

impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.len == 0 {
            return None;
        }
        let n = if self.len < self.size { self.len } else { self.size };
        let c = unsafe { from_raw_parts_mut(self.ptr, n) };
        self.ptr = unsafe { self.ptr.add(n) };
        self.len -= n;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.len + self.size - 1) / self.size;
        (n, Some(n))
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

impl<'a, T> Iter<'a, T> {
    /// The elements not yet yielded.
    #[inline]
    pub fn as_slice(&self) -> &'a [T] {
        let s: &'a [T] = self.slice;
        unsafe { from_raw_parts(s.as_ptr().add(self.front), self.back - self.front) }
    }
}

impl<'a, T> FusedIterator for Iter<'a, T> {}

impl<'a, T> crate::convert::AsRef<[T]> for Iter<'a, T> {
    #[inline]
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<'a, T> crate::default::Default for Iter<'a, T> {
    /// An iterator over an empty slice.
    fn default() -> Iter<'a, T> {
        Iter { slice: &[], front: 0, back: 0 }
    }
}

impl<'a, T> crate::default::Default for IterMut<'a, T> {
    /// An iterator over an empty slice.
    fn default() -> IterMut<'a, T> {
        IterMut { ptr: crate::ptr::dangling_mut(), front: 0, back: 0, _marker: PhantomData }
    }
}

impl<'a, T> IterMut<'a, T> {
    /// The elements not yet yielded, for the rest of the borrow.
    pub fn into_slice(self) -> &'a mut [T] {
        unsafe { from_raw_parts_mut(self.ptr.add(self.front), self.back - self.front) }
    }

    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        unsafe { from_raw_parts(self.ptr.add(self.front) as *const T, self.back - self.front) }
    }
}

impl<'a, T> FusedIterator for IterMut<'a, T> {}

impl<'a, T: fmt::Debug> fmt::Debug for IterMut<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IterMut").field(&self.as_slice()).finish()
    }
}

/// An empty mutable slice for any lifetime.
#[inline]
fn empty_mut<'a, T>() -> &'a mut [T] {
    unsafe { from_raw_parts_mut(crate::mem::align_of::<T>() as *mut T, 0) }
}

/// The slice `*v`, leaving an empty one in its place.
#[inline]
fn take_mut<'a, T>(v: &mut &'a mut [T]) -> &'a mut [T] {
    crate::mem::replace(v, empty_mut())
}

impl<'a, T> DoubleEndedIterator for RChunks<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let first = if len % self.size == 0 { self.size } else { len % self.size };
        let (c, rest) = self.v.split_at(first);
        self.v = rest;
        Some(c)
    }
}

impl<'a, T> DoubleEndedIterator for ChunksMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        if self.len == 0 {
            return None;
        }
        let last = if self.len % self.size == 0 { self.size } else { self.len % self.size };
        self.len -= last;
        Some(unsafe { from_raw_parts_mut(self.ptr.add(self.len), last) })
    }
}

impl<'a, T> ExactSizeIterator for ChunksMut<'a, T> {}

impl<'a, T> ExactSizeIterator for RChunks<'a, T> {}

/// The iterator of `[T]::chunks_exact_mut`.
pub struct ChunksExactMut<'a, T> {
    pub(super) v: &'a mut [T],
    pub(super) rem: &'a mut [T],
    pub(super) size: usize,
}

impl<'a, T> ChunksExactMut<'a, T> {
    /// The elements left over that make no whole chunk.
    pub fn into_remainder(self) -> &'a mut [T] {
        self.rem
    }
}

impl<'a, T> Iterator for ChunksExactMut<'a, T> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.len() < self.size {
            return None;
        }
        let (c, rest) = take_mut(&mut self.v).split_at_mut(self.size);
        self.v = rest;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for ChunksExactMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        let len = self.v.len();
        if len < self.size {
            return None;
        }
        let (rest, c) = take_mut(&mut self.v).split_at_mut(len - self.size);
        self.v = rest;
        Some(c)
    }
}

impl<'a, T> ExactSizeIterator for ChunksExactMut<'a, T> {}

/// The iterator of `[T]::rchunks_mut`.
pub struct RChunksMut<'a, T> {
    pub(super) v: &'a mut [T],
    pub(super) size: usize,
}

impl<'a, T> Iterator for RChunksMut<'a, T> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let n = if len < self.size { len } else { self.size };
        let (rest, c) = take_mut(&mut self.v).split_at_mut(len - n);
        self.v = rest;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.v.len() + self.size - 1) / self.size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for RChunksMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let first = if len % self.size == 0 { self.size } else { len % self.size };
        let (c, rest) = take_mut(&mut self.v).split_at_mut(first);
        self.v = rest;
        Some(c)
    }
}

impl<'a, T> ExactSizeIterator for RChunksMut<'a, T> {}

/// The iterator of `[T]::rchunks_exact`.
pub struct RChunksExact<'a, T> {
    pub(super) v: &'a [T],
    pub(super) rem: &'a [T],
    pub(super) size: usize,
}

impl<'a, T> RChunksExact<'a, T> {
    /// The elements left over at the front that make no whole chunk.
    pub fn remainder(&self) -> &'a [T] {
        self.rem
    }
}

impl<'a, T> Clone for RChunksExact<'a, T> {
    fn clone(&self) -> RChunksExact<'a, T> {
        RChunksExact { v: self.v, rem: self.rem, size: self.size }
    }
}

impl<'a, T> Iterator for RChunksExact<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len < self.size {
            return None;
        }
        let (rest, c) = self.v.split_at(len - self.size);
        self.v = rest;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for RChunksExact<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.size {
            return None;
        }
        let (c, rest) = self.v.split_at(self.size);
        self.v = rest;
        Some(c)
    }
}

impl<'a, T> ExactSizeIterator for RChunksExact<'a, T> {}

/// The iterator of `[T]::rchunks_exact_mut`.
pub struct RChunksExactMut<'a, T> {
    pub(super) v: &'a mut [T],
    pub(super) rem: &'a mut [T],
    pub(super) size: usize,
}

impl<'a, T> RChunksExactMut<'a, T> {
    /// The elements left over at the front that make no whole chunk.
    pub fn into_remainder(self) -> &'a mut [T] {
        self.rem
    }
}

impl<'a, T> Iterator for RChunksExactMut<'a, T> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        let len = self.v.len();
        if len < self.size {
            return None;
        }
        let (rest, c) = take_mut(&mut self.v).split_at_mut(len - self.size);
        self.v = rest;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for RChunksExactMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        if self.v.len() < self.size {
            return None;
        }
        let (c, rest) = take_mut(&mut self.v).split_at_mut(self.size);
        self.v = rest;
        Some(c)
    }
}

impl<'a, T> ExactSizeIterator for RChunksExactMut<'a, T> {}

impl<'a, T> Clone for Windows<'a, T> {
    fn clone(&self) -> Windows<'a, T> {
        Windows { v: self.v, size: self.size }
    }
}

impl<'a, T> Clone for Chunks<'a, T> {
    fn clone(&self) -> Chunks<'a, T> {
        Chunks { v: self.v, size: self.size }
    }
}

impl<'a, T> Clone for ChunksExact<'a, T> {
    fn clone(&self) -> ChunksExact<'a, T> {
        ChunksExact { v: self.v, rem: self.rem, size: self.size }
    }
}

impl<'a, T> Clone for RChunks<'a, T> {
    fn clone(&self) -> RChunks<'a, T> {
        RChunks { v: self.v, size: self.size }
    }
}

/// The iterator of `[T]::array_windows`: overlapping windows as arrays of `N` elements.
pub struct ArrayWindows<'a, T, const N: usize> {
    pub(super) v: &'a [T],
}

impl<'a, T, const N: usize> Clone for ArrayWindows<'a, T, N> {
    fn clone(&self) -> ArrayWindows<'a, T, N> {
        ArrayWindows { v: self.v }
    }
}

impl<'a, T, const N: usize> Iterator for ArrayWindows<'a, T, N> {
    type Item = &'a [T; N];

    fn next(&mut self) -> Option<&'a [T; N]> {
        if N > self.v.len() {
            return None;
        }
        let w = unsafe { &*(self.v.as_ptr() as *const [T; N]) };
        self.v = &self.v[1..];
        Some(w)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if N > self.v.len() { 0 } else { self.v.len() - N + 1 };
        (n, Some(n))
    }
}

impl<'a, T, const N: usize> DoubleEndedIterator for ArrayWindows<'a, T, N> {
    fn next_back(&mut self) -> Option<&'a [T; N]> {
        let len = self.v.len();
        if N > len {
            return None;
        }
        let w = unsafe { &*(self.v.as_ptr().add(len - N) as *const [T; N]) };
        self.v = &self.v[..len - 1];
        Some(w)
    }
}

impl<'a, T, const N: usize> ExactSizeIterator for ArrayWindows<'a, T, N> {}

// ---- split by a predicate ----

/// The iterator of `[T]::split`: the subslices between the elements that match.
pub struct Split<'a, T, P> {
    pub(super) v: &'a [T],
    pub(super) pred: P,
    pub(super) finished: bool,
}

impl<'a, T, P> Split<'a, T, P> {
    /// The rest of the slice as the last piece, ending the iteration.
    #[inline]
    fn finish(&mut self) -> Option<&'a [T]> {
        if self.finished {
            None
        } else {
            self.finished = true;
            Some(self.v)
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for Split<'a, T, P> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let mut i = 0;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                let piece = &self.v[..i];
                self.v = &self.v[i + 1..];
                return Some(piece);
            }
            i += 1;
        }
        self.finish()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.finished { (0, Some(0)) } else { (1, Some(self.v.len() + 1)) }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for Split<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let mut i = self.v.len();
        while i > 0 {
            i -= 1;
            if (self.pred)(&self.v[i]) {
                let piece = &self.v[i + 1..];
                self.v = &self.v[..i];
                return Some(piece);
            }
        }
        self.finish()
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for Split<'a, T, P> {}

impl<'a, T, P: Clone> Clone for Split<'a, T, P> {
    fn clone(&self) -> Split<'a, T, P> {
        Split { v: self.v, pred: self.pred.clone(), finished: self.finished }
    }
}

impl<'a, T: fmt::Debug, P> fmt::Debug for Split<'a, T, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Split").field("v", &self.v).field("finished", &self.finished).finish()
    }
}

/// The iterator of `[T]::split_inclusive`: each piece ends with the element that matched.
pub struct SplitInclusive<'a, T, P> {
    pub(super) v: &'a [T],
    pub(super) pred: P,
    pub(super) finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitInclusive<'a, T, P> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let mut end = self.v.len();
        let mut i = 0;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                end = i + 1;
                break;
            }
            i += 1;
        }
        if end == self.v.len() {
            self.finished = true;
        }
        let piece = &self.v[..end];
        self.v = &self.v[end..];
        Some(piece)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.finished { (0, Some(0)) } else { (1, Some(if self.v.is_empty() { 1 } else { self.v.len() })) }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for SplitInclusive<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        // the last element ends the last piece whether it matches or not
        let mut start = 0;
        let mut i = if self.v.is_empty() { 0 } else { self.v.len() - 1 };
        while i > 0 {
            i -= 1;
            if (self.pred)(&self.v[i]) {
                start = i + 1;
                break;
            }
        }
        if start == 0 {
            self.finished = true;
        }
        let piece = &self.v[start..];
        self.v = &self.v[..start];
        Some(piece)
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for SplitInclusive<'a, T, P> {}

/// The iterator of `[T]::rsplit`: `split` from the back.
pub struct RSplit<'a, T, P> {
    pub(super) inner: Split<'a, T, P>,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for RSplit<'a, T, P> {
    type Item = &'a [T];

    #[inline]
    fn next(&mut self) -> Option<&'a [T]> {
        self.inner.next_back()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for RSplit<'a, T, P> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a [T]> {
        self.inner.next()
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for RSplit<'a, T, P> {}

/// The iterator of `[T]::splitn`: at most `n` pieces, the last the rest of the slice.
pub struct SplitN<'a, T, P> {
    pub(super) inner: Split<'a, T, P>,
    pub(super) count: usize,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitN<'a, T, P> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.inner.finish()
            }
            _ => {
                self.count -= 1;
                self.inner.next()
            }
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for SplitN<'a, T, P> {}

/// The iterator of `[T]::rsplitn`: at most `n` pieces from the back.
pub struct RSplitN<'a, T, P> {
    pub(super) inner: Split<'a, T, P>,
    pub(super) count: usize,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for RSplitN<'a, T, P> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.inner.finish()
            }
            _ => {
                self.count -= 1;
                self.inner.next_back()
            }
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for RSplitN<'a, T, P> {}

/// The iterator of `[T]::split_mut`.
pub struct SplitMut<'a, T, P> {
    pub(super) v: &'a mut [T],
    pub(super) pred: P,
    pub(super) finished: bool,
}

impl<'a, T, P> SplitMut<'a, T, P> {
    #[inline]
    fn finish(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            None
        } else {
            self.finished = true;
            Some(take_mut(&mut self.v))
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitMut<'a, T, P> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            return None;
        }
        let mut i = 0;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                let (head, tail) = take_mut(&mut self.v).split_at_mut(i);
                self.v = &mut tail[1..];
                return Some(head);
            }
            i += 1;
        }
        self.finish()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.finished { (0, Some(0)) } else { (1, Some(self.v.len() + 1)) }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for SplitMut<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            return None;
        }
        let mut i = self.v.len();
        while i > 0 {
            i -= 1;
            if (self.pred)(&self.v[i]) {
                let (head, tail) = take_mut(&mut self.v).split_at_mut(i);
                self.v = head;
                return Some(&mut tail[1..]);
            }
        }
        self.finish()
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for SplitMut<'a, T, P> {}

/// The iterator of `[T]::split_inclusive_mut`.
pub struct SplitInclusiveMut<'a, T, P> {
    pub(super) v: &'a mut [T],
    pub(super) pred: P,
    pub(super) finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitInclusiveMut<'a, T, P> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            return None;
        }
        let mut end = self.v.len();
        let mut i = 0;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                end = i + 1;
                break;
            }
            i += 1;
        }
        if end == self.v.len() {
            self.finished = true;
        }
        let (head, tail) = take_mut(&mut self.v).split_at_mut(end);
        self.v = tail;
        Some(head)
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for SplitInclusiveMut<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            return None;
        }
        let mut start = 0;
        let mut i = if self.v.is_empty() { 0 } else { self.v.len() - 1 };
        while i > 0 {
            i -= 1;
            if (self.pred)(&self.v[i]) {
                start = i + 1;
                break;
            }
        }
        if start == 0 {
            self.finished = true;
        }
        let (head, tail) = take_mut(&mut self.v).split_at_mut(start);
        self.v = head;
        Some(tail)
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for SplitInclusiveMut<'a, T, P> {}

/// The iterator of `[T]::rsplit_mut`.
pub struct RSplitMut<'a, T, P> {
    pub(super) inner: SplitMut<'a, T, P>,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for RSplitMut<'a, T, P> {
    type Item = &'a mut [T];

    #[inline]
    fn next(&mut self) -> Option<&'a mut [T]> {
        self.inner.next_back()
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for RSplitMut<'a, T, P> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        self.inner.next()
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for RSplitMut<'a, T, P> {}

/// The iterator of `[T]::splitn_mut`.
pub struct SplitNMut<'a, T, P> {
    pub(super) inner: SplitMut<'a, T, P>,
    pub(super) count: usize,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for SplitNMut<'a, T, P> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.inner.finish()
            }
            _ => {
                self.count -= 1;
                self.inner.next()
            }
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for SplitNMut<'a, T, P> {}

/// The iterator of `[T]::rsplitn_mut`.
pub struct RSplitNMut<'a, T, P> {
    pub(super) inner: SplitMut<'a, T, P>,
    pub(super) count: usize,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for RSplitNMut<'a, T, P> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.inner.finish()
            }
            _ => {
                self.count -= 1;
                self.inner.next_back()
            }
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> FusedIterator for RSplitNMut<'a, T, P> {}

// ---- runs ----

/// The iterator of `[T]::chunk_by`: runs in which the predicate holds between neighbours.
pub struct ChunkBy<'a, T, P> {
    pub(super) v: &'a [T],
    pub(super) pred: P,
}

impl<'a, T, P: FnMut(&T, &T) -> bool> Iterator for ChunkBy<'a, T, P> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            return None;
        }
        let mut n = 1;
        while n < self.v.len() && (self.pred)(&self.v[n - 1], &self.v[n]) {
            n += 1;
        }
        let (run, rest) = self.v.split_at(n);
        self.v = rest;
        Some(run)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.v.is_empty() { (0, Some(0)) } else { (1, Some(self.v.len())) }
    }
}

impl<'a, T, P: FnMut(&T, &T) -> bool> DoubleEndedIterator for ChunkBy<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let mut start = len - 1;
        while start > 0 && (self.pred)(&self.v[start - 1], &self.v[start]) {
            start -= 1;
        }
        let (rest, run) = self.v.split_at(start);
        self.v = rest;
        Some(run)
    }
}

impl<'a, T, P: FnMut(&T, &T) -> bool> FusedIterator for ChunkBy<'a, T, P> {}

impl<'a, T: fmt::Debug, P> fmt::Debug for ChunkBy<'a, T, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChunkBy").field("slice", &self.v).finish()
    }
}

/// The iterator of `[T]::chunk_by_mut`.
pub struct ChunkByMut<'a, T, P> {
    pub(super) v: &'a mut [T],
    pub(super) pred: P,
}

impl<'a, T, P: FnMut(&T, &T) -> bool> Iterator for ChunkByMut<'a, T, P> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.is_empty() {
            return None;
        }
        let mut n = 1;
        while n < self.v.len() && (self.pred)(&self.v[n - 1], &self.v[n]) {
            n += 1;
        }
        let (run, rest) = take_mut(&mut self.v).split_at_mut(n);
        self.v = rest;
        Some(run)
    }
}

impl<'a, T, P: FnMut(&T, &T) -> bool> DoubleEndedIterator for ChunkByMut<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a mut [T]> {
        let len = self.v.len();
        if len == 0 {
            return None;
        }
        let mut start = len - 1;
        while start > 0 && (self.pred)(&self.v[start - 1], &self.v[start]) {
            start -= 1;
        }
        let (rest, run) = take_mut(&mut self.v).split_at_mut(start);
        self.v = rest;
        Some(run)
    }
}

impl<'a, T, P: FnMut(&T, &T) -> bool> FusedIterator for ChunkByMut<'a, T, P> {}

// ---- escaping bytes ----

/// The iterator of `[u8]::escape_ascii`: the bytes as a byte string literal shows them.
#[derive(Clone)]
pub struct EscapeAscii<'a> {
    pub(super) bytes: Iter<'a, u8>,
    /// The escape of the current byte and how much of it was yielded.
    pub(super) buf: [u8; 4],
    pub(super) pos: usize,
    pub(super) len: usize,
}

/// The escape of `b`: `\t`, `\r`, `\n`, `\\`, `\'`, `\"`, printable ASCII as itself, else `\xHH`.
pub(super) fn escape_byte(b: u8) -> ([u8; 4], usize) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'\t' => ([b'\\', b't', 0, 0], 2),
        b'\r' => ([b'\\', b'r', 0, 0], 2),
        b'\n' => ([b'\\', b'n', 0, 0], 2),
        b'\\' | b'\'' | b'"' => ([b'\\', b, 0, 0], 2),
        0x20..=0x7e => ([b, 0, 0, 0], 1),
        _ => ([b'\\', b'x', HEX[(b >> 4) as usize], HEX[(b & 0xF) as usize]], 4),
    }
}

impl<'a> Iterator for EscapeAscii<'a> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        if self.pos == self.len {
            let b = *self.bytes.next()?;
            let (buf, len) = escape_byte(b);
            self.buf = buf;
            self.len = len;
            self.pos = 0;
        }
        self.pos += 1;
        Some(self.buf[self.pos - 1])
    }
}

impl<'a> FusedIterator for EscapeAscii<'a> {}

impl<'a> fmt::Display for EscapeAscii<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut it = self.clone();
        while let Some(b) = it.next() {
            let c = [b];
            f.write_str(unsafe { crate::str::from_utf8_unchecked(&c) })?;
        }
        fmt::Result::Ok(())
    }
}

impl<'a> fmt::Debug for EscapeAscii<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EscapeAscii { .. }")
    }
}
