//! Iteration: the `Iterator` trait and its adapters, `IntoIterator` (what `for` loops call), and
//! the iterators of ranges. Slices' and arrays' iterators live with them.

use crate::clone::Clone;
use crate::cmp::{Ord, PartialOrd};
use crate::marker::Sized;
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};

mod adapters;
mod range;
mod traits;

pub use adapters::{Chain, Enumerate, Filter, FilterMap, Map, Rev, Skip, StepBy, Take, TakeWhile, Zip};
pub use range::Step;
pub(crate) use traits::{OptionShunt, ResultShunt};
pub use traits::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, FusedIterator, IntoIterator, Product, Sum};

/// An interface for dealing with iterators.
pub trait Iterator {
    /// The type of the elements being iterated over.
    type Item;

    /// Advances the iterator and returns the next value.
    #[lang = "next"]
    fn next(&mut self) -> Option<Self::Item>;

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }

    fn count(self) -> usize
    where
        Self: Sized,
    {
        let mut n = 0;
        let mut it = self;
        while let Some(_) = it.next() {
            n += 1;
        }
        n
    }

    fn last(self) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut last = None;
        let mut it = self;
        while let Some(x) = it.next() {
            last = Some(x);
        }
        last
    }

    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while i < n {
            if self.next().is_none() {
                return None;
            }
            i += 1;
        }
        self.next()
    }

    fn step_by(self, step: usize) -> StepBy<Self>
    where
        Self: Sized,
    {
        StepBy::new(self, step)
    }

    fn chain<U>(self, other: U) -> Chain<Self, U::IntoIter>
    where
        Self: Sized,
        U: IntoIterator<Item = Self::Item>,
    {
        Chain::new(self, other.into_iter())
    }

    fn zip<U>(self, other: U) -> Zip<Self, U::IntoIter>
    where
        Self: Sized,
        U: IntoIterator,
    {
        Zip::new(self, other.into_iter())
    }

    fn map<B, F>(self, f: F) -> Map<Self, F>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> B,
    {
        Map::new(self, f)
    }

    fn for_each<F>(self, f: F)
    where
        Self: Sized,
        F: FnMut(Self::Item),
    {
        let mut f = f;
        let mut it = self;
        while let Some(x) = it.next() {
            f(x);
        }
    }

    fn filter<P>(self, predicate: P) -> Filter<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        Filter::new(self, predicate)
    }

    fn filter_map<B, F>(self, f: F) -> FilterMap<Self, F>
    where
        Self: Sized,
        F: FnMut(Self::Item) -> Option<B>,
    {
        FilterMap::new(self, f)
    }

    fn enumerate(self) -> Enumerate<Self>
    where
        Self: Sized,
    {
        Enumerate::new(self)
    }

    fn skip(self, n: usize) -> Skip<Self>
    where
        Self: Sized,
    {
        Skip::new(self, n)
    }

    fn take(self, n: usize) -> Take<Self>
    where
        Self: Sized,
    {
        Take::new(self, n)
    }

    fn take_while<P>(self, predicate: P) -> TakeWhile<Self, P>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        TakeWhile::new(self, predicate)
    }

    fn fold<B, F>(self, init: B, f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B,
    {
        let mut f = f;
        let mut acc = init;
        let mut it = self;
        while let Some(x) = it.next() {
            acc = f(acc, x);
        }
        acc
    }

    fn reduce<F>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
        F: FnMut(Self::Item, Self::Item) -> Self::Item,
    {
        let mut it = self;
        let first = it.next()?;
        Some(it.fold(first, f))
    }

    fn all<F>(&mut self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> bool,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }

    fn any<F>(&mut self, f: F) -> bool
    where
        Self: Sized,
        F: FnMut(Self::Item) -> bool,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    fn find<P>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        let mut predicate = predicate;
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn position<P>(&mut self, predicate: P) -> Option<usize>
    where
        Self: Sized,
        P: FnMut(Self::Item) -> bool,
    {
        let mut predicate = predicate;
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    fn max(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        self.reduce(|a, b| if b >= a { b } else { a })
    }

    fn min(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        self.reduce(|a, b| if b < a { b } else { a })
    }

    fn rev(self) -> Rev<Self>
    where
        Self: Sized + DoubleEndedIterator,
    {
        Rev::new(self)
    }

    fn sum<S>(self) -> S
    where
        Self: Sized,
        S: Sum<Self::Item>,
    {
        S::sum(self)
    }

    fn product<P>(self) -> P
    where
        Self: Sized,
        P: Product<Self::Item>,
    {
        P::product(self)
    }

    fn collect<B: FromIterator<Self::Item>>(self) -> B
    where
        Self: Sized,
    {
        B::from_iter(self)
    }

    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }

    fn cloned<'a, T>(self) -> Map<Self, fn(&'a T) -> T>
    where
        Self: Sized + Iterator<Item = &'a T>,
        T: 'a + Clone,
    {
        Map::new(self, clone_it::<T> as fn(&'a T) -> T)
    }

    fn copied<'a, T>(self) -> Map<Self, fn(&'a T) -> T>
    where
        Self: Sized + Iterator<Item = &'a T>,
        T: 'a + crate::marker::Copy,
    {
        Map::new(self, copy_it::<T> as fn(&'a T) -> T)
    }

    fn partial_cmp_lt<I>(self, other: I) -> bool
    where
        I: IntoIterator<Item = Self::Item>,
        Self::Item: PartialOrd,
        Self: Sized,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return false,
                (None, Some(_)) => return true,
                (Some(_), None) => return false,
                (Some(x), Some(y)) => {
                    if x < y {
                        return true;
                    }
                    if y < x {
                        return false;
                    }
                }
            }
        }
    }
}

impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }
}

// FIXME: these would be local to `cloned` and `copied`, but the compiler does not type paths to
// functions declared inside a block yet.
fn clone_it<'b, U: Clone>(x: &'b U) -> U {
    x.clone()
}

fn copy_it<'b, U: crate::marker::Copy>(x: &'b U) -> U {
    *x
}
