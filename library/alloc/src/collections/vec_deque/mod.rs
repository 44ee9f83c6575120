//! A double-ended queue as a ring buffer: the elements are the `len` slots from `head` on,
//! wrapping around the end of a `RawVec`.
//!
//! Growing, inserting, removing and rotating move elements the way std's `VecDeque` does (the
//! shorter side moves), so `as_slices` splits the elements where std's would, and the capacity
//! follows std's too.

use core::cmp::{self, Ord, Ordering, PartialEq, PartialOrd};
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::{repeat_with, FromIterator, IntoIterator, Iterator};
use core::mem::{self, ManuallyDrop};
use core::ops::{Drop, FnMut, Index, IndexMut, Range, RangeBounds};
use core::option::Option::{self, None, Some};
use core::ptr;
use core::slice;

use crate::collections::TryReserveError;
use crate::collections::TryReserveErrorKind::CapacityOverflow;
use crate::raw_vec::RawVec;
use crate::vec::Vec;

mod drain;
mod into_iter;
mod iter;
mod iter_mut;

pub use self::drain::Drain;
pub use self::into_iter::IntoIter;
pub use self::iter::Iter;
pub use self::iter_mut::IterMut;

/// A double-ended queue implemented with a growable ring buffer.
pub struct VecDeque<T> {
    /// The buffer slot of the first element; 0 while the deque is empty after `clear`.
    head: usize,
    len: usize,
    buf: RawVec<T>,
}

/// `logical_index` reduced into the buffer, for a value below twice the capacity.
#[inline]
fn wrap_index(logical_index: usize, capacity: usize) -> usize {
    if logical_index >= capacity { logical_index - capacity } else { logical_index }
}

// The buffer: raw slot access, index arithmetic and moving slots around.
impl<T> VecDeque<T> {
    #[inline]
    fn ptr(&self) -> *mut T {
        self.buf.ptr()
    }

    /// Reads slot `off` out of the buffer.
    #[inline]
    unsafe fn buffer_read(&mut self, off: usize) -> T {
        ptr::read(self.ptr().add(off))
    }

    /// Writes `value` into slot `off` and returns a reference to it.
    #[inline]
    unsafe fn buffer_write(&mut self, off: usize, value: T) -> &mut T {
        let p = self.ptr().add(off);
        ptr::write(p, value);
        &mut *p
    }

    /// The slots `range` of the buffer.
    #[inline]
    unsafe fn buffer_range(&self, range: Range<usize>) -> *mut [T] {
        ptr::slice_from_raw_parts_mut(self.ptr().add(range.start), range.end - range.start)
    }

    #[inline]
    fn is_full(&self) -> bool {
        self.len == self.capacity()
    }

    /// The slot `addend` places after slot `idx`.
    #[inline]
    fn wrap_add(&self, idx: usize, addend: usize) -> usize {
        wrap_index(idx.wrapping_add(addend), self.capacity())
    }

    /// The slot of the element at `idx`.
    #[inline]
    fn to_physical_idx(&self, idx: usize) -> usize {
        self.wrap_add(self.head, idx)
    }

    /// The slot `subtrahend` places before slot `idx`.
    #[inline]
    fn wrap_sub(&self, idx: usize, subtrahend: usize) -> usize {
        wrap_index(idx.wrapping_sub(subtrahend).wrapping_add(self.capacity()), self.capacity())
    }

    /// Whether the elements are one run of slots (`head + len` does not pass the end).
    #[inline]
    fn is_contiguous(&self) -> bool {
        self.head <= self.capacity() - self.len
    }

    /// Moves `len` slots from `src` to `dst` (the runs may overlap but neither wraps).
    #[inline]
    unsafe fn copy(&mut self, src: usize, dst: usize, len: usize) {
        ptr::copy(self.ptr().add(src), self.ptr().add(dst), len);
    }

