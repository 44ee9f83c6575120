//! A double-ended queue as a ring buffer: the elements are the `len` slots from `head` on,
//! wrapping around the end of the buffer.

use crate::vec::Vec;
use core::clone::Clone;
use core::cmp::{Ord, Ordering, PartialEq, PartialOrd};
use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
use core::marker::PhantomData;
use core::ops::{Drop, FnMut, Index, IndexMut};
use core::option::Option::{self, None, Some};
use core::ptr;

/// A double-ended queue implemented with a growable ring buffer.
pub struct VecDeque<T> {
    /// Only the allocation of `buf` is used; its own length stays 0.
    buf: Vec<T>,
    head: usize,
    len: usize,
}

impl<T> VecDeque<T> {
    pub const fn new() -> VecDeque<T> {
        VecDeque { buf: Vec::new(), head: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        VecDeque { buf: Vec::with_capacity(capacity), head: 0, len: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    /// The buffer slot of logical index `i` (`i < capacity`).
    #[inline]
    fn slot(&self, i: usize) -> *mut T {
        let cap = self.buf.capacity();
        let mut p = self.head + i;
        if p >= cap {
            p -= cap;
        }
        unsafe { self.buf.buf_ptr().add(p) }
    }

    /// Makes room for one more element: a buffer twice the size with the elements in order.
    fn grow(&mut self) {
        let cap = self.buf.capacity();
        let new_cap = if cap == 0 { 4 } else { cap * 2 };
        let new_buf: Vec<T> = Vec::with_capacity(new_cap);
        let mut i = 0;
        while i < self.len {
            unsafe { ptr::write(new_buf.buf_ptr().add(i), ptr::read(self.slot(i))) };
            i += 1;
        }
        self.buf = new_buf;
        self.head = 0;
    }

    pub fn push_back(&mut self, value: T) {
        if self.len == self.buf.capacity() {
            self.grow();
        }
        unsafe { ptr::write(self.slot(self.len), value) };
        self.len += 1;
    }

    pub fn push_front(&mut self, value: T) {
        if self.len == self.buf.capacity() {
            self.grow();
        }
        self.head = if self.head == 0 { self.buf.capacity() - 1 } else { self.head - 1 };
        unsafe { ptr::write(self.slot(0), value) };
        self.len += 1;
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let x = unsafe { ptr::read(self.slot(0)) };
        self.head += 1;
        if self.head == self.buf.capacity() {
            self.head = 0;
        }
        self.len -= 1;
        Some(x)
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        unsafe { Some(ptr::read(self.slot(self.len))) }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len { unsafe { Some(&*self.slot(index)) } } else { None }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len { unsafe { Some(&mut *self.slot(index)) } } else { None }
    }

    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn back(&self) -> Option<&T> {
        if self.len == 0 { None } else { self.get(self.len - 1) }
    }

    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    pub fn back_mut(&mut self) -> Option<&mut T> {
        if self.len == 0 { None } else { self.get_mut(self.len - 1) }
    }

    #[track_caller]
    pub fn swap(&mut self, i: usize, j: usize) {
        if i >= self.len || j >= self.len {
            panic!("assertion failed: i < self.len()");
        }
        if i != j {
            unsafe {
                let (a, b) = (self.slot(i), self.slot(j));
                let t = ptr::read(a);
                ptr::write(a, ptr::read(b));
                ptr::write(b, t);
            }
        }
    }

    /// Inserts at `index`, moving the later elements back.
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        if index > self.len {
            panic!("index out of bounds");
        }
        self.push_back(value);
        let mut i = self.len - 1;
        while i > index {
            self.swap(i, i - 1);
            i -= 1;
        }
    }

    /// Removes and returns the element at `index`, moving the later elements forward.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        let mut i = index;
        while i + 1 < self.len {
            self.swap(i, i + 1);
            i += 1;
        }
        self.pop_back()
    }

    pub fn truncate(&mut self, len: usize) {
        while self.len > len {
            drop(self.pop_back());
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        self.iter().any(|y| *y == *x)
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let n = self.len;
        let mut i = 0;
        while i < n {
            let x = self.pop_front().unwrap();
            if f(&x) {
                self.push_back(x);
            }
            i += 1;
        }
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { deque: self, front: 0, back: self.len }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let back = self.len;
        IterMut { deque: self as *mut VecDeque<T>, front: 0, back, _marker: PhantomData }
    }

    /// The elements as two slices: from the head to the end of the buffer, then the wrapped part.
    pub fn as_slices(&self) -> (&[T], &[T]) {
        let cap = self.buf.capacity();
        unsafe {
            let base = self.buf.buf_ptr() as *const T;
            if self.head + self.len <= cap {
                (core::slice::from_raw_parts(base.add(self.head), self.len), &[])
            } else {
                let first = cap - self.head;
                (
                    core::slice::from_raw_parts(base.add(self.head), first),
                    core::slice::from_raw_parts(base, self.len - first),
                )
            }
        }
    }

    /// Rearranges the buffer so the elements are one slice, and returns it.
    pub fn make_contiguous(&mut self) -> &mut [T] {
        if self.head + self.len > self.buf.capacity() {
            let new_buf: Vec<T> = Vec::with_capacity(self.buf.capacity());
            let mut i = 0;
            while i < self.len {
                unsafe { ptr::write(new_buf.buf_ptr().add(i), ptr::read(self.slot(i))) };
                i += 1;
            }
            self.buf = new_buf;
            self.head = 0;
        }
        if self.len == 0 {
            return &mut [];
        }
        unsafe { core::slice::from_raw_parts_mut(self.slot(0), self.len) }
    }

    pub fn rotate_left(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            let x = self.pop_front().unwrap();
            self.push_back(x);
            i += 1;
        }
    }

    pub fn rotate_right(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            let x = self.pop_back().unwrap();
            self.push_front(x);
            i += 1;
        }
    }

