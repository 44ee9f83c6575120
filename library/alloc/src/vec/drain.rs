//! `vec::Drain`: the iterator of `Vec::drain`.

use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use core::marker::PhantomData;
use core::option::Option::{self, None, Some};
use core::ptr;
use core::slice;

use super::Vec;

/// The iterator of `Vec::drain`. While it lives, the vector's length stays at the start of the
/// drained range, so a leaked `Drain` leaks the rest instead of exposing moved-out slots;
/// dropping it drops what was not yielded and moves the tail down.
pub struct Drain<'a, T> {
    pub(super) vec: *mut Vec<T>,
    /// The elements not yielded yet are `front..back`.
    front: usize,
    back: usize,
    /// Where the elements after the drained range start, and how many there are.
    pub(super) tail_start: usize,
    pub(super) tail_len: usize,
    _marker: PhantomData<&'a mut Vec<T>>,
}

impl<'a, T> Drain<'a, T> {
    /// Drains `start..end` (a valid range) of `vec`.
    pub(super) fn new(vec: &'a mut Vec<T>, start: usize, end: usize) -> Drain<'a, T> {
        let len = vec.len;
        vec.len = start;
        Drain { vec: vec as *mut Vec<T>, front: start, back: end, tail_start: end, tail_len: len - end, _marker: PhantomData }
    }

    /// The elements not yielded yet.
    pub fn as_slice(&self) -> &[T] {
        unsafe { slice::from_raw_parts((*self.vec).as_ptr().add(self.front), self.back - self.front) }
    }

    /// Drops the elements not yielded yet, leaving the range empty.
    pub(super) fn drop_remaining(&mut self) {
        unsafe {
            let rest = ptr::slice_from_raw_parts_mut((*self.vec).as_mut_ptr().add(self.front), self.back - self.front);
            self.front = self.back;
            ptr::drop_in_place(rest);
        }
    }

    /// Fills the gap between the vector's length and the tail from `replace_with`; false if the
    /// iterator ran out first.
    pub(super) fn fill<I: Iterator<Item = T>>(&mut self, replace_with: &mut I) -> bool {
        let vec = unsafe { &mut *self.vec };
        while vec.len < self.tail_start {
            match replace_with.next() {
                Some(item) => {
                    unsafe { ptr::write(vec.as_mut_ptr().add(vec.len), item) };
                    vec.len += 1;
                }
                None => return false,
            }
        }
        true
    }

    /// Moves the tail `additional` slots further back (growing the buffer as needed).
    #[track_caller]
    pub(super) fn move_tail(&mut self, additional: usize) {
        let vec = unsafe { &mut *self.vec };
        let len = self.tail_start + self.tail_len;
        vec.buf.reserve(len, additional);
        let new_tail_start = self.tail_start + additional;
        unsafe {
            let base = vec.as_mut_ptr();
            ptr::copy(base.add(self.tail_start), base.add(new_tail_start), self.tail_len);
        }
        self.tail_start = new_tail_start;
    }
}

impl<'a, T> Iterator for Drain<'a, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        unsafe { Some(ptr::read((*self.vec).as_ptr().add(i))) }
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
        unsafe { Some(ptr::read((*self.vec).as_ptr().add(self.back))) }
    }
}

impl<'a, T> ExactSizeIterator for Drain<'a, T> {}

impl<'a, T> FusedIterator for Drain<'a, T> {}

impl<'a, T: fmt::Debug> fmt::Debug for Drain<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.as_slice()).finish()
    }
}

impl<'a, T> Drop for Drain<'a, T> {
    fn drop(&mut self) {
        self.drop_remaining();
        unsafe {
            let vec = &mut *self.vec;
            let start = vec.len;
            if self.tail_len > 0 && start != self.tail_start {
                let base = vec.as_mut_ptr();
                ptr::copy(base.add(self.tail_start), base.add(start), self.tail_len);
            }
            vec.len = start + self.tail_len;
        }
    }
}
