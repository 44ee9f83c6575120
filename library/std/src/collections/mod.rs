//! Collection types: `HashMap`/`HashSet` here, the others from `alloc`.

pub mod hash_map {
    //! A hash map implemented with linear probing and SipHash-1-3.
    pub use super::hash::map::*;
}

pub mod hash_set {
    //! A hash set implemented as a `HashMap` where the value is `()`.
    pub use super::hash::set::*;
}

mod hash;

pub use alloc::collections::{binary_heap, btree_map, btree_set, linked_list, linked_list::LinkedList, vec_deque, BTreeMap, BTreeSet, BinaryHeap, VecDeque};

pub use alloc::collections::{TryReserveError, TryReserveErrorKind};

pub use self::hash_map::HashMap;
pub use self::hash_set::HashSet;
