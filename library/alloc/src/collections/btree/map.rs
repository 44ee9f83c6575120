//! An ordered map.
//!
//! FIXME: real std uses a B-tree; this one keeps its entries in a sorted `Vec` (binary search,
//! O(n) insertion and removal), which has the same API and iteration order.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::{FromIterator, FusedIterator};
use core::marker::PhantomData;
use core::mem;
use core::ops::{Bound, Index, RangeBounds};
use core::ptr;

use crate::vec::{self, Vec};

/// An ordered map: iteration visits the keys in increasing order.
pub struct BTreeMap<K, V> {
    entries: Vec<(K, V)>,
}

/// Where `key` is (`Ok`) or would be inserted (`Err`) in sorted entries.
fn search<K: Borrow<Q>, V, Q: ?Sized + Ord>(entries: &[(K, V)], key: &Q) -> Result<usize, usize> {
    let mut lo = 0;
    let mut hi = entries.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match entries[mid].0.borrow().cmp(key) {
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
            Ordering::Equal => return Ok(mid),
        }
    }
    Err(lo)
}

/// The index of the first entry whose key is not below `bound` (`Included`), or above it
/// (`Excluded`); `Unbounded` is 0.
fn lower_index<K: Borrow<Q>, V, Q: ?Sized + Ord>(entries: &[(K, V)], bound: Bound<&Q>) -> usize {
    match bound {
        Bound::Included(q) => match search(entries, q) {
            Ok(i) | Err(i) => i,
        },
        Bound::Excluded(q) => match search(entries, q) {
            Ok(i) => i + 1,
            Err(i) => i,
        },
        Bound::Unbounded => 0,
    }
}

/// The index after the last entry whose key is not above `bound` (`Included`), or below it
/// (`Excluded`); `Unbounded` is the length.
fn upper_index<K: Borrow<Q>, V, Q: ?Sized + Ord>(entries: &[(K, V)], bound: Bound<&Q>) -> usize {
    match bound {
        Bound::Included(q) => match search(entries, q) {
            Ok(i) => i + 1,
            Err(i) => i,
        },
        Bound::Excluded(q) => match search(entries, q) {
            Ok(i) | Err(i) => i,
        },
        Bound::Unbounded => entries.len(),
    }
}

/// The indices of the entries whose keys lie in `range`, with std's panics for a range that
/// starts after it ends (`what` names the collection, `BTreeMap` or `BTreeSet`).
pub(super) fn range_indices<K: Borrow<Q>, V, Q: ?Sized + Ord, R: RangeBounds<Q>>(
    entries: &[(K, V)],
    range: &R,
    what: &str,
) -> core::ops::Range<usize> {
    match (range.start_bound(), range.end_bound()) {
        (Bound::Excluded(s), Bound::Excluded(e)) if s == e => {
            panic!("range start and end are equal and excluded in {}", what)
        }
        (Bound::Included(s) | Bound::Excluded(s), Bound::Included(e) | Bound::Excluded(e)) if s > e => {
            panic!("range start is greater than range end in {}", what)
        }
        _ => {}
    }
    let start = lower_index(entries, range.start_bound());
    let end = upper_index(entries, range.end_bound());
    start..if end < start { start } else { end }
}

impl<K, V> BTreeMap<K, V> {
    #[inline]
    pub const fn new() -> BTreeMap<K, V> {
        BTreeMap { entries: Vec::new() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.entries.len() == 0
    }

    pub fn clear(&mut self) {
        self.entries.clear()
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { inner: self.entries.iter() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut { inner: self.entries.iter_mut() }
    }

    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { inner: self.iter_mut() }
    }

    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { inner: self.into_iter() }
    }

    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { inner: self.into_iter() }
    }

    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        match self.entries.first() {
            Some(e) => Some((&e.0, &e.1)),
            None => None,
        }
    }

    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        match self.entries.last() {
            Some(e) => Some((&e.0, &e.1)),
            None => None,
        }
    }

    pub fn pop_first(&mut self) -> Option<(K, V)> {
        if self.entries.is_empty() { None } else { Some(self.entries.remove(0)) }
    }

    pub fn pop_last(&mut self) -> Option<(K, V)> {
        self.entries.pop()
    }

    /// Keeps only the entries for which `f` returns true.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let entries = mem::replace(&mut self.entries, Vec::new());
        for mut e in entries {
            if f(&e.0, &mut e.1) {
                self.entries.push(e);
            }
        }
    }
}

