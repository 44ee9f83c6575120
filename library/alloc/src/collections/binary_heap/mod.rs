//! A priority queue as a binary max-heap in a `Vec`: the children of slot `i` are `2i + 1` and
//! `2i + 2`, and no child is greater than its parent.
//!
//! Elements move the way std's heap moves them (the same sift and rebuild rules), so the heap's
//! layout, which `iter`, `as_slice` and `Debug` show, agrees with std's.

use crate::collections::TryReserveError;
use crate::vec::{self, Vec};
use core::clone::Clone;
use core::cmp::Ord;
use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, FusedIterator, IntoIterator, Iterator};
use core::mem::{self, ManuallyDrop};
use core::ops::{Deref, DerefMut, Drop, FnMut};
use core::option::Option::{self, None, Some};
use core::ptr;
use core::slice;

/// A priority queue: `pop` returns the greatest element.
pub struct BinaryHeap<T> {
    data: Vec<T>,
}

/// A mutable reference to the greatest element of a heap (`BinaryHeap::peek_mut`). Once it was
/// used mutably, the heap is repaired when it is dropped; until then the heap's length is 1, so
/// a leaked `PeekMut` cannot leave the heap out of order.
pub struct PeekMut<'a, T: 'a + Ord> {
    heap: &'a mut BinaryHeap<T>,
    /// The heap's length before `deref_mut` hid the other elements.
    original_len: Option<usize>,
}

impl<T: Ord + fmt::Debug> fmt::Debug for PeekMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PeekMut").field(&self.heap.data[0]).finish()
    }
}

impl<T: Ord> Drop for PeekMut<'_, T> {
    fn drop(&mut self) {
        if let Some(original_len) = self.original_len {
            unsafe { self.heap.data.set_len(original_len) };
        }
        // FIXME: std sifts only when `deref_mut` ran; Ferrite calls `deref` for `*peek = x`
        // (COMPILER-BUGS.md), so this sifts whenever there is more than one element (a no-op
        // for an unchanged top).
        if self.heap.len() > 1 {
            self.heap.sift_down(0);
        }
    }
}

impl<T: Ord> Deref for PeekMut<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.heap.data[0]
    }
}

impl<T: Ord> DerefMut for PeekMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        let len = self.heap.len();
        if len > 1 {
            self.original_len = Some(len);
            unsafe { self.heap.data.set_len(1) };
        }
        &mut self.heap.data[0]
    }
}

impl<'a, T: Ord> PeekMut<'a, T> {
    /// Removes the peeked element from the heap and returns it.
    pub fn pop(mut this: PeekMut<'a, T>) -> T {
        if let Some(original_len) = this.original_len.take() {
            unsafe { this.heap.data.set_len(original_len) };
        }
        this.heap.pop().unwrap()
    }
}

/// Rebuilds the heap from `rebuild_from` on when dropped: after `extend` or `retain` changed the
/// elements from there on, also if that panicked.
struct RebuildOnDrop<'a, T: Ord> {
    heap: &'a mut BinaryHeap<T>,
    rebuild_from: usize,
}

impl<T: Ord> Drop for RebuildOnDrop<'_, T> {
    fn drop(&mut self) {
        self.heap.rebuild_tail(self.rebuild_from);
    }
}

impl<T> BinaryHeap<T> {
    pub const fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(capacity) }
    }
}

