//! Slices: the inherent methods of `[T]` and raw construction. The iterators are in `iter`,
//! indexing (`SliceIndex`, `get`, `Index`) in `index`, the methods of `[u8]` in `ascii`.

use crate::clone::Clone;
use crate::cmp::{Ord, Ordering, PartialEq, PartialOrd};
use crate::ops::FnMut;
use crate::result::Result::{self, Err, Ok};
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::marker::PhantomData;
use crate::option::Option::{self, None, Some};

mod ascii;
pub(crate) mod index;
mod iter;
pub use index::SliceIndex;
pub use iter::{
    ArrayWindows, ChunkBy, ChunkByMut, Chunks, ChunksExact, ChunksExactMut, ChunksMut, EscapeAscii, Iter, IterMut, RChunks,
    RChunksExact, RChunksExactMut, RChunksMut, RSplit, RSplitMut, RSplitN, RSplitNMut, Split, SplitInclusive,
    SplitInclusiveMut, SplitMut, SplitN, SplitNMut, Windows,
};

/// The bounds of `range` over `0..bounds.end` as a `Range`, with std's panics for a range that
/// does not fit (start after end, end beyond the length).
#[track_caller]
pub fn range<R: crate::ops::RangeBounds<usize>>(range: R, bounds: crate::ops::RangeTo<usize>) -> crate::ops::Range<usize> {
    use crate::ops::Bound;
    let len = bounds.end;
    let start = match range.start_bound() {
        Bound::Included(s) => *s,
        Bound::Excluded(s) => {
            if *s == usize::MAX {
                panic!("attempted to index slice from after maximum usize");
            }
            *s + 1
        }
        Bound::Unbounded => 0,
    };
    let end = match range.end_bound() {
        Bound::Included(e) => {
            if *e == usize::MAX {
                panic!("attempted to index slice up to maximum usize");
            }
            *e + 1
        }
        Bound::Excluded(e) => *e,
        Bound::Unbounded => len,
    };
    if start > end {
        panic!("slice index starts at {} but ends at {}", start, end);
    }
    if end > len {
        panic!("range end index {} out of range for slice of length {}", end, len);
    }
    crate::ops::Range { start, end }
}

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

    /// The element at `index` (a `usize`) or the subslice a range selects, `None` if out of
    /// bounds.
    #[inline]
    pub fn get<I: SliceIndex<[T]>>(&self, index: I) -> Option<&I::Output> {
        index.get(self)
    }

    #[inline]
    pub fn get_mut<I: SliceIndex<[T]>>(&mut self, index: I) -> Option<&mut I::Output> {
        index.get_mut(self)
    }

    /// Like `get`, without the bounds check: out of bounds is undefined behaviour.
    #[inline]
    pub unsafe fn get_unchecked<I: SliceIndex<[T]>>(&self, index: I) -> &I::Output {
        &*index.get_unchecked(self)
    }

    #[inline]
    pub unsafe fn get_unchecked_mut<I: SliceIndex<[T]>>(&mut self, index: I) -> &mut I::Output {
        &mut *index.get_unchecked_mut(self)
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

    // ---- splitting by a predicate ----

    /// The subslices between the elements for which `pred` is true.
    #[inline]
    pub fn split<F: FnMut(&T) -> bool>(&self, pred: F) -> Split<'_, T, F> {
        Split { v: self, pred, finished: false }
    }

    #[inline]
    pub fn split_mut<F: FnMut(&T) -> bool>(&mut self, pred: F) -> SplitMut<'_, T, F> {
        SplitMut { v: self, pred, finished: false }
    }

    /// The subslices each ending with an element for which `pred` is true (the last may not).
    #[inline]
    pub fn split_inclusive<F: FnMut(&T) -> bool>(&self, pred: F) -> SplitInclusive<'_, T, F> {
        let finished = self.is_empty();
        SplitInclusive { v: self, pred, finished }
    }

    #[inline]
    pub fn split_inclusive_mut<F: FnMut(&T) -> bool>(&mut self, pred: F) -> SplitInclusiveMut<'_, T, F> {
        let finished = self.is_empty();
        SplitInclusiveMut { v: self, pred, finished }
    }

    /// `split` from the back.
    #[inline]
    pub fn rsplit<F: FnMut(&T) -> bool>(&self, pred: F) -> RSplit<'_, T, F> {
        RSplit { inner: self.split(pred) }
    }

    #[inline]
    pub fn rsplit_mut<F: FnMut(&T) -> bool>(&mut self, pred: F) -> RSplitMut<'_, T, F> {
        RSplitMut { inner: self.split_mut(pred) }
    }

    /// At most `n` subslices between matches; the last is the rest of the slice.
    #[inline]
    pub fn splitn<F: FnMut(&T) -> bool>(&self, n: usize, pred: F) -> SplitN<'_, T, F> {
        SplitN { inner: self.split(pred), count: n }
    }

    #[inline]
    pub fn splitn_mut<F: FnMut(&T) -> bool>(&mut self, n: usize, pred: F) -> SplitNMut<'_, T, F> {
        SplitNMut { inner: self.split_mut(pred), count: n }
    }

    /// At most `n` subslices between matches, from the back.
    #[inline]
    pub fn rsplitn<F: FnMut(&T) -> bool>(&self, n: usize, pred: F) -> RSplitN<'_, T, F> {
        RSplitN { inner: self.split(pred), count: n }
    }

    #[inline]
    pub fn rsplitn_mut<F: FnMut(&T) -> bool>(&mut self, n: usize, pred: F) -> RSplitNMut<'_, T, F> {
        RSplitNMut { inner: self.split_mut(pred), count: n }
    }

    /// The runs of elements in which `pred` holds for every two neighbours.
    #[inline]
    pub fn chunk_by<F: FnMut(&T, &T) -> bool>(&self, pred: F) -> ChunkBy<'_, T, F> {
        ChunkBy { v: self, pred }
    }

    #[inline]
    pub fn chunk_by_mut<F: FnMut(&T, &T) -> bool>(&mut self, pred: F) -> ChunkByMut<'_, T, F> {
        ChunkByMut { v: self, pred }
    }

    // ---- more chunks ----

    /// Mutable chunks of exactly `chunk_size` elements; the rest is `into_remainder()`.
    #[track_caller]
    pub fn chunks_exact_mut(&mut self, chunk_size: usize) -> ChunksExactMut<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        let full = self.len() - self.len() % chunk_size;
        let (v, rem) = self.split_at_mut(full);
        ChunksExactMut { v, rem, size: chunk_size }
    }

    /// Mutable chunks from the back; the last may be shorter.
    #[track_caller]
    pub fn rchunks_mut(&mut self, chunk_size: usize) -> RChunksMut<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        RChunksMut { v: self, size: chunk_size }
    }

    /// Chunks of exactly `chunk_size` elements from the back; the rest (at the front) is
    /// `remainder()`.
    #[track_caller]
    pub fn rchunks_exact(&self, chunk_size: usize) -> RChunksExact<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        let (rem, v) = self.split_at(self.len() % chunk_size);
        RChunksExact { v, rem, size: chunk_size }
    }

    #[track_caller]
    pub fn rchunks_exact_mut(&mut self, chunk_size: usize) -> RChunksExactMut<'_, T> {
        if chunk_size == 0 {
            panic!("chunk size must be non-zero");
        }
        let r = self.len() % chunk_size;
        let (rem, v) = self.split_at_mut(r);
        RChunksExactMut { v, rem, size: chunk_size }
    }

    /// Overlapping windows of `N` elements, as arrays; panics if `N` is 0.
    #[track_caller]
    pub fn array_windows<const N: usize>(&self) -> ArrayWindows<'_, T, N> {
        if N == 0 {
            panic!("window size must be non-zero");
        }
        ArrayWindows { v: self }
    }

    /// The slice as whole chunks of `N` elements, and the elements left over at the end.
    #[track_caller]
    pub fn as_chunks<const N: usize>(&self) -> (&[[T; N]], &[T]) {
        if N == 0 {
            panic!("chunk size must be non-zero");
        }
        let n = self.len() / N;
        let (full, rest) = self.split_at(n * N);
        (unsafe { from_raw_parts(full.as_ptr() as *const [T; N], n) }, rest)
    }

    #[track_caller]
    pub fn as_chunks_mut<const N: usize>(&mut self) -> (&mut [[T; N]], &mut [T]) {
        if N == 0 {
            panic!("chunk size must be non-zero");
        }
        let n = self.len() / N;
        let (full, rest) = self.split_at_mut(n * N);
        (unsafe { from_raw_parts_mut(full.as_mut_ptr() as *mut [T; N], n) }, rest)
    }

    /// The elements left over at the front, and the rest as whole chunks of `N` elements.
    #[track_caller]
    pub fn as_rchunks<const N: usize>(&self) -> (&[T], &[[T; N]]) {
        if N == 0 {
            panic!("chunk size must be non-zero");
        }
        let n = self.len() / N;
        let (rest, full) = self.split_at(self.len() - n * N);
        (rest, unsafe { from_raw_parts(full.as_ptr() as *const [T; N], n) })
    }

    #[track_caller]
    pub fn as_rchunks_mut<const N: usize>(&mut self) -> (&mut [T], &mut [[T; N]]) {
        if N == 0 {
            panic!("chunk size must be non-zero");
        }
        let n = self.len() / N;
        let r = self.len() - n * N;
        let (rest, full) = self.split_at_mut(r);
        (rest, unsafe { from_raw_parts_mut(full.as_mut_ptr() as *mut [T; N], n) })
    }

    /// The slice as whole chunks of `N` elements; the length must be a multiple of `N`.
    pub unsafe fn as_chunks_unchecked<const N: usize>(&self) -> &[[T; N]] {
        from_raw_parts(self.as_ptr() as *const [T; N], self.len() / N)
    }

    pub unsafe fn as_chunks_unchecked_mut<const N: usize>(&mut self) -> &mut [[T; N]] {
        let n = self.len() / N;
        from_raw_parts_mut(self.as_mut_ptr() as *mut [T; N], n)
    }

    // ---- arrays at the ends ----

    /// The slice as an array of `N` elements, if it has exactly `N`.
    #[inline]
    pub fn as_array<const N: usize>(&self) -> Option<&[T; N]> {
        if self.len() == N { Some(unsafe { &*(self.as_ptr() as *const [T; N]) }) } else { None }
    }

    #[inline]
    pub fn as_mut_array<const N: usize>(&mut self) -> Option<&mut [T; N]> {
        if self.len() == N { Some(unsafe { &mut *(self.as_mut_ptr() as *mut [T; N]) }) } else { None }
    }

    /// The first `N` elements as an array, if there are that many.
    #[inline]
    pub fn first_chunk<const N: usize>(&self) -> Option<&[T; N]> {
        if self.len() < N { None } else { Some(unsafe { &*(self.as_ptr() as *const [T; N]) }) }
    }

    #[inline]
    pub fn first_chunk_mut<const N: usize>(&mut self) -> Option<&mut [T; N]> {
        if self.len() < N { None } else { Some(unsafe { &mut *(self.as_mut_ptr() as *mut [T; N]) }) }
    }

    /// The last `N` elements as an array, if there are that many.
    #[inline]
    pub fn last_chunk<const N: usize>(&self) -> Option<&[T; N]> {
        let len = self.len();
        if len < N { None } else { Some(unsafe { &*(self.as_ptr().add(len - N) as *const [T; N]) }) }
    }

    #[inline]
    pub fn last_chunk_mut<const N: usize>(&mut self) -> Option<&mut [T; N]> {
        let len = self.len();
        if len < N { None } else { Some(unsafe { &mut *(self.as_mut_ptr().add(len - N) as *mut [T; N]) }) }
    }

    /// The first `N` elements as an array and the rest, if there are that many.
    #[inline]
    pub fn split_first_chunk<const N: usize>(&self) -> Option<(&[T; N], &[T])> {
        if self.len() < N {
            return None;
        }
        let (a, b) = self.split_at(N);
        Some((unsafe { &*(a.as_ptr() as *const [T; N]) }, b))
    }

    #[inline]
    pub fn split_first_chunk_mut<const N: usize>(&mut self) -> Option<(&mut [T; N], &mut [T])> {
        if self.len() < N {
            return None;
        }
        let (a, b) = self.split_at_mut(N);
        Some((unsafe { &mut *(a.as_mut_ptr() as *mut [T; N]) }, b))
    }

    /// The elements before the last `N`, and the last `N` as an array.
    #[inline]
    pub fn split_last_chunk<const N: usize>(&self) -> Option<(&[T], &[T; N])> {
        if self.len() < N {
            return None;
        }
        let (a, b) = self.split_at(self.len() - N);
        Some((a, unsafe { &*(b.as_ptr() as *const [T; N]) }))
    }

    #[inline]
    pub fn split_last_chunk_mut<const N: usize>(&mut self) -> Option<(&mut [T], &mut [T; N])> {
        if self.len() < N {
            return None;
        }
        let mid = self.len() - N;
        let (a, b) = self.split_at_mut(mid);
        Some((a, unsafe { &mut *(b.as_mut_ptr() as *mut [T; N]) }))
    }

    // ---- cutting ----

    /// The slice cut in two at `mid`, `None` if `mid > len`.
    #[inline]
    pub fn split_at_checked(&self, mid: usize) -> Option<(&[T], &[T])> {
        if mid > self.len() { None } else { Some(unsafe { self.split_at_unchecked(mid) }) }
    }

    #[inline]
    pub fn split_at_mut_checked(&mut self, mid: usize) -> Option<(&mut [T], &mut [T])> {
        if mid > self.len() { None } else { Some(unsafe { self.split_at_mut_unchecked(mid) }) }
    }

    /// The slice cut in two at `mid` without checking that `mid <= len`.
    #[inline]
    pub unsafe fn split_at_unchecked(&self, mid: usize) -> (&[T], &[T]) {
        let p = self.as_ptr();
        (from_raw_parts(p, mid), from_raw_parts(p.add(mid), self.len() - mid))
    }

    #[inline]
    pub unsafe fn split_at_mut_unchecked(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let len = self.len();
        let p = self.as_mut_ptr();
        (from_raw_parts_mut(p, mid), from_raw_parts_mut(p.add(mid), len - mid))
    }

    /// The slice without `prefix`, if it starts with it.
    pub fn strip_prefix<P: SlicePattern<Item = T> + ?Sized>(&self, prefix: &P) -> Option<&[T]>
    where
        T: PartialEq,
    {
        let prefix = prefix.as_slice();
        if self.starts_with(prefix) { Some(&self[prefix.len()..]) } else { None }
    }

    /// The slice without `suffix`, if it ends with it.
    pub fn strip_suffix<P: SlicePattern<Item = T> + ?Sized>(&self, suffix: &P) -> Option<&[T]>
    where
        T: PartialEq,
    {
        let suffix = suffix.as_slice();
        if self.ends_with(suffix) { Some(&self[..self.len() - suffix.len()]) } else { None }
    }

    /// Takes the first element off the slice `*self`.
    pub fn split_off_first<'a>(self: &mut &'a Self) -> Option<&'a T> {
        let s: &'a [T] = *self;
        let (first, rest) = s.split_first()?;
        *self = rest;
        Some(first)
    }

    /// Takes the last element off the slice `*self`.
    pub fn split_off_last<'a>(self: &mut &'a Self) -> Option<&'a T> {
        let s: &'a [T] = *self;
        let (last, rest) = s.split_last()?;
        *self = rest;
        Some(last)
    }

    pub fn split_off_first_mut<'a>(self: &mut &'a mut Self) -> Option<&'a mut T> {
        let s: &'a mut [T] = crate::mem::replace(self, iter_empty_mut());
        match s.split_first_mut() {
            Some((first, rest)) => {
                *self = rest;
                Some(first)
            }
            None => None,
        }
    }

    pub fn split_off_last_mut<'a>(self: &mut &'a mut Self) -> Option<&'a mut T> {
        let s: &'a mut [T] = crate::mem::replace(self, iter_empty_mut());
        match s.split_last_mut() {
            Some((last, rest)) => {
                *self = rest;
                Some(last)
            }
            None => None,
        }
    }

    // ---- filling and copying ----

    /// Fills the slice with what `f` returns, called once per element from the front.
    pub fn fill_with<F: FnMut() -> T>(&mut self, mut f: F) {
        for x in self.iter_mut() {
            *x = f();
        }
    }

    /// Copies the elements of `src` (a range of the slice) to `dest` onward; the two may overlap.
    #[track_caller]
    pub fn copy_within<R: crate::ops::RangeBounds<usize>>(&mut self, src: R, dest: usize)
    where
        T: crate::marker::Copy,
    {
        let crate::ops::Range { start, end } = range(src, ..self.len());
        let count = end - start;
        if dest > self.len() - count {
            panic!("dest is out of bounds");
        }
        unsafe {
            let p = self.as_mut_ptr();
            crate::intrinsics::copy(p.add(start) as *const T, p.add(dest), count);
        }
    }

    /// Swaps the elements with those of `other`, which must be as long.
    #[track_caller]
    pub fn swap_with_slice(&mut self, other: &mut [T]) {
        if self.len() != other.len() {
            panic!("destination and source slices have different lengths");
        }
        let mut i = 0;
        while i < self.len() {
            crate::mem::swap(&mut self[i], &mut other[i]);
            i += 1;
        }
    }

    // ---- pointers ----

    /// The pointers to the first element and just past the last.
    #[inline]
    pub fn as_ptr_range(&self) -> crate::ops::Range<*const T> {
        let p = self.as_ptr();
        crate::ops::Range { start: p, end: unsafe { p.add(self.len()) } }
    }

    #[inline]
    pub fn as_mut_ptr_range(&mut self) -> crate::ops::Range<*mut T> {
        let len = self.len();
        let p = self.as_mut_ptr();
        crate::ops::Range { start: p, end: unsafe { p.add(len) } }
    }

    /// The index of the element `element` refers to, if it is one of the slice's.
    pub fn element_offset(&self, element: &T) -> Option<usize> {
        let size = crate::mem::size_of::<T>();
        if size == 0 {
            panic!("elements are zero-sized");
        }
        let start = self.as_ptr() as usize;
        let at = element as *const T as usize;
        if at < start || at >= start + self.len() * size || (at - start) % size != 0 {
            return None;
        }
        Some((at - start) / size)
    }

    /// The slice as a middle part of `U`s, aligned for `U`, with the `T`s before and after it.
    pub unsafe fn align_to<U>(&self) -> (&[T], &[U], &[T]) {
        let (t, u) = (crate::mem::size_of::<T>(), crate::mem::size_of::<U>());
        if t == 0 || u == 0 {
            return (self, &[], &[]);
        }
        let (pre, mid) = align_split(self.as_ptr() as usize, self.len(), t, u, crate::mem::align_of::<U>());
        let p = self.as_ptr();
        (
            from_raw_parts(p, pre),
            from_raw_parts(p.add(pre) as *const U, mid),
            from_raw_parts(p.add(pre + mid * u / t), self.len() - pre - mid * u / t),
        )
    }

    pub unsafe fn align_to_mut<U>(&mut self) -> (&mut [T], &mut [U], &mut [T]) {
        let (t, u) = (crate::mem::size_of::<T>(), crate::mem::size_of::<U>());
        let len = self.len();
        let p = self.as_mut_ptr();
        if t == 0 || u == 0 {
            return (from_raw_parts_mut(p, len), from_raw_parts_mut(crate::mem::align_of::<U>() as *mut U, 0), from_raw_parts_mut(p.add(len), 0));
        }
        let (pre, mid) = align_split(p as usize, len, t, u, crate::mem::align_of::<U>());
        (
            from_raw_parts_mut(p, pre),
            from_raw_parts_mut(p.add(pre) as *mut U, mid),
            from_raw_parts_mut(p.add(pre + mid * u / t), len - pre - mid * u / t),
        )
    }

    // ---- sorting and selecting ----

    /// Whether the elements are sorted by `compare` (each pair `compare(a, b)` true).
    pub fn is_sorted_by<F: FnMut(&T, &T) -> bool>(&self, mut compare: F) -> bool {
        let mut i = 1;
        while i < self.len() {
            if !compare(&self[i - 1], &self[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Reorders so that the element at `index` is where a sort by `compare` would put it, with
    /// no greater element before it and no smaller one after.
    #[track_caller]
    pub fn select_nth_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, index: usize, compare: F) -> (&mut [T], &mut T, &mut [T]) {
        if index >= self.len() {
            panic!("partition_at_index index {} greater than length of slice {}", index, self.len());
        }
        self.sort_unstable_by(compare);
        let (a, rest) = self.split_at_mut(index);
        let (m, b) = rest.split_at_mut(1);
        (a, &mut m[0], b)
    }

    #[track_caller]
    pub fn select_nth_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, index: usize, f: F) -> (&mut [T], &mut T, &mut [T]) {
        if index >= self.len() {
            panic!("partition_at_index index {} greater than length of slice {}", index, self.len());
        }
        self.sort_unstable_by_key(f);
        let (a, rest) = self.split_at_mut(index);
        let (m, b) = rest.split_at_mut(1);
        (a, &mut m[0], b)
    }

    /// Mutable references to the elements (or subslices) at several indices, which must be in
    /// bounds and must not overlap.
    pub fn get_disjoint_mut<I: GetDisjointMutIndex + SliceIndex<[T]>, const N: usize>(
        &mut self,
        indices: [I; N],
    ) -> Result<[&mut I::Output; N], GetDisjointMutError> {
        let len = self.len();
        let mut i = 0;
        while i < N {
            if !indices[i].is_in_bounds(len) {
                return Err(GetDisjointMutError::IndexOutOfBounds);
            }
            let mut j = 0;
            while j < i {
                if indices[i].is_overlapping(&indices[j]) {
                    return Err(GetDisjointMutError::OverlappingIndices);
                }
                j += 1;
            }
            i += 1;
        }
        Ok(unsafe { self.get_disjoint_unchecked_mut(indices) })
    }

    /// `get_disjoint_mut` without the checks: indices out of bounds or overlapping are
    /// undefined behaviour.
    pub unsafe fn get_disjoint_unchecked_mut<I: SliceIndex<[T]>, const N: usize>(
        &mut self,
        indices: [I; N],
    ) -> [&mut I::Output; N] {
        let p: *mut [T] = self;
        indices.map(|i| &mut *i.get_unchecked_mut(p))
    }
}

/// `pre` elements of size `t` before the first address aligned to `align`, and how many whole
/// `U`s of size `u` fit after them in `len` elements (`align_to`).
fn align_split(addr: usize, len: usize, t: usize, u: usize, align: usize) -> (usize, usize) {
    let mut pre = 0;
    while pre < len && (addr + pre * t) % align != 0 {
        pre += 1;
    }
    if (addr + pre * t) % align != 0 {
        return (len, 0);
    }
    let bytes = (len - pre) * t;
    // whole Us that also end on a T boundary
    let mut mid = bytes / u;
    while mid > 0 && (mid * u) % t != 0 {
        mid -= 1;
    }
    (pre, mid)
}

/// An empty mutable slice for any lifetime.
#[inline]
fn iter_empty_mut<'a, T>() -> &'a mut [T] {
    unsafe { from_raw_parts_mut(crate::mem::align_of::<T>() as *mut T, 0) }
}

/// What `strip_prefix` and `strip_suffix` take: a slice or an array, as a slice.
pub trait SlicePattern {
    type Item;

    fn as_slice(&self) -> &[Self::Item];
}

impl<T> SlicePattern for [T] {
    type Item = T;

    #[inline]
    fn as_slice(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> SlicePattern for [T; N] {
    type Item = T;

    #[inline]
    fn as_slice(&self) -> &[T] {
        self
    }
}

/// The index types `get_disjoint_mut` takes: what is in bounds, and what overlaps.
pub trait GetDisjointMutIndex: Clone {
    fn is_in_bounds(&self, len: usize) -> bool;

    fn is_overlapping(&self, other: &Self) -> bool;
}

impl GetDisjointMutIndex for usize {
    #[inline]
    fn is_in_bounds(&self, len: usize) -> bool {
        *self < len
    }

    #[inline]
    fn is_overlapping(&self, other: &usize) -> bool {
        *self == *other
    }
}

impl GetDisjointMutIndex for crate::ops::Range<usize> {
    #[inline]
    fn is_in_bounds(&self, len: usize) -> bool {
        self.start <= self.end && self.end <= len
    }

    #[inline]
    fn is_overlapping(&self, other: &crate::ops::Range<usize>) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl GetDisjointMutIndex for crate::ops::RangeInclusive<usize> {
    #[inline]
    fn is_in_bounds(&self, len: usize) -> bool {
        *self.start() <= *self.end() && *self.end() < len
    }

    #[inline]
    fn is_overlapping(&self, other: &crate::ops::RangeInclusive<usize>) -> bool {
        *self.start() <= *other.end() && *other.start() <= *self.end()
    }
}

/// Why `get_disjoint_mut` refused: an index out of bounds, or two that overlap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GetDisjointMutError {
    IndexOutOfBounds,
    OverlappingIndices,
}

impl crate::fmt::Display for GetDisjointMutError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let msg = match self {
            GetDisjointMutError::IndexOutOfBounds => "an index is out of bounds",
            GetDisjointMutError::OverlappingIndices => "there were overlapping indices",
        };
        crate::fmt::Display::fmt(msg, f)
    }
}

impl crate::error::Error for GetDisjointMutError {}

impl<T, const N: usize> [[T; N]] {
    /// The arrays' elements as one slice.
    pub fn as_flattened(&self) -> &[T] {
        unsafe { from_raw_parts(self.as_ptr() as *const T, self.len() * N) }
    }

    pub fn as_flattened_mut(&mut self) -> &mut [T] {
        let n = self.len() * N;
        unsafe { from_raw_parts_mut(self.as_mut_ptr() as *mut T, n) }
    }
}

impl<'a, T> crate::default::Default for &'a [T] {
    #[inline]
    fn default() -> &'a [T] {
        &[]
    }
}