    /// Moves `len` slots from `src` to `dst` (the runs do not overlap and neither wraps).
    #[inline]
    unsafe fn copy_nonoverlapping(&mut self, src: usize, dst: usize, len: usize) {
        ptr::copy_nonoverlapping(self.ptr().add(src), self.ptr().add(dst), len);
    }

    /// Moves `len` slots from `src` to `dst`, either of which may wrap around the end of the
    /// buffer; the runs may overlap. The parts are moved in an order that never overwrites a slot
    /// before it was read.
    unsafe fn wrap_copy(&mut self, src: usize, dst: usize, len: usize) {
        if mem::size_of::<T>() == 0 || src == dst || len == 0 {
            return;
        }
        let cap = self.capacity();
        let dst_after_src = self.wrap_sub(dst, src) < len;
        let src_pre_wrap_len = cap - src;
        let dst_pre_wrap_len = cap - dst;
        let src_wraps = src_pre_wrap_len < len;
        let dst_wraps = dst_pre_wrap_len < len;
        match (dst_after_src, src_wraps, dst_wraps) {
            (_, false, false) => self.copy(src, dst, len),
            (false, false, true) => {
                // dst wraps and lies before src: its first part first
                self.copy(src, dst, dst_pre_wrap_len);
                self.copy(src + dst_pre_wrap_len, 0, len - dst_pre_wrap_len);
            }
            (true, false, true) => {
                // dst wraps and lies after src: the part that wraps first
                self.copy(src + dst_pre_wrap_len, 0, len - dst_pre_wrap_len);
                self.copy(src, dst, dst_pre_wrap_len);
            }
            (false, true, false) => {
                // src wraps, dst lies before it
                self.copy(src, dst, src_pre_wrap_len);
                self.copy(0, dst + src_pre_wrap_len, len - src_pre_wrap_len);
            }
            (true, true, false) => {
                // src wraps, dst lies after it
                self.copy(0, dst + src_pre_wrap_len, len - src_pre_wrap_len);
                self.copy(src, dst, src_pre_wrap_len);
            }
            (false, true, true) => {
                // both wrap, dst before src: dst's wrap point comes later in the run
                let delta = dst_pre_wrap_len - src_pre_wrap_len;
                self.copy(src, dst, src_pre_wrap_len);
                self.copy(0, dst + src_pre_wrap_len, delta);
                self.copy(delta, 0, len - dst_pre_wrap_len);
            }
            (true, true, true) => {
                // both wrap, dst after src: src's wrap point comes later in the run
                let delta = src_pre_wrap_len - dst_pre_wrap_len;
                self.copy(0, delta, len - src_pre_wrap_len);
                self.copy(cap - delta, 0, delta);
                self.copy(src, dst, dst_pre_wrap_len);
            }
        }
    }

    /// Copies the elements of `src` to the slots from `dst` on, wrapping at the end of the buffer.
    unsafe fn copy_slice(&mut self, dst: usize, src: &[T]) {
        let head_room = self.capacity() - dst;
        if src.len() <= head_room {
            ptr::copy_nonoverlapping(src.as_ptr(), self.ptr().add(dst), src.len());
        } else {
            let (left, right) = src.split_at(head_room);
            ptr::copy_nonoverlapping(left.as_ptr(), self.ptr().add(dst), left.len());
            ptr::copy_nonoverlapping(right.as_ptr(), self.ptr(), right.len());
        }
    }

    /// After the buffer grew from `old_capacity`, moves the shorter wrapped part so the elements
    /// are in order again: the part after the wrap goes behind the old end if it is the shorter
    /// one and fits, otherwise the part before the wrap moves to the new end.
    unsafe fn handle_capacity_increase(&mut self, old_capacity: usize) {
        let new_capacity = self.capacity();
        if self.head <= old_capacity - self.len {
            // contiguous: nothing moves
        } else {
            let head_len = old_capacity - self.head;
            let tail_len = self.len - head_len;
            if head_len > tail_len && new_capacity - old_capacity >= tail_len {
                self.copy_nonoverlapping(0, old_capacity, tail_len);
            } else {
                let new_head = new_capacity - head_len;
                // may overlap when the buffer grew by less than `head_len`
                self.copy(self.head, new_head, head_len);
                self.head = new_head;
            }
        }
    }

