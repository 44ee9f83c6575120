//! A contiguous growable array type, `Vec<T>`.
//!
//! FIXME: real Rust defines this in the `alloc` crate; Ferrite's library has no `alloc` crate yet.

use core::clone::Clone;
use core::cmp::PartialEq;
use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use core::marker::PhantomData;
use core::mem;
use core::ops::{Bound, Deref, DerefMut, Drop, FnMut, FnOnce, RangeBounds};
use core::option::Option::{self, None, Some};
use core::ptr;

/// A contiguous growable array type.
pub struct Vec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
    _marker: PhantomData<T>,
}

impl<T> Vec<T> {
    /// An empty vector; it does not allocate.
    #[inline]
    pub const fn new() -> Vec<T> {
        Vec { ptr: ptr::null_mut(), cap: 0, len: 0, _marker: PhantomData }
    }

    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v = Vec::new();
        v.reserve(capacity);
        v
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// Makes room for at least `additional` more elements.
    pub fn reserve(&mut self, additional: usize) {
        let needed = self.len + additional;
        if needed <= self.cap {
            return;
        }
        let mut new_cap = if self.cap == 0 { 4 } else { self.cap * 2 };
        if new_cap < needed {
            new_cap = needed;
        }
        let size = mem::size_of::<T>();
        let align = mem::align_of::<T>();
        if size != 0 {
            let p = unsafe {
                if self.cap == 0 {
                    core::intrinsics::ferrite_alloc(new_cap * size, align)
                } else {
                    core::intrinsics::ferrite_realloc(self.ptr as *mut u8, self.cap * size, align, new_cap * size)
                }
            };
            self.ptr = p as *mut T;
        } else if self.ptr.is_null() {
            self.ptr = align as *mut T;
        }
        self.cap = new_cap;
    }

    /// Appends an element to the back.
    pub fn push(&mut self, value: T) {
        if self.len == self.cap {
            self.reserve(1);
        }
        unsafe {
            ptr::write(self.ptr.add(self.len), value);
        }
        self.len += 1;
    }

