//! Iterators made from nothing but a value or a closure: `once`, `repeat`, `from_fn`,
//! `successors` and their relatives, and the free functions `zip` and `chain`.

use super::{Chain, DoubleEndedIterator, ExactSizeIterator, FusedIterator, IntoIterator, Iterator, Zip};
use crate::clone::Clone;
use crate::default::Default;
use crate::fmt;
use crate::marker::{Copy, PhantomData};
use crate::ops::{FnMut, FnOnce};
use crate::option::Option::{self, None, Some};

// ---- once ----

/// An iterator that yields one element (`iter::once`).
#[derive(Clone)]
pub struct Once<T> {
    value: Option<T>,
}

/// An iterator that yields `value` exactly once.
pub fn once<T>(value: T) -> Once<T> {
    Once { value: Some(value) }
}

impl<T> Iterator for Once<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        self.value.take()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.value.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for Once<T> {
    fn next_back(&mut self) -> Option<T> {
        self.value.take()
    }
}

impl<T> ExactSizeIterator for Once<T> {}

impl<T> FusedIterator for Once<T> {}

/// std's `Once` wraps `option::IntoIter`, whose own wrapper is shown as well.
impl<T: fmt::Debug> fmt::Debug for Once<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Once").field("inner", &OptionIntoIterShape(&self.value)).finish()
    }
}

/// Shows an option as std's `option::IntoIter` shows its contents.
struct OptionIntoIterShape<'a, T>(&'a Option<T>);

struct OptionItemShape<'a, T>(&'a Option<T>);

impl<'a, T: fmt::Debug> fmt::Debug for OptionIntoIterShape<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntoIter").field("inner", &OptionItemShape(self.0)).finish()
    }
}

impl<'a, T: fmt::Debug> fmt::Debug for OptionItemShape<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Item").field("opt", self.0).finish()
    }
}

// ---- once_with ----

/// An iterator that yields the result of one call of a closure (`iter::once_with`).
#[derive(Clone)]
pub struct OnceWith<F> {
    make: Option<F>,
}

/// An iterator that calls `make` when its one element is asked for.
pub fn once_with<A, F: FnOnce() -> A>(make: F) -> OnceWith<F> {
    OnceWith { make: Some(make) }
}

impl<A, F: FnOnce() -> A> Iterator for OnceWith<F> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        match self.make.take() {
            Some(f) => Some(f()),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.make.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
}

impl<A, F: FnOnce() -> A> DoubleEndedIterator for OnceWith<F> {
    fn next_back(&mut self) -> Option<A> {
        self.next()
    }
}

impl<A, F: FnOnce() -> A> ExactSizeIterator for OnceWith<F> {}

impl<A, F: FnOnce() -> A> FusedIterator for OnceWith<F> {}

impl<F> fmt::Debug for OnceWith<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.make.is_some() { f.write_str("OnceWith(Some(_))") } else { f.write_str("OnceWith(None)") }
    }
}

// ---- from_fn ----

/// An iterator whose `next` is a closure (`iter::from_fn`).
#[derive(Clone)]
pub struct FromFn<F>(F);

/// An iterator that calls `f` for each element, until it returns `None`.
pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F> {
    FromFn(f)
}

impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        (self.0)()
    }
}

impl<F> fmt::Debug for FromFn<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FromFn")
    }
}

// ---- successors ----

/// An iterator of values each computed from the one before (`iter::successors`).
#[derive(Clone)]
pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}

/// An iterator that starts with `first` and computes each next element from the previous one
/// with `succ`, ending at the first `None`.
pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> {
    Successors { next: first, succ }
}

impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let item = self.next.take()?;
        self.next = (self.succ)(&item);
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.next.is_some() { (1, None) } else { (0, Some(0)) }
    }
}

impl<T, F: FnMut(&T) -> Option<T>> FusedIterator for Successors<T, F> {}

impl<T: fmt::Debug, F> fmt::Debug for Successors<T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Successors").field("next", &self.next).finish()
    }
}

// ---- repeat ----

/// An iterator that yields clones of one element for ever (`iter::repeat`).
#[derive(Clone)]
pub struct Repeat<A> {
    element: A,
}

/// An iterator that repeats `element` endlessly.
pub fn repeat<T: Clone>(element: T) -> Repeat<T> {
    Repeat { element }
}

impl<A: Clone> Iterator for Repeat<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        Some(self.element.clone())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }

    fn nth(&mut self, _n: usize) -> Option<A> {
        Some(self.element.clone())
    }

    fn last(self) -> Option<A> {
        loop {}
    }

    fn count(self) -> usize {
        loop {}
    }
}