impl<'a, T> crate::default::Default for &'a mut [T] {
    #[inline]
    fn default() -> &'a mut [T] {
        iter_empty_mut()
    }
}

impl<T> [crate::mem::MaybeUninit<T>] {
    /// The elements, all of which must be initialised, as a slice of `T`.
    #[inline]
    pub unsafe fn assume_init_ref(&self) -> &[T] {
        from_raw_parts(self.as_ptr() as *const T, self.len())
    }

    #[inline]
    pub unsafe fn assume_init_mut(&mut self) -> &mut [T] {
        let n = self.len();
        from_raw_parts_mut(self.as_mut_ptr() as *mut T, n)
    }

    /// Drops the elements, all of which must be initialised.
    pub unsafe fn assume_init_drop(&mut self) {
        let p = self.as_mut_ptr() as *mut T;
        let mut i = 0;
        while i < self.len() {
            crate::ptr::drop_in_place(p.add(i));
            i += 1;
        }
    }

    /// Copies `src` into the slice, which must be as long, and returns it initialised.
    #[track_caller]
    pub fn write_copy_of_slice(&mut self, src: &[T]) -> &mut [T]
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
        let p = self.as_mut_ptr() as *mut T;
        unsafe {
            crate::intrinsics::copy_nonoverlapping(src.as_ptr(), p, src.len());
            from_raw_parts_mut(p, src.len())
        }
    }

    /// Clones `src` into the slice, which must be as long, and returns it initialised; if a
    /// clone panics, the clones made so far are dropped.
    #[track_caller]
    pub fn write_clone_of_slice(&mut self, src: &[T]) -> &mut [T]
    where
        T: Clone,
    {
        if self.len() != src.len() {
            panic!("destination and source slices have different lengths");
        }
        let p = self.as_mut_ptr() as *mut T;
        let mut done = ClonedPrefix { base: p, init: 0 };
        while done.init < src.len() {
            unsafe { crate::ptr::write(p.add(done.init), src[done.init].clone()) };
            done.init += 1;
        }
        crate::mem::forget(done);
        unsafe { from_raw_parts_mut(p, src.len()) }
    }
}

