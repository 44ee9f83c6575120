//! The traits around `Iterator`: conversion into an iterator, collecting, summing.

use super::Iterator;
use crate::marker::Sized;
use crate::ops::{ControlFlow, FnMut, Try};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// Conversion into an `Iterator`; `for x in e` calls `IntoIterator::into_iter(e)`.
pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;

    #[lang = "into_iter"]
    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;

    #[inline]
    fn into_iter(self) -> I {
        self
    }
}

/// Conversion from an `Iterator` (what `collect` builds).
pub trait FromIterator<A>: Sized {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

/// Extend a collection with the contents of an iterator.
pub trait Extend<A> {
    fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);
}

/// An iterator able to yield elements from both ends.
pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;

    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while i < n {
            if self.next_back().is_none() {
                return None;
            }
            i += 1;
        }
        self.next_back()
    }

    fn rfold<B, F>(self, init: B, f: F) -> B
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> B,
    {
        let mut f = f;
        let mut acc = init;
        let mut it = self;
        while let Some(x) = it.next_back() {
            acc = f(acc, x);
        }
        acc
    }

    /// `try_fold` from the back: stops at the first breaking `Try` value.
    fn try_rfold<B, F, R>(&mut self, init: B, f: F) -> R
    where
        Self: Sized,
        F: FnMut(B, Self::Item) -> R,
        R: Try<Output = B>,
    {
        let mut f = f;
        let mut acc = init;
        while let Some(x) = self.next_back() {
            match f(acc, x).branch() {
                ControlFlow::Continue(c) => acc = c,
                ControlFlow::Break(r) => return R::from_residual(r),
            }
        }
        R::from_output(acc)
    }

    fn rfind<P>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
        P: FnMut(&Self::Item) -> bool,
    {
        let mut predicate = predicate;
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
}

impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for &mut I {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for &mut I {}

/// An iterator that knows its exact length.
pub trait ExactSizeIterator: Iterator {
    fn len(&self) -> usize {
        let (lower, _) = self.size_hint();
        lower
    }
}

/// An iterator that keeps returning `None` once it has returned `None`.
pub trait FusedIterator: Iterator {}

impl<I: FusedIterator + ?Sized> FusedIterator for &mut I {}

/// A tuple of collections extends with tuples: the first of each tuple goes into the first
/// collection, the second into the second, ... (what `unzip` fills); and collects them.
macro_rules! tuple_collections {
    ($(($($T:ident $E:ident $i:tt),+))*) => {
        $(
            impl<$($T,)+ $($E: Extend<$T>,)+> Extend<($($T,)+)> for ($($E,)+) {
                fn extend<Iter: IntoIterator<Item = ($($T,)+)>>(&mut self, iter: Iter) {
                    for item in iter {
                        $(self.$i.extend(Some(item.$i));)+
                    }
                }
            }

            impl<$($T,)+ $($E: crate::default::Default + Extend<$T>,)+> FromIterator<($($T,)+)> for ($($E,)+) {
                fn from_iter<Iter: IntoIterator<Item = ($($T,)+)>>(iter: Iter) -> Self {
                    let mut all = ($($E::default(),)+);
                    all.extend(iter);
                    all
                }
            }
        )*
    };
}

tuple_collections! {
    (A EA 0)
    (A EA 0, B EB 1)
    (A EA 0, B EB 1, C EC 2)
    (A EA 0, B EB 1, C EC 2, D ED 3)
    (A EA 0, B EB 1, C EC 2, D ED 3, F EF 4)
    (A EA 0, B EB 1, C EC 2, D ED 3, F EF 4, G EG 5)
    (A EA 0, B EB 1, C EC 2, D ED 3, F EF 4, G EG 5, H EH 6)
    (A EA 0, B EB 1, C EC 2, D ED 3, F EF 4, G EG 5, H EH 6, I EI 7)
    (A EA 0, B EB 1, C EC 2, D ED 3, F EF 4, G EG 5, H EH 6, I EI 7, J EJ 8)
    (A EA 0, B EB 1, C EC 2, D ED 3, F EF 4, G EG 5, H EH 6, I EI 7, J EJ 8, K EK 9)
    (A EA 0, B EB 1, C EC 2, D ED 3, F EF 4, G EG 5, H EH 6, I EI 7, J EJ 8, K EK 9, L EL 10)
    (A EA 0, B EB 1, C EC 2, D ED 3, F EF 4, G EG 5, H EH 6, I EI 7, J EJ 8, K EK 9, L EL 10, M EM 11)
}

/// Summing up an iterator (`Iterator::sum`).
pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

/// Multiplying an iterator's elements (`Iterator::product`).
pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

macro_rules! sum_product {
    ($zero:expr, $one:expr, $($t:ty)*) => {
        $(
            impl Sum for $t {
                fn sum<I: Iterator<Item = $t>>(iter: I) -> $t {
                    iter.fold($zero, |a, b| a + b)
                }
            }

            impl<'a> Sum<&'a $t> for $t {
                fn sum<I: Iterator<Item = &'a $t>>(iter: I) -> $t {
                    iter.fold($zero, |a, b| a + *b)
                }
            }

            impl Product for $t {
                fn product<I: Iterator<Item = $t>>(iter: I) -> $t {
                    iter.fold($one, |a, b| a * b)
                }
            }

            impl<'a> Product<&'a $t> for $t {
                fn product<I: Iterator<Item = &'a $t>>(iter: I) -> $t {
                    iter.fold($one, |a, b| a * *b)
                }
            }
        )*
    };
}

sum_product!(0, 1, u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);
// As std: a float sum starts from -0.0, so that the sum of nothing but -0.0 stays -0.0.
sum_product!(-0.0, 1.0, f32 f64);

impl<T, U: Sum<T>> Sum<Option<T>> for Option<U> {
    fn sum<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        let mut failed = false;
        let values = OptionShunt { iter, failed: &mut failed };
        let total = U::sum(values);
        if failed { None } else { Some(total) }
    }
}

impl<T, U: Product<T>> Product<Option<T>> for Option<U> {
    fn product<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        let mut failed = false;
        let values = OptionShunt { iter, failed: &mut failed };
        let total = U::product(values);
        if failed { None } else { Some(total) }
    }
}

impl<T, U: Sum<T>, E> Sum<Result<T, E>> for Result<U, E> {
    fn sum<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error = None;
        let total = U::sum(ResultShunt { iter, error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(total),
        }
    }
}

impl<T, U: Product<T>, E> Product<Result<T, E>> for Result<U, E> {
    fn product<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error = None;
        let total = U::product(ResultShunt { iter, error: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(total),
        }
    }
}

/// Yields the values of an iterator of options until the first `None` (then records the failure).
pub(crate) struct OptionShunt<'a, I> {
    pub(crate) iter: I,
    pub(crate) failed: &'a mut bool,
}

/// Yields the `Ok` values of an iterator of results until the first `Err` (which it keeps).
pub(crate) struct ResultShunt<'a, I, E> {
    pub(crate) iter: I,
    pub(crate) error: &'a mut Option<E>,
}

impl<'a, T, E, I: Iterator<Item = Result<T, E>>> Iterator for ResultShunt<'a, I, E> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        match self.iter.next() {
            Some(Ok(v)) => Some(v),
            Some(Err(e)) => {
                *self.error = Some(e);
                None
            }
            None => None,
        }
    }
}

impl<'a, T, I: Iterator<Item = Option<T>>> Iterator for OptionShunt<'a, I> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(Some(v)) => Some(v),
            Some(None) => {
                *self.failed = true;
                None
            }
            None => None,
        }
    }
}
