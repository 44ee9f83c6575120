//! A hash map with SipHash-1-3 keyed by `RandomState`, and its entry API.
//!
//! The table keeps its entries densely in a `Vec` (so iteration walks a slice) and an open-addressed
//! index of slots (linear probing, tombstones for removals) pointing into it. Removal swaps the last
//! entry into the hole and repoints its slot. Real std uses a SwissTable instead; both iterate in an
//! order that programs must not rely on.

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::iter::{FromIterator, FusedIterator};
use core::marker::PhantomData;
use core::mem;
use core::ops::Index;

use crate::alloc::Layout;
use crate::collections::{TryReserveError, TryReserveErrorKind};
use crate::vec::Vec;

pub use crate::hash::{DefaultHasher, RandomState};

/// Slot value of a never-used index slot.
const EMPTY: usize = 0;
/// Slot value of a slot whose entry was removed (probing continues past it).
const DELETED: usize = usize::MAX;

struct Bucket<K, V> {
    hash: u64,
    key: K,
    value: V,
}

impl<K: Clone, V: Clone> Clone for Bucket<K, V> {
    fn clone(&self) -> Bucket<K, V> {
        Bucket { hash: self.hash, key: self.key.clone(), value: self.value.clone() }
    }
}

/// The table without its hasher: entries and the index of slots (entry index + 1, EMPTY or DELETED).
///
/// The number of slots follows hashbrown's (std's table) policy, so `capacity()` reports what std
/// reports: a power of two of at least 4 slots holding up to 7/8 of them (one fewer below 8
/// slots), grown when an insertion finds no room left. Removals give their room back (hashbrown
/// leaves a tombstone only in long full runs, which its probing groups make rare); this table's
/// own tombstones are cleared by rebuilding at the same size.
struct RawTable<K, V> {
    entries: Vec<Bucket<K, V>>,
    slots: Vec<usize>,
    deleted: usize,
}

impl<K: Clone, V: Clone> Clone for RawTable<K, V> {
    fn clone(&self) -> RawTable<K, V> {
        RawTable { entries: self.entries.clone(), slots: self.slots.clone(), deleted: self.deleted }
    }
}

/// How many entries a table of `buckets` slots holds.
fn bucket_mask_to_capacity(buckets: usize) -> usize {
    if buckets < 8 { buckets.saturating_sub(1) } else { buckets / 8 * 7 }
}

/// hashbrown's slot count for `cap` entries (`cap > 0`): small tables of small entries get more
/// slots than asked for, since the control bytes are allocated in groups of 16 anyway.
fn capacity_to_buckets<K, V>(cap: usize) -> Option<usize> {
    if cap < 15 {
        let min_cap = match mem::size_of::<(K, V)>() {
            0..=1 => 14,
            2..=3 => 7,
            _ => 3,
        };
        let cap = if cap < min_cap { min_cap } else { cap };
        return Some(if cap < 4 { 4 } else if cap < 8 { 8 } else { 16 });
    }
    let adjusted = cap.checked_mul(8)? / 7;
    adjusted.checked_next_power_of_two()
}

/// The layout hashbrown allocates for `buckets` slots (entries, then control bytes aligned to
/// 16); none if it exceeds `isize::MAX`.
fn table_layout<K, V>(buckets: usize) -> Option<Layout> {
    let ctrl_align = if mem::align_of::<(K, V)>() > 16 { mem::align_of::<(K, V)>() } else { 16 };
    let data = mem::size_of::<(K, V)>().checked_mul(buckets)?;
    let ctrl_offset = data.checked_add(ctrl_align - 1)? & !(ctrl_align - 1);
    let len = ctrl_offset.checked_add(buckets)?.checked_add(16)?;
    if len > isize::MAX as usize - (ctrl_align - 1) {
        return None;
    }
    Layout::from_size_align(len, ctrl_align).ok()
}

impl<K, V> RawTable<K, V> {
    const fn new() -> RawTable<K, V> {
        RawTable { entries: Vec::new(), slots: Vec::new(), deleted: 0 }
    }

    /// How many entries fit before the table grows.
    fn capacity(&self) -> usize {
        bucket_mask_to_capacity(self.slots.len())
    }