    /// Grows a full buffer.
    fn grow(&mut self) {
        let old_cap = self.capacity();
        self.buf.grow_one();
        unsafe { self.handle_capacity_increase(old_cap) };
    }

    /// The slot ranges holding the elements `range` of the first `len`: the part up to the end of
    /// the buffer and the wrapped part.
    #[track_caller]
    fn slice_ranges<R: RangeBounds<usize>>(&self, range: R, len: usize) -> (Range<usize>, Range<usize>) {
        let Range { start, end } = slice::range(range, ..len);
        let len = end - start;
        if len == 0 {
            return (0..0, 0..0);
        }
        let wrapped_start = self.to_physical_idx(start);
        let head_len = self.capacity() - wrapped_start;
        if head_len >= len {
            (wrapped_start..wrapped_start + len, 0..0)
        } else {
            (wrapped_start..self.capacity(), 0..len - head_len)
        }
    }
}

impl<T> VecDeque<T> {
    /// An empty deque; it does not allocate.
    #[inline]
    pub const fn new() -> VecDeque<T> {
        VecDeque { head: 0, len: 0, buf: RawVec::new() }
    }

    /// An empty deque with room for exactly `capacity` elements.
    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        VecDeque { head: 0, len: 0, buf: RawVec::with_capacity(capacity) }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len {
            let idx = self.to_physical_idx(index);
            unsafe { Some(&*self.ptr().add(idx)) }
        } else {
            None
        }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len {
            let idx = self.to_physical_idx(index);
            unsafe { Some(&mut *self.ptr().add(idx)) }
        } else {
            None
        }
    }

    #[track_caller]
    pub fn swap(&mut self, i: usize, j: usize) {
        assert!(i < self.len());
        assert!(j < self.len());
        let ri = self.to_physical_idx(i);
        let rj = self.to_physical_idx(j);
        unsafe { ptr::swap(self.ptr().add(ri), self.ptr().add(rj)) }
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    /// Makes room for at least `additional` more elements, allocating no more than that.
    pub fn reserve_exact(&mut self, additional: usize) {
        let new_cap = self.len.checked_add(additional).expect("capacity overflow");
        let old_cap = self.capacity();
        if new_cap > old_cap {
            self.buf.reserve_exact(self.len, additional);
            unsafe { self.handle_capacity_increase(old_cap) };
        }
    }

    /// Makes room for at least `additional` more elements (growing amortized).
    pub fn reserve(&mut self, additional: usize) {
        let new_cap = self.len.checked_add(additional).expect("capacity overflow");
        let old_cap = self.capacity();
        if new_cap > old_cap {
            self.buf.reserve(self.len, additional);
            unsafe { self.handle_capacity_increase(old_cap) };
        }
    }

    /// `reserve_exact`, returning an error instead of panicking or aborting.
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        let new_cap = match self.len.checked_add(additional) {
            Some(new_cap) => new_cap,
            None => return Err(CapacityOverflow.into()),
        };
        let old_cap = self.capacity();
        if new_cap > old_cap {
            self.buf.try_reserve_exact(self.len, additional)?;
            unsafe { self.handle_capacity_increase(old_cap) };
        }
        Ok(())
    }

    /// `reserve`, returning an error instead of panicking or aborting.
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        let new_cap = match self.len.checked_add(additional) {
            Some(new_cap) => new_cap,
            None => return Err(CapacityOverflow.into()),
        };
        let old_cap = self.capacity();
        if new_cap > old_cap {
            self.buf.try_reserve(self.len, additional)?;
            unsafe { self.handle_capacity_increase(old_cap) };
        }
        Ok(())
    }

    /// Shrinks the capacity to the length.
    pub fn shrink_to_fit(&mut self) {
        self.shrink_to(0);
    }

    /// Shrinks the capacity to the larger of the length and `min_capacity`, first moving the
    /// elements that lie beyond the new end into the part that stays.
    pub fn shrink_to(&mut self, min_capacity: usize) {
        let target_cap = cmp::max(min_capacity, self.len);
        if mem::size_of::<T>() == 0 || self.capacity() <= target_cap {
            return;
        }
        let end = self.head + self.len;
        let tail_outside = end > target_cap && end <= self.capacity();
        if self.len == 0 {
            self.head = 0;
        } else if self.head >= target_cap && tail_outside {
            // every element lies beyond the new end: all of them move to the front
            unsafe { self.copy_nonoverlapping(self.head, 0, self.len) };
            self.head = 0;
        } else if self.head < target_cap && tail_outside {
            // the run crosses the new end: the part beyond it moves to the front
            let len = end - target_cap;
            unsafe { self.copy_nonoverlapping(target_cap, 0, len) };
        } else if !self.is_contiguous() {
            // wrapped: the part before the wrap moves back to end at the new end
            let head_len = self.capacity() - self.head;
            let new_head = target_cap - head_len;
            unsafe { self.copy(self.head, new_head, head_len) };
            self.head = new_head;
        }
        self.buf.shrink_to_fit(target_cap);
    }

    /// Keeps the first `len` elements and drops the rest, front to back.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let (front, back) = self.as_mut_slices();
        let (drop_front, drop_back) = if len > front.len() {
            let begin = len - front.len();
            (ptr::slice_from_raw_parts_mut(front.as_mut_ptr(), 0), &mut back[begin..] as *mut [T])
        } else {
            (&mut front[len..] as *mut [T], back as *mut [T])
        };
        // the length goes down first, so no element can be dropped twice
        self.len = len;
        unsafe {
            ptr::drop_in_place(drop_front);
            ptr::drop_in_place(drop_back);
        }
    }

    pub fn iter(&self) -> Iter<'_, T> {
        let (a, b) = self.as_slices();
        Iter::new(a.iter(), b.iter())
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let (a, b) = self.as_mut_slices();
        IterMut::new(a.iter_mut(), b.iter_mut())
    }

    /// The elements as two slices: from the head to the end of the buffer, then the wrapped part.
    pub fn as_slices(&self) -> (&[T], &[T]) {
        let (a, b) = self.slice_ranges(.., self.len);
        unsafe { (&*self.buffer_range(a), &*self.buffer_range(b)) }
    }

    pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]) {
        let (a, b) = self.slice_ranges(.., self.len);
        unsafe { (&mut *self.buffer_range(a), &mut *self.buffer_range(b)) }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The elements in `range`, front to back.
    #[track_caller]
    pub fn range<R: RangeBounds<usize>>(&self, range: R) -> Iter<'_, T> {
        let (a, b) = self.slice_ranges(range, self.len);
        unsafe { Iter::new((&*self.buffer_range(a)).iter(), (&*self.buffer_range(b)).iter()) }
    }

    #[track_caller]
    pub fn range_mut<R: RangeBounds<usize>>(&mut self, range: R) -> IterMut<'_, T> {
        let (a, b) = self.slice_ranges(range, self.len);
        unsafe { IterMut::new((&mut *self.buffer_range(a)).iter_mut(), (&mut *self.buffer_range(b)).iter_mut()) }
    }

    /// Removes the elements in `range` and yields them; the others close up (the shorter side
    /// moves) when the `Drain` is dropped.
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let Range { start, end } = slice::range(range, ..self.len);
        unsafe { Drain::new(self, start, end - start) }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
        self.head = 0;
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let (a, b) = self.as_slices();
        a.contains(x) || b.contains(x)
    }

    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    pub fn back(&self) -> Option<&T> {
        self.get(self.len.wrapping_sub(1))
    }

    pub fn back_mut(&mut self) -> Option<&mut T> {
        self.get_mut(self.len.wrapping_sub(1))
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.is_empty() {
            return None;
        }
        let old_head = self.head;
        self.head = self.to_physical_idx(1);
        self.len -= 1;
        unsafe { Some(self.buffer_read(old_head)) }
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.is_empty() {
            return None;
        }
        self.len -= 1;
        let idx = self.to_physical_idx(self.len);
        unsafe { Some(self.buffer_read(idx)) }
    }

    /// Removes the first element if `predicate` accepts it.
    pub fn pop_front_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let first = self.front_mut()?;
        if predicate(first) { self.pop_front() } else { None }
    }

    /// Removes the last element if `predicate` accepts it.
    pub fn pop_back_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.back_mut()?;
        if predicate(last) { self.pop_back() } else { None }
    }

    pub fn push_front(&mut self, value: T) {
        let _ = self.push_front_mut(value);
    }

    /// `push_front`, returning a reference to the new first element.
    pub fn push_front_mut(&mut self, value: T) -> &mut T {
        if self.is_full() {
            self.grow();
        }
        self.head = self.wrap_sub(self.head, 1);
        self.len += 1;
        let head = self.head;
        unsafe { self.buffer_write(head, value) }
    }

    pub fn push_back(&mut self, value: T) {
        let _ = self.push_back_mut(value);
    }

    /// `push_back`, returning a reference to the new last element.
    pub fn push_back_mut(&mut self, value: T) -> &mut T {
        if self.is_full() {
            self.grow();
        }
        let idx = self.to_physical_idx(self.len);
        self.len += 1;
        unsafe { self.buffer_write(idx, value) }
    }

    /// Removes the element at `index` and puts the first one in its place.
    pub fn swap_remove_front(&mut self, index: usize) -> Option<T> {
        let length = self.len;
        if index < length && index != 0 {
            self.swap(index, 0);
        } else if index >= length {
            return None;
        }
        self.pop_front()
    }

    /// Removes the element at `index` and puts the last one in its place.
    pub fn swap_remove_back(&mut self, index: usize) -> Option<T> {
        let length = self.len;
        if length > 0 && index < length - 1 {
            self.swap(index, length - 1);
        } else if index >= length {
            return None;
        }
        self.pop_back()
    }

    /// Inserts at `index`, moving whichever side of it is shorter.
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        let _ = self.insert_mut(index, value);
    }

    /// `insert`, returning a reference to the inserted element.
    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        assert!(index <= self.len(), "index out of bounds");
        if self.is_full() {
            self.grow();
        }
        let k = self.len - index;
        if k < index {
            // the elements after `index` move back one slot
            unsafe {
                self.wrap_copy(self.to_physical_idx(index), self.to_physical_idx(index + 1), k);
                self.len += 1;
                let idx = self.to_physical_idx(index);
                self.buffer_write(idx, value)
            }
        } else {
            // the elements before `index` move forward one slot
            let old_head = self.head;
            self.head = self.wrap_sub(self.head, 1);
            unsafe {
                self.wrap_copy(old_head, self.head, index);
                self.len += 1;
                let idx = self.to_physical_idx(index);
                self.buffer_write(idx, value)
            }
        }
    }

    /// Removes and returns the element at `index`, moving whichever side of it is shorter.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if self.len <= index {
            return None;
        }
        let wrapped_idx = self.to_physical_idx(index);
        let elem = unsafe { self.buffer_read(wrapped_idx) };
        let k = self.len - index - 1;
        if k < index {
            unsafe { self.wrap_copy(self.wrap_add(wrapped_idx, 1), wrapped_idx, k) };
            self.len -= 1;
        } else {
            let old_head = self.head;
            self.head = self.to_physical_idx(1);
            unsafe { self.wrap_copy(old_head, self.head, index) };
            self.len -= 1;
        }
        Some(elem)
    }

    /// Splits off the elements from `at` on into a new deque of exactly their number.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> VecDeque<T> {
        let len = self.len;
        assert!(at <= len, "`at` out of bounds");
        let other_len = len - at;
        let mut other = VecDeque::with_capacity(other_len);
        let (first_half, second_half) = self.as_slices();
        let first_len = first_half.len();
        let second_len = second_half.len();
        unsafe {
            if at < first_len {
                let amount_in_first = first_len - at;
                ptr::copy_nonoverlapping(first_half.as_ptr().add(at), other.ptr(), amount_in_first);
                ptr::copy_nonoverlapping(second_half.as_ptr(), other.ptr().add(amount_in_first), second_len);
            } else {
                let offset = at - first_len;
                ptr::copy_nonoverlapping(second_half.as_ptr().add(offset), other.ptr(), second_len - offset);
            }
        }
        self.len = at;
        other.len = other_len;
        other
    }

    /// Moves all elements of `other` to the back of `self`, leaving `other` empty.
    pub fn append(&mut self, other: &mut VecDeque<T>) {
        if mem::size_of::<T>() == 0 {
            self.len = self.len.checked_add(other.len).expect("capacity overflow");
            other.len = 0;
            other.head = 0;
            return;
        }
        self.reserve(other.len);
        unsafe {
            let (left, right) = other.as_slices();
            let dst = self.to_physical_idx(self.len);
            self.copy_slice(dst, left);
            let dst = self.to_physical_idx(self.len + left.len());
            self.copy_slice(dst, right);
        }
        self.len += other.len;
        other.len = 0;
        other.head = 0;
    }

    /// Keeps the elements `f` accepts, in order.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.retain_mut(|elem| f(elem));
    }

    /// Keeps the elements `f` accepts (it may change them), in order: each kept element is
    /// swapped forward over the rejected ones, which are dropped together at the end.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let len = self.len;
        let mut idx = 0;
        let mut cur = 0;
        // as long as everything is kept, nothing moves
        while cur < len {
            if !f(&mut self[cur]) {
                cur += 1;
                break;
            }
            cur += 1;
            idx += 1;
        }
        while cur < len {
            if !f(&mut self[cur]) {
                cur += 1;
                continue;
            }
            self.swap(idx, cur);
            cur += 1;
            idx += 1;
        }
        if cur != idx {
            self.truncate(idx);
        }
    }

    /// Grows with values from `generator` or shrinks to `new_len`.
    pub fn resize_with(&mut self, new_len: usize, generator: impl FnMut() -> T) {
        let len = self.len;
        if new_len > len {
            self.extend(repeat_with(generator).take(new_len - len));
        } else {
            self.truncate(new_len);
        }
    }

    /// Rearranges the buffer so the elements are one slice, and returns it. Of the parts before
    /// and after the wrap, whichever fits in the free slots is moved; if neither fits, the parts
    /// are pushed together and rotated into order.
    pub fn make_contiguous(&mut self) -> &mut [T] {
        if mem::size_of::<T>() == 0 {
            self.head = 0;
        }
        if self.is_contiguous() {
            return unsafe { slice::from_raw_parts_mut(self.ptr().add(self.head), self.len) };
        }
        let head = self.head;
        let len = self.len;
        let cap = self.capacity();
        let free = cap - len;
        let head_len = cap - head;
        let tail_len = len - head_len;
        if free >= head_len {
            // DEFGH....ABC -> ABCDEFGH....
            unsafe {
                self.copy(0, head_len, tail_len);
                self.copy_nonoverlapping(head, 0, head_len);
            }
            self.head = 0;
        } else if free >= tail_len {
            // FGH....ABCDE -> ...ABCDEFGH.
            unsafe {
                self.copy(head, tail_len, head_len);
                self.copy_nonoverlapping(0, tail_len + head_len, tail_len);
            }
            self.head = tail_len;
        } else if head_len > tail_len {
            // the tail moves up against the head, then the run rotates
            unsafe {
                if free != 0 {
                    self.copy(0, free, tail_len);
                }
                let run = &mut *self.buffer_range(free..cap);
                run.rotate_left(tail_len);
            }
            self.head = free;
        } else {
            // the head moves down against the tail, then the run rotates
            unsafe {
                if free != 0 {
                    self.copy(head, tail_len, head_len);
                }
                let run = &mut *self.buffer_range(0..len);
                run.rotate_right(head_len);
            }
            self.head = 0;
        }
        unsafe { slice::from_raw_parts_mut(self.ptr().add(self.head), self.len) }
    }

    /// Rotates `n` places to the left: the first `n` elements go to the back.
    #[track_caller]
    pub fn rotate_left(&mut self, n: usize) {
        assert!(n <= self.len());
        let k = self.len - n;
        if n <= k {
            unsafe { self.rotate_left_inner(n) }
        } else {
            unsafe { self.rotate_right_inner(k) }
        }
    }

    /// Rotates `n` places to the right: the last `n` elements go to the front.
    #[track_caller]
    pub fn rotate_right(&mut self, n: usize) {
        assert!(n <= self.len());
        let k = self.len - n;
        if n <= k {
            unsafe { self.rotate_right_inner(n) }
        } else {
            unsafe { self.rotate_left_inner(k) }
        }
    }

    /// Moves the first `mid` elements (at most half) behind the last one.
    unsafe fn rotate_left_inner(&mut self, mid: usize) {
        self.wrap_copy(self.head, self.to_physical_idx(self.len), mid);
        self.head = self.to_physical_idx(mid);
    }

    /// Moves the last `k` elements (at most half) before the first one.
    unsafe fn rotate_right_inner(&mut self, k: usize) {
        self.head = self.wrap_sub(self.head, k);
        self.wrap_copy(self.to_physical_idx(self.len), self.head, k);
    }

    /// Binary search of a sorted deque (see `slice::binary_search`).
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|e| e.cmp(x))
    }

    /// Searches the slice that can hold the element: the wrapped part if its first element is
    /// not greater than the one sought, else the first part.
    pub fn binary_search_by<'a, F>(&'a self, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> Ordering,
    {
        let (front, back) = self.as_slices();
        let cmp_back = match back.first() {
            Some(elem) => Some(f(elem)),
            None => None,
        };
        match cmp_back {
            Some(Ordering::Equal) => Ok(front.len()),
            Some(Ordering::Less) => match back.binary_search_by(f) {
                Ok(idx) => Ok(idx + front.len()),
                Err(idx) => Err(idx + front.len()),
            },
            _ => front.binary_search_by(f),
        }
    }

    pub fn binary_search_by_key<'a, B, F>(&'a self, b: &B, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> B,
        B: Ord,
    {
        self.binary_search_by(|k| f(k).cmp(b))
    }

    /// The index of the first element of a partitioned deque for which `pred` is false.
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, mut pred: P) -> usize {
        let (front, back) = self.as_slices();
        let in_back = match back.first() {
            Some(v) => pred(v),
            None => false,
        };
        if in_back { back.partition_point(pred) + front.len() } else { front.partition_point(pred) }
    }
}

