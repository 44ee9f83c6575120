//! `vec_deque::IntoIter`: the by-value iterator of a `VecDeque`.

use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use core::option::Option;

use super::VecDeque;

/// The by-value iterator of a `VecDeque`: it pops from the front (or the back).
#[derive(Clone)]
pub struct IntoIter<T> {
    inner: VecDeque<T>,
}

impl<T> IntoIter<T> {
    pub(super) fn new(inner: VecDeque<T>) -> IntoIter<T> {
        IntoIter { inner }
    }
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.inner).finish()
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        self.inner.pop_front()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.inner.len();
        (len, Some(len))
    }

    #[inline]
    fn count(self) -> usize {
        self.inner.len
    }

    fn last(mut self) -> Option<T> {
        self.inner.pop_back()
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        self.inner.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> FusedIterator for IntoIter<T> {}