    /// The slot and entry index of the entry with this hash whose key satisfies `eq`.
    fn find<F: FnMut(&K) -> bool>(&self, hash: u64, mut eq: F) -> Option<(usize, usize)> {
        let n = self.slots.len();
        if n == 0 {
            return None;
        }
        let mask = n - 1;
        let mut pos = hash as usize & mask;
        loop {
            let s = self.slots[pos];
            if s == EMPTY {
                return None;
            }
            if s != DELETED {
                let b = &self.entries[s - 1];
                if b.hash == hash && eq(&b.key) {
                    return Some((pos, s - 1));
                }
            }
            pos = (pos + 1) & mask;
        }
    }

    /// The slot pointing at entry `index`.
    fn slot_of(&self, index: usize) -> usize {
        let mask = self.slots.len() - 1;
        let mut pos = self.entries[index].hash as usize & mask;
        while self.slots[pos] != index + 1 {
            pos = (pos + 1) & mask;
        }
        pos
    }

    /// The first free slot (empty or deleted) on the probe sequence of `hash`.
    fn free_slot(&self, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut pos = hash as usize & mask;
        loop {
            let s = self.slots[pos];
            if s == EMPTY || s == DELETED {
                return pos;
            }
            pos = (pos + 1) & mask;
        }
    }

    /// Makes room for `additional` more entries, panicking or aborting as std's table does.
    fn reserve(&mut self, additional: usize) {
        if let Err(e) = self.try_reserve(additional) {
            match e.kind() {
                TryReserveErrorKind::CapacityOverflow => panic!("Hash table capacity overflow"),
                TryReserveErrorKind::AllocError { layout, .. } => crate::alloc::handle_alloc_error(layout),
            }
        }
    }

    /// Makes room for `additional` more entries: grows to hashbrown's size for the larger of
    /// what is needed and one more than fits now, or only clears tombstones if there is room.
    fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        let items = self.entries.len();
        let full_cap = self.capacity();
        if additional <= full_cap - items {
            if items + self.deleted + additional > full_cap {
                self.rebuild(self.slots.len());
            }
            return Ok(());
        }
        let new_items = match items.checked_add(additional) {
            Some(n) => n,
            None => return Err(TryReserveErrorKind::CapacityOverflow.into()),
        };
        self.resize(if new_items > full_cap + 1 { new_items } else { full_cap + 1 })
    }

    /// Rebuilds the index with hashbrown's slot count for `capacity` entries.
    fn resize(&mut self, capacity: usize) -> Result<(), TryReserveError> {
        let buckets = match capacity_to_buckets::<K, V>(capacity) {
            Some(buckets) => buckets,
            None => return Err(TryReserveErrorKind::CapacityOverflow.into()),
        };
        let layout = match table_layout::<K, V>(buckets) {
            Some(layout) => layout,
            None => return Err(TryReserveErrorKind::CapacityOverflow.into()),
        };
        let alloc_error = TryReserveErrorKind::AllocError { layout, non_exhaustive: () };
        let mut slots: Vec<usize> = Vec::new();
        if slots.try_reserve_exact(buckets).is_err() {
            return Err(alloc_error.into());
        }
        let room = bucket_mask_to_capacity(buckets);
        if self.entries.try_reserve_exact(room - self.entries.len()).is_err() {
            return Err(alloc_error.into());
        }
        slots.resize(buckets, EMPTY);
        self.slots = slots;
        self.rebuild(buckets);
        Ok(())
    }

    /// Re-indexes every entry in `n` slots (a power of two), dropping the tombstones.
    fn rebuild(&mut self, n: usize) {
        if self.slots.len() != n {
            self.slots = Vec::new();
            self.slots.resize(n, EMPTY);
        } else {
            for s in self.slots.iter_mut() {
                *s = EMPTY;
            }
        }
        self.deleted = 0;
        if n == 0 {
            return;
        }
        let mask = n - 1;
        let mut e = 0;
        while e < self.entries.len() {
            let mut pos = self.entries[e].hash as usize & mask;
            while self.slots[pos] != EMPTY {
                pos = (pos + 1) & mask;
            }
            self.slots[pos] = e + 1;
            e += 1;
        }
    }

    /// Shrinks to hashbrown's slot count for the larger of the length and `min_size` if that is
    /// fewer slots than now (no slots at all for an empty table and 0).
    fn shrink_to(&mut self, min_size: usize) {
        let items = self.entries.len();
        let min_size = if items > min_size { items } else { min_size };
        if min_size == 0 {
            *self = RawTable::new();
            return;
        }
        let min_buckets = match capacity_to_buckets::<K, V>(min_size) {
            Some(buckets) => buckets,
            None => return,
        };
        if min_buckets < self.slots.len() {
            if self.resize(min_size).is_ok() {
                self.entries.shrink_to(bucket_mask_to_capacity(self.slots.len()));
            }
        }
    }

    /// Adds an entry known not to be present; returns its entry index.
    fn insert_new(&mut self, hash: u64, key: K, value: V) -> usize {
        self.reserve(1);
        let pos = self.free_slot(hash);
        if self.slots[pos] == DELETED {
            self.deleted -= 1;
        }
        let index = self.entries.len();
        self.slots[pos] = index + 1;
        self.entries.push(Bucket { hash, key, value });
        index
    }

    /// Removes the entry found at (`slot`, `index`).
    fn remove_at(&mut self, slot: usize, index: usize) -> (K, V) {
        self.slots[slot] = DELETED;
        self.deleted += 1;
        let last = self.entries.len() - 1;
        if index != last {
            // the last entry moves into the hole: repoint its slot
            let moved = self.slot_of(last);
            self.slots[moved] = index + 1;
        }
        let b = self.entries.swap_remove(index);
        (b.key, b.value)
    }

    /// Removes every entry; the capacity stays.
    fn clear(&mut self) {
        self.entries.clear();
        let n = self.slots.len();
        self.rebuild(n);
    }
}

