//! Collection types that need only an allocator: ordered maps and sets.
//!
//! FIXME: VecDeque, BinaryHeap and LinkedList are still missing.

mod btree;

pub mod btree_map {
    //! An ordered map.
    pub use super::btree::map::*;
}

pub mod btree_set {
    //! An ordered set.
    pub use super::btree::set::*;
}

pub use btree_map::BTreeMap;
pub use btree_set::BTreeSet;
