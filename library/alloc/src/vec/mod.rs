//! A contiguous growable array type, `Vec<T>`, over a `RawVec` buffer.
//!
//! The capacity grows as std's does (see `raw_vec`), so programs that print `capacity()` print
//! the same numbers. FIXME: std picks exact allocation sizes for `TrustedLen` iterators by
//! specialization; without it `collect` and `extend` take that path for every iterator whose
//! `size_hint` is exact, and std's in-place `into_iter().map(..).collect()` (which keeps the
//! source's capacity) allocates anew.

use core::borrow::{Borrow, BorrowMut};
use core::clone::Clone;
use core::cmp::{self, PartialEq};
use core::fmt;
use core::iter::{Extend, FromIterator, IntoIterator, Iterator};
use core::mem::{self, ManuallyDrop, MaybeUninit};
use core::ops::{Deref, DerefMut, Drop, FnMut, FnOnce, Range, RangeBounds};
use core::option::Option::{self, None, Some};
use core::ptr;
use core::slice;

use crate::collections::TryReserveError;
use crate::raw_vec::{self, RawVec};

mod drain;
mod extract_if;
mod into_iter;
mod splice;

pub use drain::Drain;
pub use extract_if::ExtractIf;
pub use into_iter::IntoIter;
pub use splice::Splice;

/// A contiguous growable array type.
pub struct Vec<T> {
    buf: RawVec<T>,
    len: usize,
}

impl<T> Vec<T> {
    /// An empty vector; it does not allocate.
    #[inline]
    pub const fn new() -> Vec<T> {
        Vec { buf: RawVec::new(), len: 0 }
    }

    /// An empty vector with room for exactly `capacity` elements.
    pub fn with_capacity(capacity: usize) -> Vec<T> {
        Vec { buf: RawVec::with_capacity(capacity), len: 0 }
    }

    /// A vector from the parts of another.
    ///
    /// # Safety
    /// `ptr` was allocated for `capacity` elements of `T` by this allocator, and the first
    /// `length` of them are initialised.
    #[inline]
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Vec<T> {
        Vec { buf: RawVec::from_raw_parts(ptr, capacity), len: length }
    }

    /// The pointer, length and capacity of the buffer, which the caller now owns (`from_raw_parts`
    /// puts them back together).
    pub fn into_raw_parts(self) -> (*mut T, usize, usize) {
        let mut me = ManuallyDrop::new(self);
        (me.as_mut_ptr(), me.len, me.capacity())
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    /// Makes room for at least `additional` more elements (growing amortized).
    pub fn reserve(&mut self, additional: usize) {
        self.buf.reserve(self.len, additional);
    }

    /// Makes room for at least `additional` more elements, allocating no more than that.
    pub fn reserve_exact(&mut self, additional: usize) {
        self.buf.reserve_exact(self.len, additional);
    }

    /// `reserve`, returning an error instead of panicking or aborting.
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.buf.try_reserve(self.len, additional)
    }