impl<A: Clone> DoubleEndedIterator for Repeat<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        Some(self.element.clone())
    }

    fn nth_back(&mut self, _n: usize) -> Option<A> {
        Some(self.element.clone())
    }
}

impl<A: Clone> FusedIterator for Repeat<A> {}

impl<A: fmt::Debug> fmt::Debug for Repeat<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Repeat").field("element", &self.element).finish()
    }
}

// ---- repeat_with ----

/// An iterator that calls a closure for each element, for ever (`iter::repeat_with`).
#[derive(Clone, Copy)]
pub struct RepeatWith<F> {
    repeater: F,
}

/// An iterator that repeats elements made by `repeater` endlessly.
pub fn repeat_with<A, F: FnMut() -> A>(repeater: F) -> RepeatWith<F> {
    RepeatWith { repeater }
}

impl<A, F: FnMut() -> A> Iterator for RepeatWith<F> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        Some((self.repeater)())
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }
}

impl<A, F: FnMut() -> A> FusedIterator for RepeatWith<F> {}

impl<F> fmt::Debug for RepeatWith<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RepeatWith").finish_non_exhaustive()
    }
}

// ---- repeat_n ----

/// An iterator that yields an element a fixed number of times (`iter::repeat_n`).
#[derive(Clone)]
pub struct RepeatN<A> {
    count: usize,
    /// `None` once the count is 0: the last element is moved out, not cloned.
    element: Option<A>,
}

/// An iterator that yields `element` `count` times: clones of it, then the element itself.
pub fn repeat_n<T: Clone>(element: T, count: usize) -> RepeatN<T> {
    if count == 0 {
        RepeatN { count: 0, element: None }
    } else {
        RepeatN { count, element: Some(element) }
    }
}

impl<A: Clone> Iterator for RepeatN<A> {
    type Item = A;

    fn next(&mut self) -> Option<A> {
        if self.count == 0 {
            return None;
        }
        self.count -= 1;
        if self.count == 0 {
            self.element.take()
        } else {
            match &self.element {
                Some(e) => Some(e.clone()),
                None => None,
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.count, Some(self.count))
    }

    fn nth(&mut self, n: usize) -> Option<A> {
        if n >= self.count {
            self.count = 0;
            self.element = None;
            return None;
        }
        self.count -= n;
        self.next()
    }

    fn count(self) -> usize {
        self.count
    }

    fn last(self) -> Option<A> {
        let mut it = self;
        if it.count == 0 {
            None
        } else {
            it.count = 0;
            it.element.take()
        }
    }
}

impl<A: Clone> DoubleEndedIterator for RepeatN<A> {
    fn next_back(&mut self) -> Option<A> {
        self.next()
    }

    fn nth_back(&mut self, n: usize) -> Option<A> {
        self.nth(n)
    }
}

impl<A: Clone> ExactSizeIterator for RepeatN<A> {}

impl<A: Clone> FusedIterator for RepeatN<A> {}

impl<A: fmt::Debug> fmt::Debug for RepeatN<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RepeatN").field("count", &self.count).field("element", &self.element).finish()
    }
}

// ---- empty ----

/// An iterator that yields nothing (`iter::empty`).
pub struct Empty<T>(PhantomData<T>);

/// An iterator that yields nothing.
pub const fn empty<T>() -> Empty<T> {
    Empty(PhantomData)
}

impl<T> Iterator for Empty<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(0))
    }
}

impl<T> DoubleEndedIterator for Empty<T> {
    fn next_back(&mut self) -> Option<T> {
        None
    }
}

impl<T> ExactSizeIterator for Empty<T> {}

impl<T> FusedIterator for Empty<T> {}

impl<T> Clone for Empty<T> {
    fn clone(&self) -> Empty<T> {
        Empty(PhantomData)
    }
}

impl<T> Default for Empty<T> {
    fn default() -> Empty<T> {
        Empty(PhantomData)
    }
}

impl<T> fmt::Debug for Empty<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Empty")
    }
}

// ---- zip, chain ----

/// Zips two iterables: `zip(a, b)` is `a.into_iter().zip(b)`.
pub fn zip<A: IntoIterator, B: IntoIterator>(a: A, b: B) -> Zip<A::IntoIter, B::IntoIter> {
    Zip::new(a.into_iter(), b.into_iter())
}

/// Chains two iterables: `chain(a, b)` is `a.into_iter().chain(b)`.
pub fn chain<A, B>(a: A, b: B) -> Chain<A::IntoIter, B::IntoIter>
where
    A: IntoIterator,
    B: IntoIterator<Item = A::Item>,
{
    Chain::new(a.into_iter(), b.into_iter())
}