impl<T: Clone> VecDeque<T> {
    /// Grows with clones of `value` (the last slot gets `value` itself) or shrinks to `new_len`.
    pub fn resize(&mut self, new_len: usize, value: T) {
        if new_len > self.len() {
            let extra = new_len - self.len();
            self.reserve(extra);
            let mut i = 1;
            while i < extra {
                self.push_back(value.clone());
                i += 1;
            }
            self.push_back(value);
        } else {
            self.truncate(new_len);
        }
    }
}

impl<T> Drop for VecDeque<T> {
    /// Drops the elements front to back; the `RawVec` then frees the buffer.
    fn drop(&mut self) {
        let (front, back) = self.as_mut_slices();
        let (front, back) = (front as *mut [T], back as *mut [T]);
        unsafe {
            ptr::drop_in_place(front);
            ptr::drop_in_place(back);
        }
    }
}

impl<T> Index<usize> for VecDeque<T> {
    type Output = T;

    #[track_caller]
    fn index(&self, index: usize) -> &T {
        self.get(index).expect("Out of bounds access")
    }
}

impl<T> IndexMut<usize> for VecDeque<T> {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        self.get_mut(index).expect("Out of bounds access")
    }
}

impl<T: Clone> Clone for VecDeque<T> {
    /// A deque of exactly the same number of elements as capacity.
    fn clone(&self) -> VecDeque<T> {
        let mut deq = VecDeque::with_capacity(self.len());
        deq.extend(self.iter().cloned());
        deq
    }