impl<T: Ord> BinaryHeap<T> {
    /// A mutable reference to the greatest element, or `None` if the heap is empty.
    pub fn peek_mut(&mut self) -> Option<PeekMut<'_, T>> {
        if self.is_empty() { None } else { Some(PeekMut { heap: self, original_len: None }) }
    }

    /// Removes the greatest element and returns it. The last element takes the root's place,
    /// drops to the bottom along the greater children and then rises to where it belongs.
    pub fn pop(&mut self) -> Option<T> {
        let mut item = self.data.pop()?;
        if !self.is_empty() {
            mem::swap(&mut item, &mut self.data[0]);
            self.sift_down_to_bottom(0);
        }
        Some(item)
    }

    pub fn push(&mut self, item: T) {
        let old_len = self.len();
        self.data.push(item);
        self.sift_up(0, old_len);
    }

    /// The elements in ascending order.
    pub fn into_sorted_vec(mut self) -> Vec<T> {
        let mut end = self.len();
        while end > 1 {
            end -= 1;
            self.data.swap(0, end);
            self.sift_down_range(0, end);
        }
        self.into_vec()
    }

    /// Moves the element at `pos` up while it is greater than its parent (not above `start`);
    /// returns where it ended.
    fn sift_up(&mut self, start: usize, pos: usize) -> usize {
        let mut hole = Hole::new(&mut self.data, pos);
        while hole.pos() > start {
            let parent = (hole.pos() - 1) / 2;
            if hole.element() <= hole.get(parent) {
                break;
            }
            hole.move_to(parent);
        }
        hole.pos()
    }

    /// Moves the element at `pos` down while a child within `end` is greater (of equal children
    /// the right one); returns where it ended.
    fn sift_down_range(&mut self, pos: usize, end: usize) -> usize {
        let mut hole = Hole::new(&mut self.data, pos);
        let mut child = 2 * hole.pos() + 1;
        while child <= end.saturating_sub(2) {
            if hole.get(child) <= hole.get(child + 1) {
                child += 1;
            }
            if hole.element() >= hole.get(child) {
                return hole.pos();
            }
            hole.move_to(child);
            child = 2 * hole.pos() + 1;
        }
        if child == end - 1 && hole.element() < hole.get(child) {
            hole.move_to(child);
        }
        hole.pos()
    }

    fn sift_down(&mut self, pos: usize) -> usize {
        let len = self.len();
        self.sift_down_range(pos, len)
    }

    /// Moves the element at `pos` all the way down along the greater children, then up to where
    /// it belongs (fewer comparisons than `sift_down` for an element from the bottom).
    fn sift_down_to_bottom(&mut self, mut pos: usize) {
        let end = self.len();
        let start = pos;
        let mut hole = Hole::new(&mut self.data, pos);
        let mut child = 2 * hole.pos() + 1;
        while child <= end.saturating_sub(2) {
            if hole.get(child) <= hole.get(child + 1) {
                child += 1;
            }
            hole.move_to(child);
            child = 2 * hole.pos() + 1;
        }
        if child == end - 1 {
            hole.move_to(child);
        }
        pos = hole.pos();
        drop(hole);
        self.sift_up(start, pos);
    }

    /// Restores the heap after the elements from `start` on changed: sifts them up one by one,
    /// or rebuilds the whole heap where that takes fewer comparisons (std's estimate).
    fn rebuild_tail(&mut self, start: usize) {
        if start == self.len() {
            return;
        }
        let tail_len = self.len() - start;
        let log2 = |x: usize| (usize::BITS - x.leading_zeros() - 1) as usize;
        let better_to_rebuild = if start < tail_len {
            true
        } else if self.len() <= 2048 {
            2 * self.len() < tail_len * log2(start)
        } else {
            2 * self.len() < tail_len * 11
        };
        if better_to_rebuild {
            self.rebuild();
        } else {
            let mut i = start;
            while i < self.len() {
                self.sift_up(0, i);
                i += 1;
            }
        }
    }

    /// Heapifies in place: every parent, from the last one up, sifts down.
    fn rebuild(&mut self) {
        let mut n = self.len() / 2;
        while n > 0 {
            n -= 1;
            self.sift_down(n);
        }
    }

    /// Moves all elements of `other` into `self` (the larger heap's elements stay in place),
    /// leaving `other` empty.
    pub fn append(&mut self, other: &mut BinaryHeap<T>) {
        if self.len() < other.len() {
            mem::swap(self, other);
        }
        let start = self.data.len();
        self.data.append(&mut other.data);
        self.rebuild_tail(start);
    }

    /// Keeps only the elements `f` accepts, then restores the heap from the first removed slot.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let mut guard = RebuildOnDrop { rebuild_from: self.len(), heap: self };
        let mut i = 0;
        guard.heap.data.retain(|e| {
            let keep = f(e);
            if !keep && i < guard.rebuild_from {
                guard.rebuild_from = i;
            }
            i += 1;
            keep
        });
    }
}

impl<T> BinaryHeap<T> {
    /// The elements in heap order (arbitrary, the greatest first).
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { iter: self.data.iter() }
    }

    /// The greatest element.
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        self.data.reserve_exact(additional);
    }

    pub fn reserve(&mut self, additional: usize) {
        self.data.reserve(additional);
    }

    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.data.try_reserve_exact(additional)
    }

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.data.try_reserve(additional)
    }

    pub fn shrink_to_fit(&mut self) {
        self.data.shrink_to_fit();
    }

    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.data.shrink_to(min_capacity);
    }

    pub fn as_slice(&self) -> &[T] {
        self.data.as_slice()
    }

    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Removes every element, yielding them in heap order.
    pub fn drain(&mut self) -> Drain<'_, T> {
        Drain { iter: self.data.drain(..) }
    }

    pub fn clear(&mut self) {
        self.drain();
    }
}