/// A hash map: `HashMap<K, V>` hashes its keys with SipHash-1-3 (through `RandomState`).
pub struct HashMap<K, V, S = RandomState> {
    hash_builder: S,
    table: RawTable<K, V>,
}

impl<K, V> HashMap<K, V, RandomState> {
    /// An empty map; it does not allocate.
    #[inline]
    pub fn new() -> HashMap<K, V, RandomState> {
        HashMap::with_hasher(RandomState::new())
    }

    #[inline]
    pub fn with_capacity(capacity: usize) -> HashMap<K, V, RandomState> {
        HashMap::with_capacity_and_hasher(capacity, RandomState::new())
    }
}

impl<K, V, S> HashMap<K, V, S> {
    #[inline]
    pub const fn with_hasher(hash_builder: S) -> HashMap<K, V, S> {
        HashMap { hash_builder, table: RawTable::new() }
    }

    pub fn with_capacity_and_hasher(capacity: usize, hasher: S) -> HashMap<K, V, S> {
        let mut map = HashMap::with_hasher(hasher);
        if capacity > 0 {
            map.table.reserve(capacity);
        }
        map
    }

    /// How many entries the map holds without growing its index.
    pub fn capacity(&self) -> usize {
        self.table.capacity()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.table.entries.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.table.entries.len() == 0
    }

    #[inline]
    pub fn hasher(&self) -> &S {
        &self.hash_builder
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { inner: self.table.entries.iter() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut { inner: self.table.entries.iter_mut() }
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

    /// Removes every entry, yielding them; the capacity stays.
    pub fn drain(&mut self) -> Drain<'_, K, V> {
        let room = self.table.entries.capacity();
        let entries = mem::replace(&mut self.table.entries, Vec::with_capacity(room));
        self.table.clear();
        Drain { inner: entries.into_iter(), _marker: PhantomData }
    }

    /// An iterator that removes and yields the entries `pred` accepts (it may change the values
    /// of all it sees). Entries not reached when it is dropped stay.
    pub fn extract_if<F: FnMut(&K, &mut V) -> bool>(&mut self, pred: F) -> ExtractIf<'_, K, V, F> {
        ExtractIf { inner: self.extract_if_inner(), pred }
    }

