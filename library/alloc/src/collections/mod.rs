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

use core::alloc::{Layout, LayoutError};
use core::fmt;

/// The error of the `try_reserve` methods: the capacity asked for exceeds the collection's
/// maximum, or the allocator failed.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TryReserveError {
    kind: TryReserveErrorKind,
}

impl TryReserveError {
    /// Why the reservation failed.
    pub fn kind(&self) -> TryReserveErrorKind {
        self.kind.clone()
    }
}

/// Why a `try_reserve` failed.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum TryReserveErrorKind {
    /// The computed capacity exceeds the collection's maximum (usually `isize::MAX` bytes).
    CapacityOverflow,
    /// The allocator returned an error for this layout.
    AllocError {
        layout: Layout,
        #[doc(hidden)]
        non_exhaustive: (),
    },
}

impl From<TryReserveErrorKind> for TryReserveError {
    #[inline]
    fn from(kind: TryReserveErrorKind) -> TryReserveError {
        TryReserveError { kind }
    }
}

impl From<LayoutError> for TryReserveErrorKind {
    /// A layout that cannot be made means the capacity overflowed.
    #[inline]
    fn from(_: LayoutError) -> TryReserveErrorKind {
        TryReserveErrorKind::CapacityOverflow
    }
}

impl fmt::Display for TryReserveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("memory allocation failed")?;
        f.write_str(match self.kind {
            TryReserveErrorKind::CapacityOverflow => " because the computed capacity exceeded the collection's maximum",
            TryReserveErrorKind::AllocError { .. } => " because the memory allocator returned an error",
        })
    }
}

impl core::error::Error for TryReserveError {}
