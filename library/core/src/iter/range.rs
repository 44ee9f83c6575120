//! Ranges of integers and chars as iterators.

use super::{DoubleEndedIterator, ExactSizeIterator, Iterator};
use crate::clone::Clone;
use crate::cmp::PartialOrd;
use crate::mem;
use crate::ops::{Range, RangeFrom, RangeInclusive};
use crate::option::Option::{self, None, Some};

/// Types with successor and predecessor operations, which ranges of them iterate through.
pub trait Step: Clone + PartialOrd + Sized {
    /// The number of successor steps from `start` to `end` (`None` if it does not fit a usize).
    fn steps_between(start: &Self, end: &Self) -> Option<usize>;
    fn forward(start: Self, count: usize) -> Self;
    fn backward(start: Self, count: usize) -> Self;
}

macro_rules! step_integer {
    ($($t:ty)*) => {
        $(
            impl Step for $t {
                #[inline]
                fn steps_between(start: &$t, end: &$t) -> Option<usize> {
                    if *start <= *end { Some((*end as i128 - *start as i128) as usize) } else { Some(0) }
                }

                #[inline]
                fn forward(start: $t, count: usize) -> $t {
                    start + count as $t
                }

                #[inline]
                fn backward(start: $t, count: usize) -> $t {
                    start - count as $t
                }
            }
        )*
    };
}

step_integer!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize);

impl Step for char {
    fn steps_between(start: &char, end: &char) -> Option<usize> {
        let s = *start as u32;
        let e = *end as u32;
        if s > e {
            return Some(0);
        }
        let mut n = e - s;
        if s < 0xD800 && e >= 0xE000 {
            n -= 0x800;
        }
        Some(n as usize)
    }

    fn forward(start: char, count: usize) -> char {
        let mut c = start as u32 + count as u32;
        if (start as u32) < 0xD800 && c >= 0xD800 {
            c += 0x800;
        }
        unsafe { crate::mem::transmute::<u32, char>(c) }
    }

    fn backward(start: char, count: usize) -> char {
        let mut c = start as u32 - count as u32;
        if (start as u32) >= 0xE000 && c < 0xE000 {
            c -= 0x800;
        }
        unsafe { crate::mem::transmute::<u32, char>(c) }
    }
}

impl<A: Step> Iterator for Range<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let n = Step::forward(self.start.clone(), 1);
            Some(mem::replace(&mut self.start, n))
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match Step::steps_between(&self.start, &self.end) {
            Some(n) => (n, Some(n)),
            None => (usize::MAX, None),
        }
    }
}

impl<A: Step> DoubleEndedIterator for Range<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = Step::backward(self.end.clone(), 1);
            Some(self.end.clone())
        } else {
            None
        }
    }
}

impl<A: Step> ExactSizeIterator for Range<A> {}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        let n = Step::forward(self.start.clone(), 1);
        Some(mem::replace(&mut self.start, n))
    }
}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if self.start < self.end {
            let n = Step::forward(self.start.clone(), 1);
            Some(mem::replace(&mut self.start, n))
        } else {
            self.exhausted = true;
            Some(self.start.clone())
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.exhausted || !(self.start <= self.end) {
            return (0, Some(0));
        }
        match Step::steps_between(&self.start, &self.end) {
            Some(n) => (n + 1, Some(n + 1)),
            None => (usize::MAX, None),
        }
    }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if self.start < self.end {
            let n = Step::backward(self.end.clone(), 1);
            Some(mem::replace(&mut self.end, n))
        } else {
            self.exhausted = true;
            Some(self.end.clone())
        }
    }
}