    pub(super) fn extract_if_inner(&mut self) -> ExtractIfInner<'_, K, V> {
        ExtractIfInner { table: &mut self.table, index: 0 }
    }

    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// Keeps only the entries for which `f` returns true.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let entries = mem::replace(&mut self.table.entries, Vec::new());
        let mut kept = Vec::with_capacity(entries.len());
        for mut b in entries {
            if f(&b.key, &mut b.value) {
                kept.push(b);
            }
        }
        self.table.entries = kept;
        let n = self.table.slots.len();
        self.table.rebuild(n);
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> HashMap<K, V, S> {
    fn hash_of<Q: Hash + ?Sized>(&self, key: &Q) -> u64 {
        self.hash_builder.hash_one(key)
    }

    fn find<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<(usize, usize)>
    where
        K: Borrow<Q>,
    {
        if self.table.entries.len() == 0 {
            return None;
        }
        let hash = self.hash_of(key);
        self.table.find(hash, |k| k.borrow() == key)
    }

    /// Makes room for at least `additional` more entries.
    pub fn reserve(&mut self, additional: usize) {
        self.table.reserve(additional);
    }

    /// `reserve`, returning an error instead of panicking or aborting.
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.table.try_reserve(additional)
    }

    /// Shrinks the capacity as far as the length allows.
    pub fn shrink_to_fit(&mut self) {
        self.table.shrink_to(0);
    }

    /// Shrinks the capacity, keeping room for at least `min_capacity` entries.
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.table.shrink_to(min_capacity);
    }

    /// Mutable references to the values of `N` keys at once (`None` for a missing key).
    ///
    /// # Panics
    /// If two of the keys are the same entry.
    pub fn get_disjoint_mut<Q: ?Sized + Hash + Eq, const N: usize>(&mut self, ks: [&Q; N]) -> [Option<&'_ mut V>; N]
    where
        K: Borrow<Q>,
    {
        let indices = self.disjoint_indices(ks);
        let mut i = 0;
        while i < N {
            if let Some(index) = indices[i] {
                let mut j = 0;
                while j < i {
                    if indices[j] == Some(index) {
                        panic!("duplicate keys found");
                    }
                    j += 1;
                }
            }
            i += 1;
        }
        let entries = self.table.entries.as_mut_ptr();
        indices.map(|index| match index {
            Some(index) => Some(unsafe { &mut (*entries.add(index)).value }),
            None => None,
        })
    }

    /// `get_disjoint_mut` without the check that the keys are distinct.
    ///
    /// # Safety
    /// No two of the keys may be the same entry, even if the references are not used.
    pub unsafe fn get_disjoint_unchecked_mut<Q: ?Sized + Hash + Eq, const N: usize>(
        &mut self,
        ks: [&Q; N],
    ) -> [Option<&'_ mut V>; N]
    where
        K: Borrow<Q>,
    {
        let indices = self.disjoint_indices(ks);
        let entries = self.table.entries.as_mut_ptr();
        indices.map(|index| match index {
            Some(index) => Some(unsafe { &mut (*entries.add(index)).value }),
            None => None,
        })
    }

    /// The entry index of each key.
    fn disjoint_indices<Q: ?Sized + Hash + Eq, const N: usize>(&self, ks: [&Q; N]) -> [Option<usize>; N]
    where
        K: Borrow<Q>,
    {
        ks.map(|k| match self.find(k) {
            Some((_, index)) => Some(index),
            None => None,
        })
    }

    /// Inserts a value, returning the value the key had before, if any (the key is not updated).
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        let hash = self.hash_of(&k);
        match self.table.find(hash, |q| *q == k) {
            Some((_, i)) => Some(mem::replace(&mut self.table.entries[i].value, v)),
            None => {
                self.table.insert_new(hash, k, v);
                None
            }
        }
    }

    /// Inserts a key known to be absent, returning a reference to the value.
    pub fn get<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        match self.find(k) {
            Some((_, i)) => Some(&self.table.entries[i].value),
            None => None,
        }
    }

    pub fn get_key_value<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        match self.find(k) {
            Some((_, i)) => {
                let b = &self.table.entries[i];
                Some((&b.key, &b.value))
            }
            None => None,
        }
    }

    pub fn get_mut<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        match self.find(k) {
            Some((_, i)) => Some(&mut self.table.entries[i].value),
            None => None,
        }
    }

    pub fn contains_key<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(k).is_some()
    }

    pub fn remove<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        match self.remove_entry(k) {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    pub fn remove_entry<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        match self.find(k) {
            Some((slot, i)) => Some(self.table.remove_at(slot, i)),
            None => None,
        }
    }

    /// The entry of a key, for in-place insertion or update.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let hash = self.hash_of(&key);
        match self.table.find(hash, |q| *q == key) {
            Some((slot, index)) => Entry::Occupied(OccupiedEntry { table: &mut self.table, slot, index, key: Some(key) }),
            None => Entry::Vacant(VacantEntry { table: &mut self.table, hash, key }),
        }
    }
}

