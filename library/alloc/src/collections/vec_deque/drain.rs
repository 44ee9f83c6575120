//! `vec_deque::Drain`: the iterator of `VecDeque::drain`.

use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use core::marker::PhantomData;
use core::mem;
use core::option::Option::{self, None, Some};
use core::ptr;

use super::VecDeque;

/// The iterator of `VecDeque::drain`. While it lives the deque's length is the number of
/// elements before the drained range; dropping it drops what was not yielded and joins the
/// elements before and after the range by moving the shorter side.
pub struct Drain<'a, T: 'a> {
    deque: *mut VecDeque<T>,
    /// How many elements the range had, the index of the next one to yield, how many elements
    /// follow the range, and how many of the range are left.
    drain_len: usize,
    idx: usize,
    tail_len: usize,
    remaining: usize,
    _marker: PhantomData<&'a T>,
}

impl<'a, T> Drain<'a, T> {
    /// # Safety
    /// `drain_start + drain_len` is at most the deque's length.
    pub(super) unsafe fn new(deque: &'a mut VecDeque<T>, drain_start: usize, drain_len: usize) -> Drain<'a, T> {
        let orig_len = mem::replace(&mut deque.len, drain_start);
        let tail_len = orig_len - drain_start - drain_len;
        Drain {
            deque: deque as *mut VecDeque<T>,
            drain_len,
            idx: drain_start,
            tail_len,
            remaining: drain_len,
            _marker: PhantomData,
        }
    }

    /// The elements not yielded yet, as the two slices of the buffer they occupy.
    unsafe fn as_slices(&self) -> (*mut [T], *mut [T]) {
        let deque = &*self.deque;
        let end = self.idx + self.remaining;
        let (a, b) = deque.slice_ranges(self.idx..end, end);
        (deque.buffer_range(a), deque.buffer_range(b))
    }
}

impl<T: fmt::Debug> fmt::Debug for Drain<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.drain_len).field(&self.idx).field(&self.tail_len).field(&self.remaining).finish()
    }
}

impl<T> Drop for Drain<'_, T> {
    fn drop(&mut self) {
        if self.remaining != 0 {
            unsafe {
                let (front, back) = self.as_slices();
                self.remaining = 0;
                ptr::drop_in_place(front);
                ptr::drop_in_place(back);
            }
        }
        let deque = unsafe { &mut *self.deque };
        let drain_len = self.drain_len;
        let head_len = deque.len;
        let tail_len = self.tail_len;
        let new_len = head_len + tail_len;
        if mem::size_of::<T>() == 0 {
            deque.len = new_len;
            return;
        }
        if head_len != 0 && tail_len != 0 {
            // the shorter side moves over the gap
            let (src, dst, len) = if head_len < tail_len {
                (deque.head, deque.to_physical_idx(drain_len), head_len)
            } else {
                (deque.to_physical_idx(head_len + drain_len), deque.to_physical_idx(head_len), tail_len)
            };
            unsafe { deque.wrap_copy(src, dst, len) };
        }
        if new_len == 0 {
            deque.head = 0;
        } else if head_len < tail_len {
            deque.head = deque.to_physical_idx(drain_len);
        }
        deque.len = new_len;
    }
}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.remaining == 0 {
            return None;
        }
        let deque = unsafe { &mut *self.deque };
        let wrapped_idx = deque.to_physical_idx(self.idx);
        self.idx += 1;
        self.remaining -= 1;
        Some(unsafe { deque.buffer_read(wrapped_idx) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<T> DoubleEndedIterator for Drain<'_, T> {
    fn next_back(&mut self) -> Option<T> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let deque = unsafe { &mut *self.deque };
        let wrapped_idx = deque.to_physical_idx(self.idx + self.remaining);
        Some(unsafe { deque.buffer_read(wrapped_idx) })
    }
}

impl<T> ExactSizeIterator for Drain<'_, T> {}

impl<T> FusedIterator for Drain<'_, T> {}