    /// `reserve_exact`, returning an error instead of panicking or aborting.
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.buf.try_reserve_exact(self.len, additional)
    }

    /// Shrinks the capacity to the length.
    pub fn shrink_to_fit(&mut self) {
        if self.capacity() > self.len {
            self.buf.shrink_to_fit(self.len);
        }
    }

    /// Shrinks the capacity to the larger of the length and `min_capacity` (never grows it).
    pub fn shrink_to(&mut self, min_capacity: usize) {
        if self.capacity() > min_capacity {
            self.buf.shrink_to_fit(cmp::max(self.len, min_capacity));
        }
    }

    /// The elements in a boxed slice of exactly their number (the buffer shrinks to fit).
    pub fn into_boxed_slice(mut self) -> crate::boxed::Box<[T]> {
        self.shrink_to_fit();
        let me = ManuallyDrop::new(self);
        unsafe { crate::boxed::Box::from_raw(ptr::slice_from_raw_parts_mut(me.buf.ptr(), me.len)) }
    }

    /// Shortens the vector to `len` elements, dropping the rest front to back.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let remaining = self.len - len;
        // the length goes down first, so a panicking destructor leaves no element to drop twice
        self.len = len;
        unsafe { ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.as_mut_ptr().add(len), remaining)) };
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        unsafe { slice::from_raw_parts(self.as_ptr(), self.len) }
    }

    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        unsafe { slice::from_raw_parts_mut(self.as_mut_ptr(), self.len) }
    }

    /// The buffer's pointer: dangling but aligned while nothing is allocated.
    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self.buf.ptr() as *const T
    }

    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.buf.ptr()
    }

    /// Sets the length without touching the elements.
    ///
    /// # Safety
    /// `new_len` is at most the capacity, and the first `new_len` elements are initialised.
    #[inline]
    pub unsafe fn set_len(&mut self, new_len: usize) {
        self.len = new_len;
    }

    /// Removes the element at `index` and puts the last one in its place.
    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("swap_remove index (is {}) should be < len (is {})", index, len);
        }
        unsafe {
            let value = ptr::read(self.as_ptr().add(index));
            let base = self.as_mut_ptr();
            ptr::copy(base.add(len - 1), base.add(index), 1);
            self.len = len - 1;
            value
        }
    }

    /// Inserts `element` at `index`, moving the later elements back.
    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        let _ = self.insert_mut(index, element);
    }

    /// `insert`, returning a reference to the inserted element.
    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, element: T) -> &mut T {
        let len = self.len;
        if index > len {
            panic!("insertion index (is {}) should be <= len (is {})", index, len);
        }
        if len == self.buf.capacity() {
            self.buf.grow_one();
        }
        unsafe {
            let p = self.as_mut_ptr().add(index);
            if index < len {
                ptr::copy(p, p.add(1), len - index);
            }
            ptr::write(p, element);
            self.len = len + 1;
            &mut *p
        }
    }

    /// Removes the element at `index`, moving the later elements forward.
    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("removal index (is {}) should be < len (is {})", index, len);
        }
        unsafe {
            let p = self.as_mut_ptr().add(index);
            let value = ptr::read(p);
            ptr::copy(p.add(1), p, len - index - 1);
            self.len = len - 1;
            value
        }
    }

    /// Keeps the elements `f` accepts, in order; the others are dropped.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.retain_mut(|x| f(x));
    }

    /// Keeps the elements `f` accepts (it may change them), in order, moving each kept one down
    /// over the gaps the dropped ones left. A rejected element is dropped at once.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let len = self.len;
        // while `f` runs, the vector owns only what was kept so far
        self.len = 0;
        let mut kept = 0;
        let mut i = 0;
        while i < len {
            unsafe {
                let p = self.as_mut_ptr().add(i);
                if f(&mut *p) {
                    if kept != i {
                        ptr::copy_nonoverlapping(p, self.as_mut_ptr().add(kept), 1);
                    }
                    kept += 1;
                } else {
                    ptr::drop_in_place(p);
                }
            }
            i += 1;
        }
        self.len = kept;
    }

    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b));
    }

    /// Removes each element for which `same_bucket(element, last kept element)` is true.
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same_bucket: F) {
        let len = self.len;
        if len <= 1 {
            return;
        }
        self.len = 0;
        let mut kept = 1;
        let mut i = 1;
        while i < len {
            unsafe {
                let base = self.as_mut_ptr();
                let p = base.add(i);
                if same_bucket(&mut *p, &mut *base.add(kept - 1)) {
                    ptr::drop_in_place(p);
                } else {
                    if kept != i {
                        ptr::copy_nonoverlapping(p, base.add(kept), 1);
                    }
                    kept += 1;
                }
            }
            i += 1;
        }
        self.len = kept;
    }

    /// Appends an element to the back.
    pub fn push(&mut self, value: T) {
        let _ = self.push_mut(value);
    }

    /// `push`, returning a reference to the pushed element.
    pub fn push_mut(&mut self, value: T) -> &mut T {
        let len = self.len;
        if len == self.buf.capacity() {
            self.buf.grow_one();
        }
        unsafe {
            let p = self.as_mut_ptr().add(len);
            ptr::write(p, value);
            self.len = len + 1;
            &mut *p
        }
    }

    /// Removes the last element and returns it.
    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            unsafe { Some(ptr::read(self.as_ptr().add(self.len))) }
        }
    }

    /// Removes the last element if `predicate` accepts it.
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.last_mut()?;
        if predicate(last) { self.pop() } else { None }
    }

    /// Moves all elements of `other` to the end of `self`, leaving `other` empty (with its capacity).
    pub fn append(&mut self, other: &mut Vec<T>) {
        let count = other.len;
        self.reserve(count);
        unsafe {
            ptr::copy_nonoverlapping(other.as_ptr(), self.as_mut_ptr().add(self.len), count);
            other.len = 0;
        }
        self.len += count;
    }

    /// Removes the elements in `range` and yields them; the rest closes up when the `Drain` is
    /// dropped (also when it was not run to the end).
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let len = self.len;
        let Range { start, end } = slice::range(range, ..len);
        Drain::new(self, start, end)
    }

    /// Replaces the elements in `range` with those of `replace_with`, yielding the removed ones.
    /// The replacement happens when the `Splice` is dropped.
    #[track_caller]
    pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter>
    where
        R: RangeBounds<usize>,
        I: IntoIterator<Item = T>,
    {
        Splice { drain: self.drain(range), replace_with: replace_with.into_iter() }
    }

    /// An iterator that removes and yields the elements in `range` that `filter` accepts; the
    /// others stay in order. Elements not reached when it is dropped stay too.
    #[track_caller]
    pub fn extract_if<F, R>(&mut self, range: R, filter: F) -> ExtractIf<'_, T, F>
    where
        F: FnMut(&mut T) -> bool,
        R: RangeBounds<usize>,
    {
        ExtractIf::new(self, filter, range)
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Splits off the elements from `at` on into a new vector of exactly their number; `self`
    /// keeps its capacity.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        if at > self.len {
            panic!("`at` split index (is {}) should be <= len (is {})", at, self.len);
        }
        let other_len = self.len - at;
        let mut other = Vec::with_capacity(other_len);
        unsafe {
            self.len = at;
            ptr::copy_nonoverlapping(self.as_ptr().add(at), other.as_mut_ptr(), other_len);
            other.len = other_len;
        }
        other
    }

    /// Grows with values from `f` or shrinks to `new_len`.
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        let len = self.len;
        if new_len <= len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - len);
        while self.len < new_len {
            unsafe {
                ptr::write(self.as_mut_ptr().add(self.len), f());
            }
            self.len += 1;
        }
    }

    /// Gives up ownership of the elements, which live on for the rest of the program.
    pub fn leak<'a>(self) -> &'a mut [T] {
        let mut me = ManuallyDrop::new(self);
        unsafe { slice::from_raw_parts_mut(me.as_mut_ptr(), me.len) }
    }

    /// The unused part of the buffer, to be filled before `set_len` takes it in.
    pub fn spare_capacity_mut(&mut self) -> &mut [MaybeUninit<T>] {
        unsafe {
            slice::from_raw_parts_mut(
                self.as_mut_ptr().add(self.len) as *mut MaybeUninit<T>,
                self.buf.capacity() - self.len,
            )
        }
    }

    /// Writes the elements of an iterator whose `size_hint` is exact, after reserving once.
    fn extend_trusted<I: Iterator<Item = T>>(&mut self, iterator: I) {
        let (lower, _) = iterator.size_hint();
        self.reserve(lower);
        self.extend_desugared(iterator);
    }

    /// Pushes the elements of any iterator; when the buffer is full it grows for the rest of the
    /// iterator's lower bound at once.
    fn extend_desugared<I: Iterator<Item = T>>(&mut self, mut iterator: I) {
        while let Some(element) = iterator.next() {
            let len = self.len;
            if len == self.capacity() {
                let (lower, _) = iterator.size_hint();
                self.reserve(lower.saturating_add(1));
            }
            unsafe {
                ptr::write(self.as_mut_ptr().add(len), element);
            }
            self.len = len + 1;
        }
    }

    /// A vector made from the elements of an array (what `vec![a, b, c]` expands to), with
    /// exactly their number as capacity.
    pub fn from_array<const N: usize>(items: [T; N]) -> Vec<T> {
        let mut v = Vec::with_capacity(N);
        let items = ManuallyDrop::new(items);
        unsafe {
            ptr::copy_nonoverlapping(&*items as *const [T; N] as *const T, v.as_mut_ptr(), N);
            v.len = N;
        }
        v
    }
}