impl<K: Clone, V: Clone, S: Clone> Clone for HashMap<K, V, S> {
    fn clone(&self) -> HashMap<K, V, S> {
        HashMap { hash_builder: self.hash_builder.clone(), table: self.table.clone() }
    }
}

impl<K: Eq + Hash, V: PartialEq, S: BuildHasher> PartialEq for HashMap<K, V, S> {
    fn eq(&self, other: &HashMap<K, V, S>) -> bool {
        if self.len() != other.len() {
            return false;
        }
        self.iter().all(|(key, value)| match other.get(key) {
            Some(v) => *value == *v,
            None => false,
        })
    }
}

impl<K: Eq + Hash, V: Eq, S: BuildHasher> Eq for HashMap<K, V, S> {}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for HashMap<K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K, V, S: Default> Default for HashMap<K, V, S> {
    #[inline]
    fn default() -> HashMap<K, V, S> {
        HashMap::with_hasher(S::default())
    }
}

impl<K, Q: ?Sized, V, S> Index<&Q> for HashMap<K, V, S>
where
    K: Eq + Hash + Borrow<Q>,
    Q: Eq + Hash,
    S: BuildHasher,
{
    type Output = V;

    #[track_caller]
    fn index(&self, key: &Q) -> &V {
        match self.get(key) {
            Some(v) => v,
            None => panic!("no entry found for key"),
        }
    }
}

impl<K: Eq + Hash, V, S: BuildHasher + Default> FromIterator<(K, V)> for HashMap<K, V, S> {
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> HashMap<K, V, S> {
        let mut map = HashMap::with_hasher(S::default());
        map.extend(iter);
        map
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> Extend<(K, V)> for HashMap<K, V, S> {
    /// Reserves for the iterator's lower bound first (half of it if the map is not empty, since
    /// keys may repeat), as std does.
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        let iter = iter.into_iter();
        let (lower, _) = iter.size_hint();
        let reserve = if self.is_empty() { lower } else { (lower + 1) / 2 };
        self.reserve(reserve);
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'a, K: Eq + Hash + Copy, V: Copy, S: BuildHasher> Extend<(&'a K, &'a V)> for HashMap<K, V, S> {
    fn extend<T: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: T) {
        self.extend(iter.into_iter().map(|(k, v)| (*k, *v)));
    }
}

impl<K: Eq + Hash, V, const N: usize> From<[(K, V); N]> for HashMap<K, V, RandomState> {
    fn from(arr: [(K, V); N]) -> HashMap<K, V, RandomState> {
        HashMap::from_iter(arr)
    }
}

impl<'a, K, V, S> IntoIterator for &'a HashMap<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    #[inline]
    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a mut HashMap<K, V, S> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    #[inline]
    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

impl<K, V, S> IntoIterator for HashMap<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(self) -> IntoIter<K, V> {
        IntoIter { inner: self.table.entries.into_iter() }
    }
}

/// An iterator over the entries of a `HashMap`: `(&K, &V)`.
pub struct Iter<'a, K, V> {
    inner: core::slice::Iter<'a, Bucket<K, V>>,
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    #[inline]
    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        match self.inner.next() {
            Some(b) => Some((&b.key, &b.value)),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}
