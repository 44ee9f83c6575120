//! Ranges of integers and chars as iterators.

use super::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use crate::clone::Clone;
use crate::cmp::{Ordering, PartialOrd};
use crate::mem;
use crate::ops::{Range, RangeFrom, RangeInclusive};
use crate::option::Option::{self, None, Some};

/// Types with successor and predecessor operations, which ranges of them iterate through.
pub trait Step: Clone + PartialOrd + Sized {
    /// The number of successor steps from `start` to `end`: 0 when `end` is before `start`,
    /// `None` when the number does not fit a `usize`.
    fn steps_between(start: &Self, end: &Self) -> Option<usize>;

    /// The value `count` successor steps after `start`, `None` past the type's last value.
    fn forward_checked(start: Self, count: usize) -> Option<Self>;

    /// The value `count` predecessor steps before `start`, `None` before the type's first value.
    fn backward_checked(start: Self, count: usize) -> Option<Self>;

    /// The value `count` steps after `start`; past the type's last value it is an overflow.
    fn forward(start: Self, count: usize) -> Self {
        match Step::forward_checked(start, count) {
            Some(v) => v,
            None => crate::panicking::panic("attempt to add with overflow"),
        }
    }

    /// The value `count` steps before `start`; before the type's first value it is an overflow.
    fn backward(start: Self, count: usize) -> Self {
        match Step::backward_checked(start, count) {
            Some(v) => v,
            None => crate::panicking::panic("attempt to subtract with overflow"),
        }
    }
}

// Integers of at most 64 bits compute in i128, where every difference and sum fits.
macro_rules! step_integer {
    ($($t:ident)*) => {
        $(
            impl Step for $t {
                #[inline]
                fn steps_between(start: &$t, end: &$t) -> Option<usize> {
                    if *start <= *end {
                        let d = *end as i128 - *start as i128;
                        if d <= usize::MAX as i128 { Some(d as usize) } else { None }
                    } else {
                        Some(0)
                    }
                }

                #[inline]
                fn forward_checked(start: $t, count: usize) -> Option<$t> {
                    let v = start as i128 + count as i128;
                    if v <= $t::MAX as i128 { Some(v as $t) } else { None }
                }

                #[inline]
                fn backward_checked(start: $t, count: usize) -> Option<$t> {
                    let v = start as i128 - count as i128;
                    if v >= $t::MIN as i128 { Some(v as $t) } else { None }
                }

                #[inline]
                fn forward(start: $t, count: usize) -> $t {
                    if count == 1 {
                        start + 1
                    } else {
                        match Step::forward_checked(start, count) {
                            Some(v) => v,
                            None => crate::panicking::panic("attempt to add with overflow"),
                        }
                    }
                }

                #[inline]
                fn backward(start: $t, count: usize) -> $t {
                    if count == 1 {
                        start - 1
                    } else {
                        match Step::backward_checked(start, count) {
                            Some(v) => v,
                            None => crate::panicking::panic("attempt to subtract with overflow"),
                        }
                    }
                }
            }
        )*
    };
}

step_integer!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize);

impl Step for u128 {
    fn steps_between(start: &u128, end: &u128) -> Option<usize> {
        if *start <= *end {
            let d = *end - *start;
            if d <= usize::MAX as u128 { Some(d as usize) } else { None }
        } else {
            Some(0)
        }
    }

    fn forward_checked(start: u128, count: usize) -> Option<u128> {
        start.checked_add(count as u128)
    }

    fn backward_checked(start: u128, count: usize) -> Option<u128> {
        start.checked_sub(count as u128)
    }
}

impl Step for i128 {
    fn steps_between(start: &i128, end: &i128) -> Option<usize> {
        if *start <= *end {
            // the difference as unsigned: it may not fit an i128
            let d = (*end as u128).wrapping_sub(*start as u128);
            if d <= usize::MAX as u128 { Some(d as usize) } else { None }
        } else {
            Some(0)
        }
    }

    fn forward_checked(start: i128, count: usize) -> Option<i128> {
        start.checked_add(count as i128)
    }

    fn backward_checked(start: i128, count: usize) -> Option<i128> {
        start.checked_sub(count as i128)
    }
}