impl<T: Clone> Vec<T> {
    /// Grows with clones of `value` (the last slot gets `value` itself) or shrinks to `new_len`.
    pub fn resize(&mut self, new_len: usize, value: T) {
        let len = self.len;
        if new_len > len {
            self.extend_with(new_len - len, value);
        } else {
            self.truncate(new_len);
        }
    }

    /// Appends clones of the elements of `other`.
    pub fn extend_from_slice(&mut self, other: &[T]) {
        self.reserve(other.len());
        for x in other {
            unsafe {
                ptr::write(self.as_mut_ptr().add(self.len), x.clone());
            }
            self.len += 1;
        }
    }

    /// Appends clones of the elements in `src`, a range of the vector itself.
    #[track_caller]
    pub fn extend_from_within<R: RangeBounds<usize>>(&mut self, src: R) {
        let range = slice::range(src, ..self.len);
        self.reserve(range.end - range.start);
        let mut i = range.start;
        while i < range.end {
            unsafe {
                let value = (*self.as_ptr().add(i)).clone();
                ptr::write(self.as_mut_ptr().add(self.len), value);
            }
            self.len += 1;
            i += 1;
        }
    }

    /// Appends `n - 1` clones of `value` and then `value` itself.
    fn extend_with(&mut self, n: usize, value: T) {
        self.reserve(n);
        if n == 0 {
            return;
        }
        let mut i = 1;
        while i < n {
            unsafe {
                ptr::write(self.as_mut_ptr().add(self.len), value.clone());
            }
            self.len += 1;
            i += 1;
        }
        unsafe {
            ptr::write(self.as_mut_ptr().add(self.len), value);
        }
        self.len += 1;
    }
}