impl<K, V> FusedIterator for Iter<'_, K, V> {}

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter { inner: self.inner.clone() }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Iter<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// A mutable iterator over the entries of a `HashMap`: `(&K, &mut V)`.
pub struct IterMut<'a, K, V> {
    inner: core::slice::IterMut<'a, Bucket<K, V>>,
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    #[inline]
    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        match self.inner.next() {
            Some(b) => Some((&b.key, &mut b.value)),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}
impl<K, V> FusedIterator for IterMut<'_, K, V> {}

/// The owning iterator of a `HashMap`: `(K, V)`.
pub struct IntoIter<K, V> {
    inner: crate::vec::IntoIter<Bucket<K, V>>,
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        match self.inner.next() {
            Some(b) => Some((b.key, b.value)),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {}
impl<K, V> FusedIterator for IntoIter<K, V> {}

/// The draining iterator of a `HashMap`: `(K, V)`.
pub struct Drain<'a, K, V> {
    inner: crate::vec::IntoIter<Bucket<K, V>>,
    _marker: PhantomData<&'a mut HashMap<K, V>>,
}

impl<'a, K, V> Iterator for Drain<'a, K, V> {
    type Item = (K, V);

    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        match self.inner.next() {
            Some(b) => Some((b.key, b.value)),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Drain<'_, K, V> {}
impl<K, V> FusedIterator for Drain<'_, K, V> {}

/// The keys of a `HashMap`.
pub struct Keys<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;

    #[inline]
    fn next(&mut self) -> Option<&'a K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Keys<'_, K, V> {}
impl<K, V> FusedIterator for Keys<'_, K, V> {}

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys { inner: self.inner.clone() }
    }
}

/// The values of a `HashMap`.
pub struct Values<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;

    #[inline]
    fn next(&mut self) -> Option<&'a V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Values<'_, K, V> {}
impl<K, V> FusedIterator for Values<'_, K, V> {}

impl<K, V> Clone for Values<'_, K, V> {
    fn clone(&self) -> Self {
        Values { inner: self.inner.clone() }
    }
}

/// The values of a `HashMap`, mutably.
pub struct ValuesMut<'a, K, V> {
    inner: IterMut<'a, K, V>,
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;

    #[inline]
    fn next(&mut self) -> Option<&'a mut V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for ValuesMut<'_, K, V> {}
impl<K, V> FusedIterator for ValuesMut<'_, K, V> {}

/// The owned keys of a `HashMap`.
pub struct IntoKeys<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;

    #[inline]
    fn next(&mut self) -> Option<K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IntoKeys<K, V> {}
impl<K, V> FusedIterator for IntoKeys<K, V> {}

/// The owned values of a `HashMap`.
pub struct IntoValues<K, V> {
    inner: IntoIter<K, V>,
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;

    #[inline]
    fn next(&mut self) -> Option<V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IntoValues<K, V> {}
impl<K, V> FusedIterator for IntoValues<K, V> {}

/// A view into one entry of a map, which is either vacant or occupied (`HashMap::entry`).
pub enum Entry<'a, K: 'a, V: 'a> {
    Occupied(OccupiedEntry<'a, K, V>),
    Vacant(VacantEntry<'a, K, V>),
}

/// An entry whose key is in the map.
pub struct OccupiedEntry<'a, K, V> {
    table: &'a mut RawTable<K, V>,
    slot: usize,
    index: usize,
    /// The key given to `entry` (`replace_key` would need it; dropped with the entry otherwise).
    key: Option<K>,
}

/// An entry whose key is not in the map.
pub struct VacantEntry<'a, K, V> {
    table: &'a mut RawTable<K, V>,
    hash: u64,
    key: K,
}