    pub fn append(&mut self, other: &mut VecDeque<T>) {
        while let Some(x) = other.pop_front() {
            self.push_back(x);
        }
    }
}

impl<T> Drop for VecDeque<T> {
    fn drop(&mut self) {
        self.clear();
    }
}

impl<T> Index<usize> for VecDeque<T> {
    type Output = T;

    #[track_caller]
    fn index(&self, index: usize) -> &T {
        match self.get(index) {
            Some(x) => x,
            None => panic!("Out of bounds access"),
        }
    }
}

impl<T> IndexMut<usize> for VecDeque<T> {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        match self.get_mut(index) {
            Some(x) => x,
            None => panic!("Out of bounds access"),
        }
    }
}

impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> VecDeque<T> {
        self.iter().cloned().collect()
    }
}

impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, other: &VecDeque<T>) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl<T: Eq> Eq for VecDeque<T> {}

impl<T: PartialOrd> PartialOrd for VecDeque<T> {
    fn partial_cmp(&self, other: &VecDeque<T>) -> Option<Ordering> {
        self.iter().partial_cmp(other.iter())
    }
}

impl<T: Ord> Ord for VecDeque<T> {
    fn cmp(&self, other: &VecDeque<T>) -> Ordering {
        self.iter().cmp(other.iter())
    }
}

impl<T: fmt::Debug> fmt::Debug for VecDeque<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> core::default::Default for VecDeque<T> {
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T> {
        let mut d = VecDeque::new();
        d.extend(iter);
        d
    }
}

impl<T> Extend<T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push_back(x);
        }
    }
}

impl<T> core::convert::From<Vec<T>> for VecDeque<T> {
    fn from(v: Vec<T>) -> VecDeque<T> {
        v.into_iter().collect()
    }
}

impl<T, const N: usize> core::convert::From<[T; N]> for VecDeque<T> {
    fn from(items: [T; N]) -> VecDeque<T> {
        items.into_iter().collect()
    }
}

impl<T> core::convert::From<VecDeque<T>> for Vec<T> {
    fn from(d: VecDeque<T>) -> Vec<T> {
        d.into_iter().collect()
    }
}

/// The iterator of `VecDeque::iter`.
pub struct Iter<'a, T> {
    deque: &'a VecDeque<T>,
    front: usize,
    back: usize,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        self.deque.get(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        self.deque.get(self.back)
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {}

impl<'a, T> Clone for Iter<'a, T> {
    fn clone(&self) -> Iter<'a, T> {
        Iter { deque: self.deque, front: self.front, back: self.back }
    }
}

/// The iterator of `VecDeque::iter_mut`.
pub struct IterMut<'a, T> {
    deque: *mut VecDeque<T>,
    front: usize,
    back: usize,
    _marker: PhantomData<&'a mut T>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        unsafe { Some(&mut *(*self.deque).slot(self.front - 1)) }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        unsafe { Some(&mut *(*self.deque).slot(self.back)) }
    }
}

impl<'a, T> ExactSizeIterator for IterMut<'a, T> {}

/// The by-value iterator of a `VecDeque`.
pub struct IntoIter<T> {
    deque: VecDeque<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.deque.pop_front()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.deque.len, Some(self.deque.len))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.deque.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { deque: self }
    }
}

impl<'a, T> IntoIterator for &'a VecDeque<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}
