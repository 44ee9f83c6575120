//! Slices: the inherent methods of `[T]`, their iterators and raw construction.

use crate::clone::Clone;
use crate::cmp::{Ord, Ordering, PartialEq, PartialOrd};
use crate::ops::FnMut;
use crate::result::Result::{self, Err, Ok};
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

    pub fn first_mut(&mut self) -> Option<&mut T> {
        if self.is_empty() { None } else { Some(&mut self[0]) }
    }

    pub fn last_mut(&mut self) -> Option<&mut T> {
        let n = self.len();
        if n == 0 { None } else { Some(&mut self[n - 1]) }
    }

    pub fn split_first(&self) -> Option<(&T, &[T])> {
        if self.is_empty() { None } else { Some((&self[0], &self[1..])) }
    }

    pub fn split_last(&self) -> Option<(&T, &[T])> {
        let n = self.len();
        if n == 0 { None } else { Some((&self[n - 1], &self[..n - 1])) }
    }

    pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        if self.is_empty() {
            return None;
        }
        let (a, b) = self.split_at_mut(1);
        Some((&mut a[0], b))
    }

    pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        let (a, b) = self.split_at_mut(n - 1);
        Some((&mut b[0], a))
    }

    /// The slice cut in two at `mid`; panics if `mid > len`.
    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        if mid > self.len() {
            panic!("mid > len");
        }
        (&self[..mid], &self[mid..])
    }

    #[track_caller]
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let len = self.len();
        if mid > len {
            panic!("mid > len");
        }
        let p = self.as_mut_ptr();
        unsafe { (from_raw_parts_mut(p, mid), from_raw_parts_mut(p.add(mid), len - mid)) }
    }

    pub fn starts_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let n = needle.len();
        n <= self.len() && needle == &self[..n]
    }

    pub fn ends_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let (m, n) = (self.len(), needle.len());
        n <= m && needle == &self[m - n..]
    }

    /// Overlapping windows of `size` elements; panics if `size` is 0.
    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<'_, T> {
        if size == 0 {
            panic!("window size must be non-zero");
        }
        Windows { v: self, size }
    }

    /// Chunks of `chunk_size` elements from the front; the last may be shorter.
    #[track_caller]
    pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        Chunks { v: self, size: chunk_size }
    }

    /// Chunks of exactly `chunk_size` elements; what is left over is `remainder()`.
    #[track_caller]
    pub fn chunks_exact(&self, chunk_size: usize) -> ChunksExact<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        let full = self.len() - self.len() % chunk_size;
        let (v, rem) = self.split_at(full);
        ChunksExact { v, rem, size: chunk_size }
    }

    /// Chunks of `chunk_size` elements from the back; the last may be shorter.
    #[track_caller]
    pub fn rchunks(&self, chunk_size: usize) -> RChunks<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        RChunks { v: self, size: chunk_size }
    }

    /// Mutable chunks of `chunk_size` elements from the front.
    #[track_caller]
    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        let len = self.len();
        ChunksMut { ptr: self.as_mut_ptr(), len, size: chunk_size, _marker: PhantomData }
    }

    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        for x in self.iter_mut() {
            *x = value.clone();
        }
    }

    /// Copies all of `src` into `self`; panics when the lengths differ.
    #[track_caller]
    pub fn copy_from_slice(&mut self, src: &[T])
    where
        T: crate::marker::Copy,
    {
        if self.len() != src.len() {
            panic!(
                "source slice length ({}) does not match destination slice length ({})",
                src.len(),
                self.len(),
            );
        }
        let mut i = 0;
        while i < src.len() {
            self[i] = src[i];
            i += 1;
        }
    }

    #[track_caller]
    pub fn clone_from_slice(&mut self, src: &[T])
    where
        T: Clone,
    {
        if self.len() != src.len() {
            panic!("destination and source slices have different lengths");
        }
        let mut i = 0;
        while i < src.len() {
            self[i] = src[i].clone();
            i += 1;
        }
    }

    /// Rotates so that the element at `mid` comes first (three reversals).
    #[track_caller]
    pub fn rotate_left(&mut self, mid: usize) {
        if mid > self.len() {
            panic!("assertion failed: mid <= self.len()");
        }
        let (a, b) = self.split_at_mut(mid);
        a.reverse();
        b.reverse();
        self.reverse();
    }

    #[track_caller]
    pub fn rotate_right(&mut self, k: usize) {
        if k > self.len() {
            panic!("assertion failed: k <= self.len()");
        }
        let mid = self.len() - k;
        self.rotate_left(mid);
    }

    pub fn is_sorted(&self) -> bool
    where
        T: PartialOrd,
    {
        self.iter().is_sorted()
    }

    pub fn is_sorted_by_key<K: PartialOrd, F: FnMut(&T) -> K>(&self, f: F) -> bool {
        self.iter().is_sorted_by_key(f)
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|p| p.cmp(x))
    }

    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, f: F) -> Result<usize, usize> {
        let mut f = f;
        self.binary_search_by(|k| f(k).cmp(b))
    }

    /// Binary search of a sorted slice: `Ok` with the index of a match, or `Err` with where the
    /// element would be inserted. The probe sequence is std's, so which of several equal
    /// elements is found agrees with it: the window `[base, base + size)` halves until one
    /// element is left, moving up whenever the probe is not greater.
    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, f: F) -> Result<usize, usize> {
        let mut f = f;
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            if f(&self[mid]) != Ordering::Greater {
                base = mid;
            }
            size -= half;
        }
        match f(&self[base]) {
            Ordering::Equal => Ok(base),
            Ordering::Less => Err(base + 1),
            Ordering::Greater => Err(base),
        }
    }

    /// The index of the first element for which `pred` is false (the slice is partitioned).
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, pred: P) -> usize {
        let mut pred = pred;
        match self.binary_search_by(|x| if pred(x) { Ordering::Less } else { Ordering::Greater }) {
            Ok(i) => i,
            Err(i) => i,
        }
    }

    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        heapsort(self, &mut |a: &T, b: &T| a.lt(b));
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        let mut compare = compare;
        heapsort(self, &mut |a: &T, b: &T| compare(a, b) == Ordering::Less);
    }

    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
        let mut f = f;
        heapsort(self, &mut |a: &T, b: &T| f(a).lt(&f(b)));
    }

    pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T])
    where
        T: Ord,
    {
        if index >= self.len() {
            panic!("partition_at_index index {} greater than length of slice {}", index, self.len());
        }
        self.sort_unstable();
        let (a, rest) = self.split_at_mut(index);
        let (m, b) = rest.split_at_mut(1);
        (a, &mut m[0], b)
    }
}

/// Heapsort (in place, not stable): a max-heap in `v`, its root swapped to the end each round.
fn heapsort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let n = v.len();
    let mut i = n / 2;
    while i > 0 {
        i -= 1;
        sift_down(v, i, n, is_less);
    }
    let mut end = n;
    while end > 1 {
        end -= 1;
        v.swap(0, end);
        sift_down(v, 0, end, is_less);
    }
}

fn sift_down<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], mut node: usize, end: usize, is_less: &mut F) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && is_less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !is_less(&v[node], &v[child]) {
            return;
        }
        v.swap(node, child);
        node = child;
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
    v: &'a [T],
    size: usize,
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
    v: &'a [T],
    size: usize,
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
    v: &'a [T],
    rem: &'a [T],
    size: usize,
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
    v: &'a [T],
    size: usize,
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
    ptr: *mut T,
    len: usize,
    size: usize,
    _marker: PhantomData<&'a mut T>,
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
