//! Unwind safety of the shared-ownership pointers: an `Rc<T>` or `Arc<T>` (and their `Weak`s)
//! is `UnwindSafe` when a shared reference to `T` is, though the reference counts are cells.
//! FIXME: these belong beside the types, in rc.rs and sync.rs.

use core::panic::{RefUnwindSafe, UnwindSafe};

impl<T: RefUnwindSafe> UnwindSafe for crate::rc::Rc<T> {}
impl<T: RefUnwindSafe> UnwindSafe for crate::rc::Weak<T> {}
impl<T: RefUnwindSafe> UnwindSafe for crate::sync::Arc<T> {}
impl<T: RefUnwindSafe> UnwindSafe for crate::sync::Weak<T> {}