/// An element taken out of the heap's slice while it moves: the slots it passes are shifted into
/// the hole, and dropping the `Hole` writes the element into the hole's final place.
struct Hole<'a, T: 'a> {
    data: &'a mut [T],
    elt: ManuallyDrop<T>,
    pos: usize,
}

impl<'a, T> Hole<'a, T> {
    fn new(data: &'a mut [T], pos: usize) -> Hole<'a, T> {
        let elt = unsafe { ptr::read(&data[pos]) };
        Hole { data, elt: ManuallyDrop::new(elt), pos }
    }

    fn pos(&self) -> usize {
        self.pos
    }

    fn element(&self) -> &T {
        &self.elt
    }

    /// The element in slot `index` (not the hole).
    fn get(&self, index: usize) -> &T {
        &self.data[index]
    }

    /// Moves the element of slot `index` into the hole, which moves to `index`.
    fn move_to(&mut self, index: usize) {
        unsafe {
            let base = self.data.as_mut_ptr();
            ptr::copy_nonoverlapping(base.add(index), base.add(self.pos), 1);
        }
        self.pos = index;
    }
}

impl<T> Drop for Hole<'_, T> {
    fn drop(&mut self) {
        unsafe { ptr::copy_nonoverlapping(&*self.elt as *const T, self.data.as_mut_ptr().add(self.pos), 1) };
    }
}

impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {
    /// Heapifies the vector in place.
    fn from(vec: Vec<T>) -> BinaryHeap<T> {
        let mut heap = BinaryHeap { data: vec };
        heap.rebuild();
        heap
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BinaryHeap<T> {
    fn from(arr: [T; N]) -> BinaryHeap<T> {
        BinaryHeap::from_iter(arr)
    }
}

impl<T> From<BinaryHeap<T>> for Vec<T> {
    fn from(heap: BinaryHeap<T>) -> Vec<T> {
        heap.data
    }
}

impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T> {
        BinaryHeap::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T: Ord> Extend<T> for BinaryHeap<T> {
    /// Appends the elements, then restores the heap as `append` does.
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let guard = RebuildOnDrop { rebuild_from: self.len(), heap: self };
        guard.heap.data.extend(iter);
    }
}

impl<'a, T: 'a + Ord + Copy> Extend<&'a T> for BinaryHeap<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().cloned());
    }
}

impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> BinaryHeap<T> {
        BinaryHeap { data: self.data.clone() }
    }

    fn clone_from(&mut self, source: &BinaryHeap<T>) {
        self.data.clone_from(&source.data);
    }
}

impl<T> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> {
        BinaryHeap::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> IntoIterator for BinaryHeap<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    /// In heap order, as std.
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { iter: self.data.into_iter() }
    }
}

impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

/// The iterator of `BinaryHeap::iter`, in heap order.
pub struct Iter<'a, T: 'a> {
    iter: slice::Iter<'a, T>,
}

impl<T> Default for Iter<'_, T> {
    fn default() -> Self {
        Iter { iter: Default::default() }
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&self.iter.as_slice()).finish()
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter { iter: self.iter.clone() }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.iter.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn last(self) -> Option<&'a T> {
        self.iter.last()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.iter.next_back()
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

impl<T> FusedIterator for Iter<'_, T> {}

/// The by-value iterator of a `BinaryHeap`, in heap order.
#[derive(Clone)]
pub struct IntoIter<T> {
    iter: vec::IntoIter<T>,
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.iter.as_slice()).finish()
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.iter.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.iter.next_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> FusedIterator for IntoIter<T> {}

impl<T> Default for IntoIter<T> {
    fn default() -> Self {
        IntoIter { iter: Default::default() }
    }
}

/// The iterator of `BinaryHeap::drain`, in heap order.
#[derive(Debug)]
pub struct Drain<'a, T: 'a> {
    iter: vec::Drain<'a, T>,
}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.iter.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<T> DoubleEndedIterator for Drain<'_, T> {
    fn next_back(&mut self) -> Option<T> {
        self.iter.next_back()
    }
}

impl<T> ExactSizeIterator for Drain<'_, T> {}

impl<T> FusedIterator for Drain<'_, T> {}