impl<K: Ord, V> BTreeMap<K, V> {
    pub fn get<Q: ?Sized + Ord>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        match search(&self.entries, key) {
            Ok(i) => Some(&self.entries[i].1),
            Err(_) => None,
        }
    }

    pub fn get_key_value<Q: ?Sized + Ord>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        match search(&self.entries, key) {
            Ok(i) => Some((&self.entries[i].0, &self.entries[i].1)),
            Err(_) => None,
        }
    }

    pub fn get_mut<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        match search(&self.entries, key) {
            Ok(i) => Some(&mut self.entries[i].1),
            Err(_) => None,
        }
    }

    pub fn contains_key<Q: ?Sized + Ord>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        search(&self.entries, key).is_ok()
    }

    /// Inserts a value, returning the key's previous value, if any (the key is not updated).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match search(&self.entries, &key) {
            Ok(i) => Some(mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        match self.remove_entry(key) {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    pub fn remove_entry<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        match search(&self.entries, key) {
            Ok(i) => Some(self.entries.remove(i)),
            Err(_) => None,
        }
    }

    /// The entry of a key, for in-place insertion or update.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        match search(&self.entries, &key) {
            Ok(index) => Entry::Occupied(OccupiedEntry { entries: &mut self.entries, index }),
            Err(index) => Entry::Vacant(VacantEntry { entries: &mut self.entries, index, key }),
        }
    }

    /// The entries whose keys lie in `range`, in order.
    pub fn range<Q: ?Sized + Ord, R: RangeBounds<Q>>(&self, range: R) -> Range<'_, K, V>
    where
        K: Borrow<Q>,
    {
        self.range_in(range, "BTreeMap")
    }

    /// `range`, panicking with `what` (`BTreeMap` or `BTreeSet`) in the message.
    pub(super) fn range_in<Q: ?Sized + Ord, R: RangeBounds<Q>>(&self, range: R, what: &str) -> Range<'_, K, V>
    where
        K: Borrow<Q>,
    {
        let r = range_indices(&self.entries, &range, what);
        Range { inner: Iter { inner: self.entries[r].iter() } }
    }

    /// The entries whose keys lie in `range`, in order, with mutable values.
    pub fn range_mut<Q: ?Sized + Ord, R: RangeBounds<Q>>(&mut self, range: R) -> RangeMut<'_, K, V>
    where
        K: Borrow<Q>,
    {
        let r = range_indices(&self.entries, &range, "BTreeMap");
        RangeMut { inner: IterMut { inner: self.entries[r].iter_mut() } }
    }

    /// The entry of the smallest key, for in-place update or removal.
    pub fn first_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> {
        if self.entries.is_empty() {
            return None;
        }
        Some(OccupiedEntry { entries: &mut self.entries, index: 0 })
    }

    /// The entry of the largest key, for in-place update or removal.
    pub fn last_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> {
        let len = self.entries.len();
        if len == 0 {
            return None;
        }
        Some(OccupiedEntry { entries: &mut self.entries, index: len - 1 })
    }

    /// Moves all entries of `other` into `self`, leaving `other` empty. For a key in both, the
    /// key of `self` stays and the value of `other` replaces its value.
    pub fn append(&mut self, other: &mut BTreeMap<K, V>) {
        if other.is_empty() {
            return;
        }
        if self.is_empty() {
            mem::swap(self, other);
            return;
        }
        let mut merged = Vec::with_capacity(self.entries.len() + other.entries.len());
        let mut left = mem::take(&mut self.entries).into_iter().peekable();
        let mut right = mem::take(&mut other.entries).into_iter().peekable();
        loop {
            let order = match (left.peek(), right.peek()) {
                (Some(a), Some(b)) => a.0.cmp(&b.0),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => break,
            };
            match order {
                Ordering::Less => merged.push(left.next().unwrap()),
                Ordering::Greater => merged.push(right.next().unwrap()),
                Ordering::Equal => {
                    // `self`'s key stays with `other`'s value; the other two are dropped now
                    let (key, old_value) = left.next().unwrap();
                    drop(old_value);
                    let (other_key, value) = right.next().unwrap();
                    drop(other_key);
                    merged.push((key, value));
                }
            }
        }
        self.entries = merged;
    }

    /// Splits off the entries whose keys are `key` or greater into a new map.
    pub fn split_off<Q: ?Sized + Ord>(&mut self, key: &Q) -> BTreeMap<K, V>
    where
        K: Borrow<Q>,
    {
        let at = match search(&self.entries, key) {
            Ok(i) | Err(i) => i,
        };
        BTreeMap { entries: self.entries.split_off(at) }
    }

    /// An iterator that removes and yields, in key order, the entries with keys in `range` that
    /// `pred` accepts (it may change the values of all it sees). Entries not reached when it is
    /// dropped stay.
    pub fn extract_if<F, R>(&mut self, range: R, pred: F) -> ExtractIf<'_, K, V, R, F>
    where
        R: RangeBounds<K>,
        F: FnMut(&K, &mut V) -> bool,
    {
        ExtractIf { pred, inner: self.extract_if_inner(range, "BTreeMap") }
    }

    /// The state of an `extract_if` over `range`, whichever collection asks (`what`).
    pub(super) fn extract_if_inner<R: RangeBounds<K>>(&mut self, range: R, what: &str) -> ExtractIfInner<'_, K, V, R> {
        let r = range_indices(&self.entries, &range, what);
        let old_len = self.entries.len();
        // while it lives the vector owns nothing: the entries visited so far are compacted by hand
        unsafe { self.entries.set_len(0) };
        ExtractIfInner { entries: &mut self.entries, idx: r.start, end: r.end, del: 0, old_len, _range: PhantomData }
    }
}

