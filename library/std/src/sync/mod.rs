//! Synchronisation: `Arc`, locks, condition variables, one-time initialisation and channels.
//!
//! Blocking goes through the `ferrite_futex_wait` intrinsic: a thread waits while a `u32` keeps
//! a value, and the scheduler runs the others meanwhile. Between blocking points a thread runs
//! alone (cooperative scheduling), so the state words are plain memory.

mod barrier;
mod condvar;
mod lazy_lock;
pub mod mpsc;
mod mutex;
mod once;
mod poison;
mod rwlock;

pub use alloc::sync::{Arc, Weak};
pub use core::sync::atomic;

pub use self::barrier::{Barrier, BarrierWaitResult};
pub use self::condvar::{Condvar, WaitTimeoutResult};
pub use self::lazy_lock::LazyLock;
pub use self::mutex::{Mutex, MutexGuard};
pub use self::once::{Once, OnceLock, OnceState};
pub use self::poison::{LockResult, PoisonError, TryLockError, TryLockResult};
pub use self::rwlock::{RwLock, RwLockReadGuard, RwLockWriteGuard};

/// Waits while `*word == value`.
fn wait_while_equal(word: *const u32, value: u32) {
    unsafe { core::intrinsics::ferrite_futex_wait(word, value) }
}