/// The elements written so far by `write_clone_of_slice`, dropped if a clone panics.
struct ClonedPrefix<T> {
    base: *mut T,
    init: usize,
}

impl<T> crate::ops::Drop for ClonedPrefix<T> {
    fn drop(&mut self) {
        let mut i = 0;
        while i < self.init {
            unsafe { crate::ptr::drop_in_place(self.base.add(i)) };
            i += 1;
        }
    }
}

/// The ranges bounded on one side only (`a..`, `..b`, `..=b`), which `split_off` takes.
pub trait OneSidedRange<T>: crate::ops::RangeBounds<T> {
    /// Where to split a slice of length `len`, and whether the part taken is the front; `None`
    /// if the bound is beyond the slice.
    fn split_point(&self, len: usize) -> Option<(usize, bool)>;
}

impl OneSidedRange<usize> for crate::ops::RangeFrom<usize> {
    fn split_point(&self, len: usize) -> Option<(usize, bool)> {
        if self.start > len { None } else { Some((self.start, false)) }
    }
}

impl OneSidedRange<usize> for crate::ops::RangeTo<usize> {
    fn split_point(&self, len: usize) -> Option<(usize, bool)> {
        if self.end > len { None } else { Some((self.end, true)) }
    }
}

impl OneSidedRange<usize> for crate::ops::RangeToInclusive<usize> {
    fn split_point(&self, len: usize) -> Option<(usize, bool)> {
        if self.end >= len { None } else { Some((self.end + 1, true)) }
    }
}