impl<K: Ord> BTreeMap<K, ()> {
    /// Replaces an equal key by `key` (for `BTreeSet::replace`), returning the old one; inserts
    /// `key` if there was none.
    pub(super) fn replace(&mut self, key: K) -> Option<K> {
        match search(&self.entries, &key) {
            Ok(i) => Some(mem::replace(&mut self.entries[i].0, key)),
            Err(i) => {
                self.entries.insert(i, (key, ()));
                None
            }
        }
    }
}

impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {
    fn clone(&self) -> BTreeMap<K, V> {
        BTreeMap { entries: self.entries.clone() }
    }
}

impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
    fn eq(&self, other: &BTreeMap<K, V>) -> bool {
        self.entries == other.entries
    }
}

impl<K: Eq, V: Eq> Eq for BTreeMap<K, V> {}

impl<K: PartialOrd, V: PartialOrd> PartialOrd for BTreeMap<K, V> {
    /// Lexicographic over the entries in key order.
    fn partial_cmp(&self, other: &BTreeMap<K, V>) -> Option<Ordering> {
        self.iter().partial_cmp(other.iter())
    }
}

impl<K: Ord, V: Ord> Ord for BTreeMap<K, V> {
    fn cmp(&self, other: &BTreeMap<K, V>) -> Ordering {
        self.iter().cmp(other.iter())
    }
}

impl<K: Hash, V: Hash> Hash for BTreeMap<K, V> {
    /// The length, then each entry in key order.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for entry in self {
            entry.hash(state);
        }
    }
}

impl<K, V> Drop for BTreeMap<K, V> {
    /// Drops the entries in key order.
    fn drop(&mut self) {
        drop(mem::take(&mut self.entries).into_iter())
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for BTreeMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K, V> Default for BTreeMap<K, V> {
    fn default() -> BTreeMap<K, V> {
        BTreeMap::new()
    }
}

impl<K: Ord + Borrow<Q>, Q: ?Sized + Ord, V> Index<&Q> for BTreeMap<K, V> {
    type Output = V;

    #[track_caller]
    fn index(&self, key: &Q) -> &V {
        match self.get(key) {
            Some(v) => v,
            None => panic!("no entry found for key"),
        }
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> BTreeMap<K, V> {
        let mut map = BTreeMap::new();
        map.extend(iter);
        map
    }
}

impl<K: Ord, V> Extend<(K, V)> for BTreeMap<K, V> {
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'a, K: Ord + Copy, V: Copy> Extend<(&'a K, &'a V)> for BTreeMap<K, V> {
    fn extend<I: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: I) {
        for (&k, &v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for BTreeMap<K, V> {
    fn from(arr: [(K, V); N]) -> BTreeMap<K, V> {
        let mut map = BTreeMap::new();
        for (k, v) in arr {
            map.insert(k, v);
        }
        map
    }
}

impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

impl<K, V> IntoIterator for BTreeMap<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(mut self) -> IntoIter<K, V> {
        IntoIter { inner: mem::take(&mut self.entries).into_iter() }
    }
}

/// An iterator over the entries of a `BTreeMap` in key order.
pub struct Iter<'a, K, V> {
    inner: core::slice::Iter<'a, (K, V)>,
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        match self.inner.next() {
            Some(e) => Some((&e.0, &e.1)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, K, V> DoubleEndedIterator for Iter<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
        match self.inner.next_back() {
            Some(e) => Some((&e.0, &e.1)),
            None => None,
        }
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}
impl<K, V> FusedIterator for Iter<'_, K, V> {}

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter { inner: self.inner.clone() }
    }
}

/// The entries of a `BTreeMap` whose keys lie in a range (`BTreeMap::range`).
pub struct Range<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Range<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        self.inner.next()
    }
}

impl<'a, K, V> DoubleEndedIterator for Range<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a V)> {
        self.inner.next_back()
    }
}