impl<'a, K, V> Entry<'a, K, V> {
    /// The value, inserting `default` first if the entry is vacant.
    #[inline]
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(default),
        }
    }

    #[inline]
    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(default()),
        }
    }

    #[inline]
    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => {
                let value = default(entry.key());
                entry.insert(value)
            }
        }
    }

    #[inline]
    pub fn key(&self) -> &K {
        match self {
            Entry::Occupied(entry) => entry.key(),
            Entry::Vacant(entry) => entry.key(),
        }
    }

    /// Applies `f` to the value if the entry is occupied.
    #[inline]
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
        match self {
            Entry::Occupied(mut entry) => {
                f(entry.get_mut());
                Entry::Occupied(entry)
            }
            Entry::Vacant(entry) => Entry::Vacant(entry),
        }
    }

    /// Sets the value and returns the (now occupied) entry.
    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        match self {
            Entry::Occupied(mut entry) => {
                entry.insert(value);
                entry
            }
            Entry::Vacant(entry) => entry.insert_entry(value),
        }
    }
}

impl<'a, K, V: Default> Entry<'a, K, V> {
    #[inline]
    pub fn or_default(self) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(V::default()),
        }
    }
}

impl<'a, K, V> OccupiedEntry<'a, K, V> {
    #[inline]
    pub fn key(&self) -> &K {
        &self.table.entries[self.index].key
    }

    #[inline]
    pub fn get(&self) -> &V {
        &self.table.entries[self.index].value
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut V {
        &mut self.table.entries[self.index].value
    }

    /// The value, borrowed for as long as the map was.
    #[inline]
    pub fn into_mut(self) -> &'a mut V {
        &mut self.table.entries[self.index].value
    }

    /// Replaces the value, returning the old one.
    #[inline]
    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }

    #[inline]
    pub fn remove(self) -> V {
        self.remove_entry().1
    }

    #[inline]
    pub fn remove_entry(self) -> (K, V) {
        self.table.remove_at(self.slot, self.index)
    }
}

impl<'a, K, V> VacantEntry<'a, K, V> {
    #[inline]
    pub fn key(&self) -> &K {
        &self.key
    }

    #[inline]
    pub fn into_key(self) -> K {
        self.key
    }

    /// Inserts the value, returning a reference to it borrowed for as long as the map was.
    pub fn insert(self, value: V) -> &'a mut V {
        let table = self.table;
        let index = table.insert_new(self.hash, self.key, value);
        &mut table.entries[index].value
    }

    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        let table = self.table;
        let index = table.insert_new(self.hash, self.key, value);
        let slot = table.slot_of(index);
        OccupiedEntry { table, slot, index, key: None }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Entry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Vacant(v) => f.debug_tuple("Entry").field(v).finish(),
            Entry::Occupied(o) => f.debug_tuple("Entry").field(o).finish(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for OccupiedEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedEntry").field("key", self.key()).field("value", self.get()).finish()
    }
}

impl<K: fmt::Debug, V> fmt::Debug for VacantEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VacantEntry").field(self.key()).finish()
    }
}

/// The iterator of `HashMap::extract_if`.
pub struct ExtractIf<'a, K, V, F> {
    inner: ExtractIfInner<'a, K, V>,
    pred: F,
}

/// The state of an `extract_if` without its predicate (shared with `HashSet::extract_if`). An
/// extracted entry's place is taken by the last entry (not visited yet), so each entry is looked
/// at once.
pub(super) struct ExtractIfInner<'a, K, V> {
    table: &'a mut RawTable<K, V>,
    /// The next entry to look at.
    index: usize,
}

impl<K, V> ExtractIfInner<'_, K, V> {
    pub(super) fn next<F: FnMut(&K, &mut V) -> bool>(&mut self, pred: &mut F) -> Option<(K, V)> {
        while self.index < self.table.entries.len() {
            let i = self.index;
            let b = &mut self.table.entries[i];
            if pred(&b.key, &mut b.value) {
                let slot = self.table.slot_of(i);
                return Some(self.table.remove_at(slot, i));
            }
            self.index += 1;
        }
        None
    }

    pub(super) fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.table.entries.len() - self.index))
    }
}

impl<K, V, F: FnMut(&K, &mut V) -> bool> Iterator for ExtractIf<'_, K, V, F> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.inner.next(&mut self.pred)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V, F: FnMut(&K, &mut V) -> bool> FusedIterator for ExtractIf<'_, K, V, F> {}

impl<K, V, F> fmt::Debug for ExtractIf<'_, K, V, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf").finish_non_exhaustive()
    }
}
