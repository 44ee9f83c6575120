//! A priority queue as a binary max-heap in a `Vec`: the children of slot `i` are `2i + 1` and
//! `2i + 2`, and no child is greater than its parent.

use crate::vec::{self, Vec};
use core::clone::Clone;
use core::cmp::Ord;
use core::fmt;
use core::iter::{Extend, FromIterator, IntoIterator, Iterator};
use core::option::Option::{self, None, Some};

/// A priority queue: `pop` returns the greatest element.
pub struct BinaryHeap<T> {
    data: Vec<T>,
}

impl<T: Ord> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(capacity) }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.sift_up(last);
    }

    /// Removes the greatest element and returns it. The last element takes the root's place,
    /// drops to the bottom along the greater children and then rises to where it belongs (std's
    /// moves, so the heap's layout, which `iter` and `Debug` show, agrees with std's).
    pub fn pop(&mut self) -> Option<T> {
        let top = self.data.pop();
        let n = self.data.len();
        if n == 0 {
            return top;
        }
        let mut top = top.unwrap();
        core::mem::swap(&mut top, &mut self.data[0]);
        let mut i = 0;
        let mut child = 1;
        while child + 1 < n {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            self.data.swap(i, child);
            i = child;
            child = 2 * i + 1;
        }
        if child == n - 1 {
            self.data.swap(i, child);
            i = child;
        }
        self.sift_up(i);
        Some(top)
    }

    /// Moves the element at `i` up while it is greater than its parent.
    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[i] <= self.data[parent] {
                break;
            }
            self.data.swap(i, parent);
            i = parent;
        }
    }

    /// Moves the element at `i` down until no child within `end` is greater (of equal children
    /// the right one, as std).
    fn sift_down(&mut self, mut i: usize, end: usize) {
        loop {
            let mut child = 2 * i + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            if self.data[i] >= self.data[child] {
                return;
            }
            self.data.swap(i, child);
            i = child;
        }
    }

    /// The elements in ascending order.
    pub fn into_sorted_vec(mut self) -> Vec<T> {
        let mut end = self.data.len();
        while end > 1 {
            end -= 1;
            self.data.swap(0, end);
            self.sift_down(0, end);
        }
        self.data
    }

    pub fn append(&mut self, other: &mut BinaryHeap<T>) {
        while let Some(x) = other.data.pop() {
            self.push(x);
        }
    }
}

impl<T> BinaryHeap<T> {
    /// The greatest element.
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    pub fn clear(&mut self) {
        self.data.clear();
    }

    /// The elements in heap order (arbitrary, the greatest first).
    pub fn iter(&self) -> core::slice::Iter<'_, T> {
        self.data.iter()
    }

    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    pub fn as_slice(&self) -> &[T] {
        self.data.as_slice()
    }

    pub fn drain(&mut self) -> vec::Drain<'_, T> {
        self.data.drain(..)
    }
}

impl<T: Ord> core::convert::From<Vec<T>> for BinaryHeap<T> {
    /// Heapifies in place: every parent, from the last one up, sifts down.
    fn from(v: Vec<T>) -> BinaryHeap<T> {
        let mut h = BinaryHeap { data: v };
        let n = h.data.len();
        let mut i = n / 2;
        while i > 0 {
            i -= 1;
            h.sift_down(i, n);
        }
        h
    }
}

impl<T: Ord, const N: usize> core::convert::From<[T; N]> for BinaryHeap<T> {
    fn from(items: [T; N]) -> BinaryHeap<T> {
        BinaryHeap::from(Vec::from(items))
    }
}

impl<T> core::convert::From<BinaryHeap<T>> for Vec<T> {
    fn from(h: BinaryHeap<T>) -> Vec<T> {
        h.data
    }
}

impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T> {
        BinaryHeap::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T: Ord> Extend<T> for BinaryHeap<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push(x);
        }
    }
}

impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> BinaryHeap<T> {
        BinaryHeap { data: self.data.clone() }
    }
}

impl<T: Ord> core::default::Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> {
        BinaryHeap::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.data.iter()).finish()
    }
}

impl<T> IntoIterator for BinaryHeap<T> {
    type Item = T;
    type IntoIter = vec::IntoIter<T>;

    /// In heap order, as std.
    fn into_iter(self) -> vec::IntoIter<T> {
        self.data.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
    type Item = &'a T;
    type IntoIter = core::slice::Iter<'a, T>;

    fn into_iter(self) -> core::slice::Iter<'a, T> {
        self.data.iter()
    }
}
