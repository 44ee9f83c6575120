//! An ordered set: a `BTreeMap` whose values are `()`.

use core::borrow::Borrow;
use core::fmt;
use core::iter::FromIterator;

use super::map::{self, BTreeMap};

/// An ordered set: iteration visits the values in increasing order.
pub struct BTreeSet<T> {
    map: BTreeMap<T, ()>,
}

impl<T> BTreeSet<T> {
    #[inline]
    pub const fn new() -> BTreeSet<T> {
        BTreeSet { map: BTreeMap::new() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn clear(&mut self) {
        self.map.clear()
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { inner: self.map.keys() }
    }

    pub fn first(&self) -> Option<&T> {
        match self.map.first_key_value() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn last(&self) -> Option<&T> {
        match self.map.last_key_value() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn pop_first(&mut self) -> Option<T> {
        match self.map.pop_first() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn pop_last(&mut self) -> Option<T> {
        match self.map.pop_last() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.map.retain(|k, _| f(k));
    }
}

impl<T: Ord> BTreeSet<T> {
    /// Adds a value; false if it was present already.
    pub fn insert(&mut self, value: T) -> bool {
        match self.map.entry(value) {
            map::Entry::Occupied(_) => false,
            map::Entry::Vacant(e) => {
                e.insert(());
                true
            }
        }
    }

    pub fn contains<Q: ?Sized + Ord>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }

    pub fn get<Q: ?Sized + Ord>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
    {
        match self.map.get_key_value(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    pub fn remove<Q: ?Sized + Ord>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.remove(value).is_some()
    }

    pub fn take<Q: ?Sized + Ord>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        match self.map.remove_entry(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    /// The values in `range`, in order.
    pub fn range<Q: ?Sized + Ord, R: core::ops::RangeBounds<Q>>(&self, range: R) -> Range<'_, T>
    where
        T: Borrow<Q>,
    {
        Range { inner: self.map.range(range) }
    }

    pub fn is_subset(&self, other: &BTreeSet<T>) -> bool {
        self.iter().all(|v| other.contains(v))
    }

    pub fn is_superset(&self, other: &BTreeSet<T>) -> bool {
        other.is_subset(self)
    }

    pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool {
        self.iter().all(|v| !other.contains(v))
    }
}

impl<T: Ord> BTreeSet<T> {
    /// The values in either set, each once, in order.
    pub fn union<'a>(&'a self, other: &'a BTreeSet<T>) -> Union<'a, T> {
        let mut a = self.iter();
        let mut b = other.iter();
        Union { next_a: a.next(), next_b: b.next(), a, b }
    }

    /// The values in both sets, in order.
    pub fn intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> Intersection<'a, T> {
        Intersection { iter: self.iter(), other }
    }

    /// The values in `self` but not in `other`, in order.
    pub fn difference<'a>(&'a self, other: &'a BTreeSet<T>) -> Difference<'a, T> {
        Difference { iter: self.iter(), other }
    }

    /// The values in exactly one of the sets, in order.
    pub fn symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> SymmetricDifference<'a, T> {
        SymmetricDifference { union: self.union(other), a: self, b: other }
    }
}

/// `BTreeSet::union`: a merge of the two sorted sequences.
pub struct Union<'a, T> {
    a: Iter<'a, T>,
    b: Iter<'a, T>,
    next_a: Option<&'a T>,
    next_b: Option<&'a T>,
}

impl<'a, T: Ord> Iterator for Union<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match (self.next_a, self.next_b) {
            (None, None) => None,
            (Some(x), None) => {
                self.next_a = self.a.next();
                Some(x)
            }
            (None, Some(y)) => {
                self.next_b = self.b.next();
                Some(y)
            }
            (Some(x), Some(y)) => match x.cmp(y) {
                core::cmp::Ordering::Less => {
                    self.next_a = self.a.next();
                    Some(x)
                }
                core::cmp::Ordering::Greater => {
                    self.next_b = self.b.next();
                    Some(y)
                }
                core::cmp::Ordering::Equal => {
                    self.next_a = self.a.next();
                    self.next_b = self.b.next();
                    Some(x)
                }
            },
        }
    }
}

/// `BTreeSet::intersection`.
pub struct Intersection<'a, T> {
    iter: Iter<'a, T>,
    other: &'a BTreeSet<T>,
}

impl<'a, T: Ord> Iterator for Intersection<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            let v = self.iter.next()?;
            if self.other.contains(v) {
                return Some(v);
            }
        }
    }
}

/// `BTreeSet::difference`.
pub struct Difference<'a, T> {
    iter: Iter<'a, T>,
    other: &'a BTreeSet<T>,
}

impl<'a, T: Ord> Iterator for Difference<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            let v = self.iter.next()?;
            if !self.other.contains(v) {
                return Some(v);
            }
        }
    }
}

/// `BTreeSet::symmetric_difference`.
pub struct SymmetricDifference<'a, T> {
    union: Union<'a, T>,
    a: &'a BTreeSet<T>,
    b: &'a BTreeSet<T>,
}

impl<'a, T: Ord> Iterator for SymmetricDifference<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        loop {
            let v = self.union.next()?;
            if !(self.a.contains(v) && self.b.contains(v)) {
                return Some(v);
            }
        }
    }
}

impl<T: Clone> Clone for BTreeSet<T> {
    fn clone(&self) -> BTreeSet<T> {
        BTreeSet { map: self.map.clone() }
    }
}

impl<T: PartialEq> PartialEq for BTreeSet<T> {
    fn eq(&self, other: &BTreeSet<T>) -> bool {
        self.map == other.map
    }
}

impl<T: Eq> Eq for BTreeSet<T> {}

impl<T: fmt::Debug> fmt::Debug for BTreeSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T> Default for BTreeSet<T> {
    fn default() -> BTreeSet<T> {
        BTreeSet::new()
    }
}

impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BTreeSet<T> {
        let mut set = BTreeSet::new();
        set.extend(iter);
        set
    }
}

impl<T: Ord> Extend<T> for BTreeSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for v in iter {
            self.insert(v);
        }
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BTreeSet<T> {
    fn from(arr: [T; N]) -> BTreeSet<T> {
        let mut set = BTreeSet::new();
        for v in arr {
            set.insert(v);
        }
        set
    }
}

impl<'a, T> IntoIterator for &'a BTreeSet<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T> IntoIterator for BTreeSet<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self.map.into_keys() }
    }
}

/// An iterator over the values of a `BTreeSet`, in order.
pub struct Iter<'a, T> {
    inner: map::Keys<'a, T, ()>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.inner.next_back()
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

/// The owning iterator of a `BTreeSet`, in order.
pub struct IntoIter<T> {
    inner: map::IntoKeys<T, ()>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.next()
    }
}

/// The values of a `BTreeSet` in a range (`BTreeSet::range`).
pub struct Range<'a, T> {
    inner: map::Range<'a, T, ()>,
}

impl<'a, T> Iterator for Range<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}