impl<T> [T] {
    /// Takes the part of `*self` that `range` selects off it: the front for `..n`, the back
    /// for `n..`; `None` (and `*self` unchanged) if the bound is beyond the slice.
    pub fn split_off<'a, R: OneSidedRange<usize>>(self: &mut &'a Self, range: R) -> Option<&'a Self> {
        let s: &'a [T] = *self;
        let (mid, front) = range.split_point(s.len())?;
        let (a, b) = s.split_at(mid);
        if front {
            *self = b;
            Some(a)
        } else {
            *self = a;
            Some(b)
        }
    }

    pub fn split_off_mut<'a, R: OneSidedRange<usize>>(self: &mut &'a mut Self, range: R) -> Option<&'a mut Self> {
        let (mid, front) = range.split_point(self.len())?;
        let s: &'a mut [T] = crate::mem::replace(self, iter_empty_mut());
        let (a, b) = s.split_at_mut(mid);
        if front {
            *self = b;
            Some(a)
        } else {
            *self = a;
            Some(b)
        }
    }
}

/// A reference to `s` as a slice of one element.
pub const fn from_ref<T>(s: &T) -> &[T] {
    unsafe { from_raw_parts(s as *const T, 1) }
}

/// A mutable reference to `s` as a slice of one element.
pub fn from_mut<T>(s: &mut T) -> &mut [T] {
    unsafe { from_raw_parts_mut(s as *mut T, 1) }
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