    /// Removes the last element and returns it.
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            unsafe { Some(ptr::read(self.ptr.add(self.len))) }
        }
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        if index > self.len {
            panic!("insertion index (is {}) should be <= len (is {})", index, self.len);
        }
        if self.len == self.cap {
            self.reserve(1);
        }
        unsafe {
            let mut i = self.len;
            while i > index {
                ptr::write(self.ptr.add(i), ptr::read(self.ptr.add(i - 1)));
                i -= 1;
            }
            ptr::write(self.ptr.add(index), element);
        }
        self.len += 1;
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        if index >= self.len {
            panic!("removal index (is {}) should be < len (is {})", index, self.len);
        }
        unsafe {
            let v = ptr::read(self.ptr.add(index));
            let mut i = index;
            while i + 1 < self.len {
                ptr::write(self.ptr.add(i), ptr::read(self.ptr.add(i + 1)));
                i += 1;
            }
            self.len -= 1;
            v
        }
    }

    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        if index >= self.len {
            panic!("swap_remove index (is {}) should be < len (is {})", index, self.len);
        }
        let last = self.len - 1;
        self.as_mut_slice().swap(index, last);
        match self.pop() {
            Some(v) => v,
            None => panic!("swap_remove on an empty vector"),
        }
    }

    /// Shortens the vector to `len` elements, dropping the rest.
    /// Keeps the first `len` elements and drops the rest, front to back (the order of the real
    /// std, which drops the tail as one slice).
    pub fn truncate(&mut self, len: usize) {
        let old = self.len;
        if len >= old {
            return;
        }
        self.len = len;
        let mut i = len;
        while i < old {
            unsafe {
                ptr::drop_in_place(self.ptr.add(i));
            }
            i += 1;
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// The buffer's pointer whatever the length (null while nothing is allocated): the storage
    /// `VecDeque` and `BinaryHeap` manage themselves.
    #[inline]
    pub(crate) fn buf_ptr(&self) -> *mut T {
        self.ptr
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        if self.len == 0 {
            return &[];
        }
        unsafe { core::slice::from_raw_parts(self.ptr as *const T, self.len) }
    }

    /// A pointer to the buffer (dangling while nothing is allocated), valid for the vector's
    /// capacity even while it is empty.
    #[inline]
    pub fn as_ptr(&self) -> *const T {
        if self.ptr.is_null() { ptr::dangling() } else { self.ptr }
    }

    /// A mutable pointer to the buffer (dangling while nothing is allocated).
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        if self.ptr.is_null() { ptr::dangling_mut() } else { self.ptr }
    }

    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        if self.len == 0 {
            return &mut [];
        }
        unsafe { core::slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    /// The elements in a boxed slice of exactly their number (the buffer shrinks to fit).
    pub fn into_boxed_slice(self) -> crate::boxed::Box<[T]> {
        let size = mem::size_of::<T>();
        let align = mem::align_of::<T>();
        let len = self.len;
        unsafe {
            let p = if size == 0 || len == 0 {
                if self.cap != 0 && size != 0 {
                    core::intrinsics::ferrite_dealloc(self.ptr as *mut u8, self.cap * size, align);
                }
                align as *mut T
            } else if self.cap != len {
                core::intrinsics::ferrite_realloc(self.ptr as *mut u8, self.cap * size, align, len * size) as *mut T
            } else {
                self.ptr
            };
            mem::forget(self);
            crate::boxed::Box::from_raw(core::slice::from_raw_parts_mut(p, len) as *mut [T])
        }
    }

    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        self.reserve(other.len());
        for x in other {
            self.push(x.clone());
        }
    }

    /// Keeps the elements `f` accepts, in order; the others are dropped.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.retain_mut(|x| f(x));
    }

    /// Keeps the elements `f` accepts (it may change them), in order, moving each kept one down
    /// over the gaps the dropped ones left.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let len = self.len;
        // while `f` runs, the vector owns only what was kept so far
        self.len = 0;
        let mut kept = 0;
        let mut i = 0;
        while i < len {
            unsafe {
                let p = self.ptr.add(i);
                if f(&mut *p) {
                    if kept != i {
                        ptr::write(self.ptr.add(kept), ptr::read(p));
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

    /// Removes consecutive repeated elements (the first of each run stays).
    pub fn dedup(&mut self)
    where
        T: PartialEq,
    {
        self.dedup_by(|a, b| *a == *b);
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
                let p = self.ptr.add(i);
                if same_bucket(&mut *p, &mut *self.ptr.add(kept - 1)) {
                    ptr::drop_in_place(p);
                } else {
                    if kept != i {
                        ptr::write(self.ptr.add(kept), ptr::read(p));
                    }
                    kept += 1;
                }
            }
            i += 1;
        }
        self.len = kept;
    }

    /// Removes the elements in `range` and yields them; the rest closes up when the `Drain` is
    /// dropped (also when it was not run to the end).
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let len = self.len;
        let start = match range.start_bound() {
            Bound::Included(s) => *s,
            Bound::Excluded(s) => *s + 1,
            Bound::Unbounded => 0,
        };
        let end = match range.end_bound() {
            Bound::Included(e) => *e + 1,
            Bound::Excluded(e) => *e,
            Bound::Unbounded => len,
        };
        if start > end {
            panic!("slice index starts at {} but ends at {}", start, end);
        }
        if end > len {
            panic!("range end index {} out of range for slice of length {}", end, len);
        }
        self.len = start;
        Drain { vec: self as *mut Vec<T>, front: start, back: end, tail: end, tail_len: len - end, _marker: PhantomData }
    }

    /// Splits off the elements from `at` on into a new vector.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        if at > self.len {
            panic!("`at` split index (is {}) should be <= len (is {})", at, self.len);
        }
        let n = self.len - at;
        let mut other = Vec::with_capacity(n);
        unsafe {
            let mut i = 0;
            while i < n {
                ptr::write(other.ptr.add(i), ptr::read(self.ptr.add(at + i)));
                i += 1;
            }
            other.len = n;
        }
        self.len = at;
        other
    }

    /// Moves all elements of `other` to the end of `self`, leaving `other` empty.
    pub fn append(&mut self, other: &mut Vec<T>) {
        let n = other.len;
        self.reserve(n);
        unsafe {
            let mut i = 0;
            while i < n {
                ptr::write(self.ptr.add(self.len + i), ptr::read(other.ptr.add(i)));
                i += 1;
            }
        }
        other.len = 0;
        self.len += n;
    }

    /// Grows with clones of `value` or shrinks to `new_len`.
    pub fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone,
    {
        if new_len <= self.len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - self.len);
        while self.len + 1 < new_len {
            self.push(value.clone());
        }
        self.push(value);
    }

    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        if new_len <= self.len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - self.len);
        while self.len < new_len {
            self.push(f());
        }
    }

    /// Sets the length without touching the elements.
    ///
    /// # Safety
    /// `new_len` is at most the capacity, and the first `new_len` elements are initialised.
    #[inline]
    pub unsafe fn set_len(&mut self, new_len: usize) {
        self.len = new_len;
    }

    /// A vector from the parts of another.
    ///
    /// # Safety
    /// `ptr` was allocated for `capacity` elements of `T` by this allocator, and the first
    /// `length` of them are initialised.
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Vec<T> {
        Vec { ptr, cap: capacity, len: length, _marker: PhantomData }
    }

    /// Removes the last element if `predicate` accepts it.
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let last = unsafe { &mut *self.ptr.add(self.len - 1) };
        if predicate(last) { self.pop() } else { None }
    }

    /// A vector made from the elements of an array (what `vec![a, b, c]` expands to).
    pub fn from_array<const N: usize>(items: [T; N]) -> Vec<T> {
        let mut v = Vec::with_capacity(N);
        for x in items {
            v.push(x);
        }
        v
    }
}

