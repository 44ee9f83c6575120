//! Collection types that need only an allocator: ordered maps and sets, the double-ended queue
//! and the binary heap.
//!
//! FIXME: LinkedList is still missing.

pub mod binary_heap;
mod btree;
pub mod linked_list;
pub mod vec_deque;

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
pub use vec_deque::VecDeque;
pub use binary_heap::BinaryHeap;
