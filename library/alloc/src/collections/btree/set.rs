//! An ordered set: a `BTreeMap` whose values are `()`.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::{FromIterator, FusedIterator};
use core::ops::{BitAnd, BitOr, BitXor, RangeBounds, Sub};

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

    /// Adds a value, replacing an equal one if there is one; returns the replaced value.
    pub fn replace(&mut self, value: T) -> Option<T> {
        self.map.replace(value)
    }

    /// The values in `range`, in order.
    pub fn range<Q: ?Sized + Ord, R: RangeBounds<Q>>(&self, range: R) -> Range<'_, T>
    where
        T: Borrow<Q>,
    {
        Range { inner: self.map.range_in(range, "BTreeSet") }
    }

    /// Moves all values of `other` into `self`, leaving `other` empty (of equal values, the one
    /// in `self` stays).
    pub fn append(&mut self, other: &mut BTreeSet<T>) {
        self.map.append(&mut other.map);
    }

    /// Splits off the values from `value` on (including it) into a new set.
    pub fn split_off<Q: ?Sized + Ord>(&mut self, value: &Q) -> BTreeSet<T>
    where
        T: Borrow<Q>,
    {
        BTreeSet { map: self.map.split_off(value) }
    }

    /// An iterator that removes and yields, in order, the values in `range` that `pred` accepts.
    /// Values not reached when it is dropped stay.
    pub fn extract_if<F, R>(&mut self, range: R, pred: F) -> ExtractIf<'_, T, R, F>
    where
        R: RangeBounds<T>,
        F: FnMut(&T) -> bool,
    {
        ExtractIf { pred, inner: self.map.extract_if_inner(range, "BTreeSet") }
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

impl<T: PartialOrd> PartialOrd for BTreeSet<T> {
    /// Lexicographic over the values in order.
    fn partial_cmp(&self, other: &BTreeSet<T>) -> Option<Ordering> {
        self.map.partial_cmp(&other.map)
    }
}

impl<T: Ord> Ord for BTreeSet<T> {
    fn cmp(&self, other: &BTreeSet<T>) -> Ordering {
        self.map.cmp(&other.map)
    }
}

impl<T: Hash> Hash for BTreeSet<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.map.hash(state)
    }
}

impl<T: Ord + Clone> Sub<&BTreeSet<T>> for &BTreeSet<T> {
    type Output = BTreeSet<T>;

    /// The values of `self` that are not in `rhs`.
    fn sub(self, rhs: &BTreeSet<T>) -> BTreeSet<T> {
        self.difference(rhs).cloned().collect()
    }
}

impl<T: Ord + Clone> BitXor<&BTreeSet<T>> for &BTreeSet<T> {
    type Output = BTreeSet<T>;

    /// The values in exactly one of the sets.
    fn bitxor(self, rhs: &BTreeSet<T>) -> BTreeSet<T> {
        self.symmetric_difference(rhs).cloned().collect()
    }
}

impl<T: Ord + Clone> BitAnd<&BTreeSet<T>> for &BTreeSet<T> {
    type Output = BTreeSet<T>;

    /// The values in both sets.
    fn bitand(self, rhs: &BTreeSet<T>) -> BTreeSet<T> {
        self.intersection(rhs).cloned().collect()
    }
}

impl<T: Ord + Clone> BitOr<&BTreeSet<T>> for &BTreeSet<T> {
    type Output = BTreeSet<T>;

    /// The values in either set.
    fn bitor(self, rhs: &BTreeSet<T>) -> BTreeSet<T> {
        self.union(rhs).cloned().collect()
    }
}

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

impl<'a, T: 'a + Ord + Copy> Extend<&'a T> for BTreeSet<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for &v in iter {
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

impl<'a, T> DoubleEndedIterator for Range<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        match self.inner.next_back() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

impl<T> FusedIterator for Range<'_, T> {}

/// The iterator of `BTreeSet::extract_if`.
pub struct ExtractIf<'a, T, R, F> {
    pred: F,
    inner: map::ExtractIfInner<'a, T, (), R>,
}

impl<T, R, F: FnMut(&T) -> bool> Iterator for ExtractIf<'_, T, R, F> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let pred = &mut self.pred;
        match self.inner.next(&mut |value: &T, _: &mut ()| pred(value)) {
            Some((value, _)) => Some(value),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T, R, F: FnMut(&T) -> bool> FusedIterator for ExtractIf<'_, T, R, F> {}

impl<T: fmt::Debug, R, F> fmt::Debug for ExtractIf<'_, T, R, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let peek = match self.inner.peek() {
            Some((value, _)) => Some(value),
            None => None,
        };
        f.debug_struct("ExtractIf").field("peek", &peek).finish_non_exhaustive()
    }
}