/// `vec![elem; n]`
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        v.push(elem.clone());
        i += 1;
    }
    v
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        self.truncate(0);
        let size = mem::size_of::<T>();
        if self.cap != 0 && size != 0 {
            unsafe {
                core::intrinsics::ferrite_dealloc(self.ptr as *mut u8, self.cap * size, mem::align_of::<T>());
            }
        }
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
        let mut v = Vec::with_capacity(s.len());
        v.extend_from_slice(s);
        v
    }
}

impl<'a, T: Clone> core::convert::From<&'a mut [T]> for Vec<T> {
    fn from(s: &'a mut [T]) -> Vec<T> {
        let mut v = Vec::with_capacity(s.len());
        v.extend_from_slice(s);
        v
    }
}

impl<T, const N: usize> core::convert::From<[T; N]> for Vec<T> {
    fn from(items: [T; N]) -> Vec<T> {
        Vec::from_array(items)
    }
}

impl<'a> core::convert::From<&'a str> for Vec<u8> {
    fn from(s: &'a str) -> Vec<u8> {
        Vec::from(s.as_bytes())
    }
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut v = Vec::new();
        for x in iter {
            v.push(x);
        }
        v
    }
}

impl<'a, T: core::marker::Copy + 'a> Extend<&'a T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for x in iter {
            self.push(*x);
        }
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

impl<T> Extend<T> for Vec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push(x);
        }
    }
}

/// The by-value iterator of a `Vec`.
pub struct IntoIter<T> {
    vec: Vec<T>,
    front: usize,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.front < self.vec.len {
            let i = self.front;
            self.front += 1;
            unsafe { Some(ptr::read(self.vec.ptr.add(i))) }
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.vec.len - self.front, Some(self.vec.len - self.front))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front < self.vec.len {
            self.vec.len -= 1;
            unsafe { Some(ptr::read(self.vec.ptr.add(self.vec.len))) }
        } else {
            None
        }
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        // drop what was not yielded; the Vec's own drop then frees the buffer
        while self.front < self.vec.len {
            unsafe {
                ptr::drop_in_place(self.vec.ptr.add(self.front));
            }
            self.front += 1;
        }
        self.vec.len = 0;
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { vec: self, front: 0 }
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

impl<T> core::borrow::Borrow<[T]> for Vec<T> {
    #[inline]
    fn borrow(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> core::default::Default for Vec<T> {
    #[inline]
    fn default() -> Vec<T> {
        Vec::new()
    }
}

/// The iterator of `Vec::drain`. The vector's length stays at the start of the range while it
/// lives; dropping it drops what was not yielded and moves the tail down.
pub struct Drain<'a, T> {
    vec: *mut Vec<T>,
    front: usize,
    back: usize,
    /// Where the elements after the range start, and how many there are.
    tail: usize,
    tail_len: usize,
    _marker: PhantomData<&'a mut Vec<T>>,
}

impl<'a, T> Iterator for Drain<'a, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        unsafe { Some(ptr::read((*self.vec).ptr.add(i))) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<'a, T> DoubleEndedIterator for Drain<'a, T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        unsafe { Some(ptr::read((*self.vec).ptr.add(self.back))) }
    }
}

impl<'a, T> ExactSizeIterator for Drain<'a, T> {}

impl<'a, T> Drop for Drain<'a, T> {
    fn drop(&mut self) {
        unsafe {
            let v = &mut *self.vec;
            while self.front < self.back {
                ptr::drop_in_place(v.ptr.add(self.front));
                self.front += 1;
            }
            let start = v.len;
            let mut i = 0;
            while i < self.tail_len {
                ptr::write(v.ptr.add(start + i), ptr::read(v.ptr.add(self.tail + i)));
                i += 1;
            }
            v.len = start + self.tail_len;
        }
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
