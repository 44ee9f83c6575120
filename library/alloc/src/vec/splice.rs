//! `vec::Splice`: the iterator of `Vec::splice`.

use core::fmt;
use core::iter::{DoubleEndedIterator, ExactSizeIterator, Iterator};
use core::option::Option;

use super::{Drain, Vec};

/// The iterator of `Vec::splice`: it yields the removed elements; when it is dropped, the
/// replacement elements take their place.
pub struct Splice<'a, I: Iterator + 'a> {
    pub(super) drain: Drain<'a, I::Item>,
    pub(super) replace_with: I,
}

impl<I: Iterator> Iterator for Splice<'_, I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.drain.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.drain.size_hint()
    }
}

impl<I: Iterator> DoubleEndedIterator for Splice<'_, I> {
    fn next_back(&mut self) -> Option<I::Item> {
        self.drain.next_back()
    }
}

impl<I: Iterator> ExactSizeIterator for Splice<'_, I> {}

impl<'a, I: Iterator + fmt::Debug> fmt::Debug for Splice<'a, I>
where
    I::Item: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Splice").field("drain", &self.drain).field("replace_with", &self.replace_with).finish()
    }
}

impl<I: Iterator> Drop for Splice<'_, I> {
    /// Drops what was not yielded, fills the gap from the replacement, makes room for the rest of
    /// it (first by its lower bound, then by what is left after collecting it), and lets the
    /// `Drain` close up the tail.
    fn drop(&mut self) {
        self.drain.drop_remaining();
        if self.drain.tail_len == 0 {
            unsafe { (*self.drain.vec).extend(&mut self.replace_with) };
            return;
        }
        if !self.drain.fill(&mut self.replace_with) {
            return;
        }
        let (lower, _) = self.replace_with.size_hint();
        if lower > 0 {
            self.drain.move_tail(lower);
            if !self.drain.fill(&mut self.replace_with) {
                return;
            }
        }
        let mut collected = (&mut self.replace_with).collect::<Vec<I::Item>>().into_iter();
        if collected.len() > 0 {
            self.drain.move_tail(collected.len());
            self.drain.fill(&mut collected);
        }
    }
}