    fn clone_from(&mut self, source: &VecDeque<T>) {
        self.clear();
        self.extend(source.iter().cloned());
    }
}

impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, other: &VecDeque<T>) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl<T: Eq> Eq for VecDeque<T> {}

/// Whether the elements of a deque equal those of a slice.
fn deque_eq_slice<T: PartialEq<U>, U>(deque: &VecDeque<T>, other: &[U]) -> bool {
    if deque.len() != other.len() {
        return false;
    }
    let (sa, sb) = deque.as_slices();
    let (oa, ob) = other.split_at(sa.len());
    sa.iter().zip(oa.iter()).all(|(a, b)| *a == *b) && sb.iter().zip(ob.iter()).all(|(a, b)| *a == *b)
}

macro_rules! deque_eq_slice_impls {
    ($([$($vars:tt)*] $rhs:ty;)*) => {
        $(
            impl<T: PartialEq<U>, U, $($vars)*> PartialEq<$rhs> for VecDeque<T> {
                fn eq(&self, other: &$rhs) -> bool {
                    deque_eq_slice(self, &other[..])
                }
            }
        )*
    };
}

deque_eq_slice_impls! {
    [] Vec<U>;
    ['a] &'a [U];
    ['a] &'a mut [U];
    [const N: usize] [U; N];
    ['a, const N: usize] &'a [U; N];
    ['a, const N: usize] &'a mut [U; N];
}

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

impl<T: Hash> Hash for VecDeque<T> {
    /// The length, then each element (so the split into two slices does not show).
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len);
        for elem in self.iter() {
            elem.hash(state);
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for VecDeque<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    /// Collects into a `Vec` and takes over its buffer, as std does.
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T> {
        VecDeque::from(Vec::from_iter(iter))
    }
}

impl<T> Extend<T> for VecDeque<T> {
    /// An iterator with an exact `size_hint` reserves once; any other reserves for its lower
    /// bound whenever the buffer is full.
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let mut iter = iter.into_iter();
        let (lower, upper) = iter.size_hint();
        if upper == Some(lower) {
            self.reserve(lower);
            for element in iter {
                self.push_back(element);
            }
            return;
        }
        while let Some(element) = iter.next() {
            let (lower, _) = iter.size_hint();
            self.reserve(lower.saturating_add(1));
            self.push_back(element);
            while self.len < self.capacity() {
                match iter.next() {
                    Some(element) => {
                        self.push_back(element);
                    }
                    None => return,
                }
            }
        }
    }
}

impl<'a, T: 'a + Copy> Extend<&'a T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied());
    }
}

impl<T> From<Vec<T>> for VecDeque<T> {
    /// Takes over the vector's buffer: no allocation, the same capacity.
    fn from(other: Vec<T>) -> VecDeque<T> {
        let (ptr, len, cap) = other.into_raw_parts();
        VecDeque { head: 0, len, buf: unsafe { RawVec::from_raw_parts(ptr, cap) } }
    }
}

impl<T> From<VecDeque<T>> for Vec<T> {
    /// Makes the deque contiguous at the start of its buffer and takes the buffer over.
    fn from(mut other: VecDeque<T>) -> Vec<T> {
        other.make_contiguous();
        let other = ManuallyDrop::new(other);
        let buf = other.buf.ptr();
        let len = other.len;
        let cap = other.capacity();
        unsafe {
            if other.head != 0 {
                ptr::copy(buf.add(other.head), buf, len);
            }
            Vec::from_raw_parts(buf, len, cap)
        }
    }
}

impl<T, const N: usize> From<[T; N]> for VecDeque<T> {
    fn from(arr: [T; N]) -> VecDeque<T> {
        VecDeque::from(Vec::from(arr))
    }
}

impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter::new(self)
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