impl<K, V> Clone for Range<'_, K, V> {
    fn clone(&self) -> Self {
        Range { inner: self.inner.clone() }
    }
}

impl<K, V> FusedIterator for Range<'_, K, V> {}

impl<K, V> Default for Range<'_, K, V> {
    fn default() -> Self {
        Range { inner: Iter { inner: Default::default() } }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Range<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// The entries of a `BTreeMap` whose keys lie in a range, with mutable values (`BTreeMap::range_mut`).
pub struct RangeMut<'a, K, V> {
    inner: IterMut<'a, K, V>,
}

impl<'a, K, V> Iterator for RangeMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, K, V> DoubleEndedIterator for RangeMut<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a mut V)> {
        self.inner.next_back()
    }
}

impl<K, V> FusedIterator for RangeMut<'_, K, V> {}

impl<K, V> Default for RangeMut<'_, K, V> {
    fn default() -> Self {
        RangeMut { inner: IterMut { inner: Default::default() } }
    }
}

/// The iterator of `BTreeMap::extract_if`.
pub struct ExtractIf<'a, K, V, R, F> {
    pred: F,
    inner: ExtractIfInner<'a, K, V, R>,
}

/// The state of an `extract_if` without its predicate (shared with `BTreeSet::extract_if`): the
/// entries before `idx` that were kept sit `del` places further forward, the vector's length is
/// 0 while it lives, and dropping it moves the unvisited rest forward.
pub(super) struct ExtractIfInner<'a, K, V, R> {
    entries: &'a mut Vec<(K, V)>,
    idx: usize,
    end: usize,
    del: usize,
    old_len: usize,
    _range: PhantomData<R>,
}

impl<'a, K, V, R> ExtractIfInner<'a, K, V, R> {
    pub(super) fn next<F: FnMut(&K, &mut V) -> bool>(&mut self, pred: &mut F) -> Option<(K, V)> {
        while self.idx < self.end {
            let i = self.idx;
            let cur = unsafe { self.entries.as_mut_ptr().add(i) };
            let extracted = unsafe { pred(&(*cur).0, &mut (*cur).1) };
            self.idx += 1;
            if extracted {
                self.del += 1;
                return Some(unsafe { ptr::read(cur) });
            } else if self.del > 0 {
                unsafe { ptr::copy_nonoverlapping(cur, self.entries.as_mut_ptr().add(i - self.del), 1) };
            }
        }
        None
    }

    pub(super) fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.end - self.idx))
    }

    /// The next entry to be looked at.
    pub(super) fn peek(&self) -> Option<(&K, &V)> {
        if self.idx < self.end {
            let e = unsafe { &*self.entries.as_ptr().add(self.idx) };
            Some((&e.0, &e.1))
        } else {
            None
        }
    }
}

impl<K, V, R> Drop for ExtractIfInner<'_, K, V, R> {
    fn drop(&mut self) {
        unsafe {
            if self.del > 0 {
                let base = self.entries.as_mut_ptr();
                ptr::copy(base.add(self.idx), base.add(self.idx - self.del), self.old_len - self.idx);
            }
            self.entries.set_len(self.old_len - self.del);
        }
    }
}

impl<K, V, R, F: FnMut(&K, &mut V) -> bool> Iterator for ExtractIf<'_, K, V, R, F> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.inner.next(&mut self.pred)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V, R, F: FnMut(&K, &mut V) -> bool> FusedIterator for ExtractIf<'_, K, V, R, F> {}