impl<T: PartialEq> Vec<T> {
    /// Removes consecutive repeated elements (the first of each run stays).
    #[inline]
    pub fn dedup(&mut self) {
        self.dedup_by(|a, b| *a == *b);
    }
}

impl<T, const N: usize> Vec<[T; N]> {
    /// The arrays' elements as one vector, in the same buffer.
    pub fn into_flattened(self) -> Vec<T> {
        let (ptr, len, cap) = self.into_raw_parts();
        let (new_len, new_cap) = if mem::size_of::<T>() == 0 {
            (len.checked_mul(N).expect("vec len overflow"), usize::MAX)
        } else {
            (len * N, cap * N)
        };
        unsafe { Vec::from_raw_parts(ptr as *mut T, new_len, new_cap) }
    }
}

/// `vec![elem; n]`: `n - 1` clones of `elem` and `elem` itself last.
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    v.extend_with(n, elem);
    v
}

impl<T> Drop for Vec<T> {
    /// Drops the elements front to back; the `RawVec` then frees the buffer.
    fn drop(&mut self) {
        unsafe { ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.as_mut_ptr(), self.len)) };
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for Vec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        let mut v = Vec::with_capacity(self.len);
        v.extend_from_slice(self.as_slice());
        v
    }

    /// Reuses `self`'s buffer: clones into the common prefix, then truncates or appends.
    fn clone_from(&mut self, source: &Vec<T>) {
        self.truncate(source.len);
        let n = self.len;
        let mut i = 0;
        while i < n {
            self[i].clone_from(&source[i]);
            i += 1;
        }
        self.extend_from_slice(&source[n..]);
    }
}

impl<T: PartialEq> PartialEq for Vec<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: fmt::Debug> fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T> core::convert::AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> core::convert::AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T> core::convert::AsRef<Vec<T>> for Vec<T> {
    fn as_ref(&self) -> &Vec<T> {
        self
    }
}

impl<T> core::convert::AsMut<Vec<T>> for Vec<T> {
    fn as_mut(&mut self) -> &mut Vec<T> {
        self
    }
}

