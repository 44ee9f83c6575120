//! Fixed-size arrays `[T; N]`: iteration by value and by reference.

use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::mem::ManuallyDrop;
use crate::option::Option::{self, None, Some};
use crate::slice::{Iter, IterMut};

/// The by-value iterator of an array (`for x in [1, 2, 3]`).
pub struct IntoIter<T, const N: usize> {
    data: ManuallyDrop<[T; N]>,
    front: usize,
    back: usize,
}

impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;

    fn into_iter(self) -> IntoIter<T, N> {
        IntoIter { data: ManuallyDrop::new(self), front: 0, back: N }
    }
}

impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.front < self.back {
            let i = self.front;
            self.front += 1;
            let base: *const [T; N] = &*self.data;
            unsafe { Some(crate::ptr::read((base as *const T).add(i))) }
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }
}

impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    fn next_back(&mut self) -> Option<T> {
        if self.front < self.back {
            self.back -= 1;
            let base: *const [T; N] = &*self.data;
            unsafe { Some(crate::ptr::read((base as *const T).add(self.back))) }
        } else {
            None
        }
    }
}

impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {}

impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        let s: &'a [T] = self;
        s.iter()
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        let s: &'a mut [T] = self;
        s.iter_mut()
    }
}

impl<T, const N: usize> crate::borrow::Borrow<[T]> for [T; N] {
    fn borrow(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> crate::borrow::BorrowMut<[T]> for [T; N] {
    fn borrow_mut(&mut self) -> &mut [T] {
        self
    }
}