impl<K: fmt::Debug, V: fmt::Debug, R, F> fmt::Debug for ExtractIf<'_, K, V, R, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf").field("peek", &self.inner.peek()).finish_non_exhaustive()
    }
}

/// A mutable iterator over the entries of a `BTreeMap` in key order.
pub struct IterMut<'a, K, V> {
    inner: core::slice::IterMut<'a, (K, V)>,
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        match self.inner.next() {
            Some(e) => Some((&e.0, &mut e.1)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, K, V> DoubleEndedIterator for IterMut<'a, K, V> {
    fn next_back(&mut self) -> Option<(&'a K, &'a mut V)> {
        match self.inner.next_back() {
            Some(e) => Some((&e.0, &mut e.1)),
            None => None,
        }
    }
}

/// The owning iterator of a `BTreeMap`, in key order.
pub struct IntoIter<K, V> {
    inner: vec::IntoIter<(K, V)>,
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> DoubleEndedIterator for IntoIter<K, V> {
    fn next_back(&mut self) -> Option<(K, V)> {
        self.inner.next_back()
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {}

/// The keys of a `BTreeMap`, in order.
pub struct Keys<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;

    fn next(&mut self) -> Option<&'a K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, K, V> DoubleEndedIterator for Keys<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a K> {
        match self.inner.next_back() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

impl<K, V> ExactSizeIterator for Keys<'_, K, V> {}

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys { inner: self.inner.clone() }
    }
}

/// The values of a `BTreeMap`, in key order.
pub struct Values<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;

    fn next(&mut self) -> Option<&'a V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, K, V> DoubleEndedIterator for Values<'a, K, V> {
    fn next_back(&mut self) -> Option<&'a V> {
        match self.inner.next_back() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}

impl<K, V> ExactSizeIterator for Values<'_, K, V> {}

/// The values of a `BTreeMap`, mutably, in key order.
pub struct ValuesMut<'a, K, V> {
    inner: IterMut<'a, K, V>,
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;

    fn next(&mut self) -> Option<&'a mut V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

/// The owned keys of a `BTreeMap`, in order.
pub struct IntoKeys<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;

    fn next(&mut self) -> Option<K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
}

/// The owned values of a `BTreeMap`, in key order.
pub struct IntoValues<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;

    fn next(&mut self) -> Option<V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }
}

/// A view into one entry of a `BTreeMap`, vacant or occupied.
pub enum Entry<'a, K: 'a, V: 'a> {
    Vacant(VacantEntry<'a, K, V>),
    Occupied(OccupiedEntry<'a, K, V>),
}

/// An entry whose key is not in the map.
pub struct VacantEntry<'a, K, V> {
    entries: &'a mut Vec<(K, V)>,
    index: usize,
    key: K,
}

/// An entry whose key is in the map.
pub struct OccupiedEntry<'a, K, V> {
    entries: &'a mut Vec<(K, V)>,
    index: usize,
}

impl<'a, K: Ord, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(default),
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(default()),
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let value = default(&e.key);
                e.insert(value)
            }
        }
    }

    pub fn key(&self) -> &K {
        match self {
            Entry::Occupied(e) => e.key(),
            Entry::Vacant(e) => e.key(),
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
        match self {
            Entry::Occupied(mut e) => {
                f(e.get_mut());
                Entry::Occupied(e)
            }
            Entry::Vacant(e) => Entry::Vacant(e),
        }
    }
}

impl<'a, K: Ord, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        match self {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(V::default()),
        }
    }
}

impl<'a, K: Ord, V> VacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn into_key(self) -> K {
        self.key
    }

    pub fn insert(self, value: V) -> &'a mut V {
        let entries = self.entries;
        entries.insert(self.index, (self.key, value));
        &mut entries[self.index].1
    }
}

impl<'a, K: Ord, V> OccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.entries[self.index].0
    }

    pub fn get(&self) -> &V {
        &self.entries[self.index].1
    }

    pub fn get_mut(&mut self) -> &mut V {
        &mut self.entries[self.index].1
    }

    pub fn into_mut(self) -> &'a mut V {
        &mut self.entries[self.index].1
    }

    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }

    pub fn remove_entry(self) -> (K, V) {
        self.entries.remove(self.index)
    }

    pub fn remove(self) -> V {
        self.remove_entry().1
    }
}