/// Chars step over the surrogates `0xD800..=0xDFFF`, which are not chars.
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

    fn forward_checked(start: char, count: usize) -> Option<char> {
        let s = start as u32 as u64;
        let mut c = s + count as u64;
        if s < 0xD800 && c >= 0xD800 {
            c += 0x800;
        }
        if c > 0x10FFFF {
            return None;
        }
        Some(unsafe { crate::mem::transmute::<u32, char>(c as u32) })
    }

    fn backward_checked(start: char, count: usize) -> Option<char> {
        let s = start as u32 as u64;
        let n = count as u64;
        if n > s {
            return None;
        }
        let mut c = s - n;
        if s >= 0xE000 && c < 0xE000 {
            if c < 0x800 {
                return None;
            }
            c -= 0x800;
        }
        Some(unsafe { crate::mem::transmute::<u32, char>(c as u32) })
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
        if !(self.start < self.end) {
            return (0, Some(0));
        }
        match Step::steps_between(&self.start, &self.end) {
            Some(n) => (n, Some(n)),
            None => (usize::MAX, None),
        }
    }

    fn nth(&mut self, n: usize) -> Option<A> {
        if let Some(plus_n) = Step::forward_checked(self.start.clone(), n) {
            if plus_n < self.end {
                self.start = Step::forward(plus_n.clone(), 1);
                return Some(plus_n);
            }
        }
        self.start = self.end.clone();
        None
    }

    fn count(self) -> usize {
        if !(self.start < self.end) {
            return 0;
        }
        match Step::steps_between(&self.start, &self.end) {
            Some(n) => n,
            None => crate::panicking::panic("count overflowed usize"),
        }
    }

    fn last(self) -> Option<A> {
        let mut it = self;
        it.next_back()
    }

    fn min(self) -> Option<A>
    where
        A: crate::cmp::Ord,
    {
        let mut it = self;
        it.next()
    }

    fn max(self) -> Option<A>
    where
        A: crate::cmp::Ord,
    {
        let mut it = self;
        it.next_back()
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

    fn nth_back(&mut self, n: usize) -> Option<A> {
        if let Some(minus_n) = Step::backward_checked(self.end.clone(), n) {
            if minus_n > self.start {
                self.end = Step::backward(minus_n, 1);
                return Some(self.end.clone());
            }
        }
        self.end = self.start.clone();
        None
    }
}

impl<A: Step> ExactSizeIterator for Range<A> {}

impl<A: Step> FusedIterator for Range<A> {}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        let n = Step::forward(self.start.clone(), 1);
        Some(mem::replace(&mut self.start, n))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }

    fn nth(&mut self, n: usize) -> Option<A> {
        let plus_n = Step::forward(self.start.clone(), n);
        self.start = Step::forward(plus_n.clone(), 1);
        Some(plus_n)
    }
}

impl<A: Step> FusedIterator for RangeFrom<A> {}

impl<A: Step> RangeInclusive<A> {
    /// Whether iterating has nothing left: exhausted, or `start` after `end`.
    fn nothing_left(&self) -> bool {
        self.exhausted || !(self.start <= self.end)
    }
}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        if self.nothing_left() {
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
        if self.nothing_left() {
            return (0, Some(0));
        }
        match Step::steps_between(&self.start, &self.end) {
            Some(n) => match n.checked_add(1) {
                Some(m) => (m, Some(m)),
                None => (usize::MAX, None),
            },
            None => (usize::MAX, None),
        }
    }

    fn nth(&mut self, n: usize) -> Option<A> {
        if self.nothing_left() {
            return None;
        }
        if let Some(plus_n) = Step::forward_checked(self.start.clone(), n) {
            match plus_n.partial_cmp(&self.end) {
                Some(Ordering::Less) => {
                    self.start = Step::forward(plus_n.clone(), 1);
                    return Some(plus_n);
                }
                Some(Ordering::Equal) => {
                    self.start = plus_n.clone();
                    self.exhausted = true;
                    return Some(plus_n);
                }
                _ => {}
            }
        }
        self.start = self.end.clone();
        self.exhausted = true;
        None
    }

    fn count(self) -> usize {
        if self.nothing_left() {
            return 0;
        }
        match Step::steps_between(&self.start, &self.end) {
            Some(n) => match n.checked_add(1) {
                Some(m) => m,
                None => crate::panicking::panic("count overflowed usize"),
            },
            None => crate::panicking::panic("count overflowed usize"),
        }
    }

    fn last(self) -> Option<A> {
        let mut it = self;
        it.next_back()
    }

    fn min(self) -> Option<A>
    where
        A: crate::cmp::Ord,
    {
        let mut it = self;
        it.next()
    }

    fn max(self) -> Option<A>
    where
        A: crate::cmp::Ord,
    {
        let mut it = self;
        it.next_back()
    }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        if self.nothing_left() {
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

    fn nth_back(&mut self, n: usize) -> Option<A> {
        if self.nothing_left() {
            return None;
        }
        if let Some(minus_n) = Step::backward_checked(self.end.clone(), n) {
            match minus_n.partial_cmp(&self.start) {
                Some(Ordering::Greater) => {
                    self.end = Step::backward(minus_n.clone(), 1);
                    return Some(minus_n);
                }
                Some(Ordering::Equal) => {
                    self.end = minus_n.clone();
                    self.exhausted = true;
                    return Some(minus_n);
                }
                _ => {}
            }
        }
        self.end = self.start.clone();
        self.exhausted = true;
        None
    }
}

impl<A: Step> FusedIterator for RangeInclusive<A> {}

// As std: only the inclusive ranges whose length always fits a 16-bit usize.
impl ExactSizeIterator for RangeInclusive<u8> {}
impl ExactSizeIterator for RangeInclusive<i8> {}
impl ExactSizeIterator for RangeInclusive<u16> {}
impl ExactSizeIterator for RangeInclusive<i16> {}