impl<'a, T: Clone> core::convert::From<&'a [T]> for Vec<T> {
    fn from(s: &'a [T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<'a, T: Clone> core::convert::From<&'a mut [T]> for Vec<T> {
    fn from(s: &'a mut [T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<T, const N: usize> core::convert::From<[T; N]> for Vec<T> {
    fn from(items: [T; N]) -> Vec<T> {
        Vec::from_array(items)
    }
}

impl<'a, T: Clone, const N: usize> core::convert::From<&'a [T; N]> for Vec<T> {
    fn from(s: &'a [T; N]) -> Vec<T> {
        s.to_vec()
    }
}

impl<'a, T: Clone, const N: usize> core::convert::From<&'a mut [T; N]> for Vec<T> {
    fn from(s: &'a mut [T; N]) -> Vec<T> {
        s.to_vec()
    }
}

impl<T> core::convert::From<crate::boxed::Box<[T]>> for Vec<T> {
    /// Takes over the box's memory: capacity and length are the slice's length.
    fn from(s: crate::boxed::Box<[T]>) -> Vec<T> {
        s.into_vec()
    }
}

impl<T> core::convert::From<Vec<T>> for crate::boxed::Box<[T]> {
    fn from(v: Vec<T>) -> crate::boxed::Box<[T]> {
        v.into_boxed_slice()
    }
}

impl<'a, T: Clone> core::convert::From<crate::borrow::Cow<'a, [T]>> for Vec<T> {
    fn from(s: crate::borrow::Cow<'a, [T]>) -> Vec<T> {
        s.into_owned()
    }
}

impl<'a> core::convert::From<&'a str> for Vec<u8> {
    fn from(s: &'a str) -> Vec<u8> {
        Vec::from(s.as_bytes())
    }
}

impl<T> FromIterator<T> for Vec<T> {
    /// An iterator with an exact `size_hint` fills a buffer of exactly its length; any other
    /// starts with room for its lower bound plus one (at least `min_non_zero_cap`) and grows as
    /// `extend` does.
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut iterator = iter.into_iter();
        let (lower, upper) = iterator.size_hint();
        if upper == Some(lower) {
            let mut v = Vec::with_capacity(lower);
            v.extend_desugared(iterator);
            return v;
        }
        let first = match iterator.next() {
            Some(first) => first,
            None => return Vec::new(),
        };
        let (lower, _) = iterator.size_hint();
        let mut v = Vec::with_capacity(cmp::max(raw_vec::min_non_zero_cap::<T>(), lower.saturating_add(1)));
        unsafe {
            ptr::write(v.as_mut_ptr(), first);
        }
        v.len = 1;
        v.extend_desugared(iterator);
        v
    }
}

impl<T> Extend<T> for Vec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let iterator = iter.into_iter();
        let (lower, upper) = iterator.size_hint();
        if upper == Some(lower) {
            self.extend_trusted(iterator);
        } else {
            self.extend_desugared(iterator);
        }
    }
}

impl<'a, T: core::marker::Copy + 'a> Extend<&'a T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied());
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for Vec<T> {
    fn eq(&self, other: &[U; N]) -> bool {
        slice_eq(self.as_slice(), other)
    }
}

impl<'a, T: PartialEq<U>, U, const N: usize> PartialEq<&'a [U; N]> for Vec<T> {
    fn eq(&self, other: &&'a [U; N]) -> bool {
        slice_eq(self.as_slice(), *other)
    }
}

impl<'a, T: PartialEq<U>, U> PartialEq<&'a [U]> for Vec<T> {
    fn eq(&self, other: &&'a [U]) -> bool {
        slice_eq(self.as_slice(), *other)
    }
}

impl<T: PartialEq<U>, U> PartialEq<[U]> for Vec<T> {
    fn eq(&self, other: &[U]) -> bool {
        slice_eq(self.as_slice(), other)
    }
}

fn slice_eq<T: PartialEq<U>, U>(a: &[T], b: &[U]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        let (ptr, len, cap) = self.into_raw_parts();
        unsafe { IntoIter::new(RawVec::from_raw_parts(ptr, cap), len) }
    }
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = core::slice::Iter<'a, T>;

    fn into_iter(self) -> core::slice::Iter<'a, T> {
        self.as_slice().iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = core::slice::IterMut<'a, T>;

    fn into_iter(self) -> core::slice::IterMut<'a, T> {
        self.as_mut_slice().iter_mut()
    }
}

impl<T: Eq> Eq for Vec<T> {}

impl<T: PartialOrd> PartialOrd for Vec<T> {
    #[inline]
    fn partial_cmp(&self, other: &Vec<T>) -> Option<core::cmp::Ordering> {
        self.as_slice().partial_cmp(other.as_slice())
    }
}

impl<T: Ord> Ord for Vec<T> {
    #[inline]
    fn cmp(&self, other: &Vec<T>) -> core::cmp::Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

impl<T: core::hash::Hash> core::hash::Hash for Vec<T> {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state)
    }
}

impl<T> Borrow<[T]> for Vec<T> {
    #[inline]
    fn borrow(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> BorrowMut<[T]> for Vec<T> {
    #[inline]
    fn borrow_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T> core::default::Default for Vec<T> {
    #[inline]
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T, I> core::ops::Index<I> for Vec<T>
where
    [T]: core::ops::Index<I>,
{
    type Output = <[T] as core::ops::Index<I>>::Output;

    #[track_caller]
    fn index(&self, index: I) -> &Self::Output {
        core::ops::Index::index(&**self, index)
    }
}

impl<T, I> core::ops::IndexMut<I> for Vec<T>
where
    [T]: core::ops::IndexMut<I>,
{
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut Self::Output {
        core::ops::IndexMut::index_mut(&mut **self, index)
    }
}
