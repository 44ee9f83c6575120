//! Lock poisoning: a lock whose guard is dropped while its thread panics is marked poisoned, and
//! later lockers get the guard inside a `PoisonError` (the data may be half-updated).

use core::cell::UnsafeCell;
use core::error::Error;
use core::fmt;

/// The poison flag of a lock.
pub(super) struct Flag {
    failed: UnsafeCell<bool>,
}

/// What a guard remembers: whether its thread was already panicking when it took the lock (a
/// guard taken during unwinding does not poison the lock).
pub(super) struct Guard {
    panicking: bool,
}

impl Flag {
    pub(super) const fn new() -> Flag {
        Flag { failed: UnsafeCell::new(false) }
    }

    /// Called when the lock has been taken: the guard's state, `Err` if the lock is poisoned.
    pub(super) fn guard(&self) -> LockResult<Guard> {
        let guard = Guard { panicking: crate::thread::panicking() };
        if self.get() { Err(PoisonError::new(guard)) } else { Ok(guard) }
    }

    /// Called when the guard is dropped: poisons the lock if the thread started panicking since.
    pub(super) fn done(&self, guard: &Guard) {
        if !guard.panicking && crate::thread::panicking() {
            unsafe { *self.failed.get() = true };
        }
    }

    pub(super) fn get(&self) -> bool {
        unsafe { *self.failed.get() }
    }

    pub(super) fn clear(&self) {
        unsafe { *self.failed.get() = false };
    }
}

/// `result` with its guard (inside `Ok` or the `PoisonError`) mapped through `f`.
pub(super) fn map_result<T, U, F: FnOnce(T) -> U>(result: LockResult<T>, f: F) -> LockResult<U> {
    match result {
        Ok(t) => Ok(f(t)),
        Err(PoisonError { guard }) => Err(PoisonError::new(f(guard))),
    }
}

/// A lock was poisoned: a thread panicked holding it. The guard is still inside.
pub struct PoisonError<T> {
    guard: T,
}

impl<T> PoisonError<T> {
    pub fn new(guard: T) -> PoisonError<T> {
        PoisonError { guard }
    }

    pub fn into_inner(self) -> T {
        self.guard
    }

    pub fn get_ref(&self) -> &T {
        &self.guard
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.guard
    }
}

impl<T> fmt::Debug for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PoisonError").finish_non_exhaustive()
    }
}

impl<T> fmt::Display for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("poisoned lock: another task failed inside")
    }
}

impl<T> Error for PoisonError<T> {}

/// Why `try_lock` failed.
pub enum TryLockError<T> {
    Poisoned(PoisonError<T>),
    WouldBlock,
}

impl<T> From<PoisonError<T>> for TryLockError<T> {
    fn from(err: PoisonError<T>) -> TryLockError<T> {
        TryLockError::Poisoned(err)
    }
}

impl<T> fmt::Debug for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TryLockError::Poisoned(..) => f.write_str("Poisoned(..)"),
            TryLockError::WouldBlock => f.write_str("WouldBlock"),
        }
    }
}

impl<T> fmt::Display for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TryLockError::Poisoned(..) => f.write_str("poisoned lock: another task failed inside"),
            TryLockError::WouldBlock => f.write_str("try_lock failed because the operation would block"),
        }
    }
}

impl<T> Error for TryLockError<T> {}

pub type LockResult<G> = Result<G, PoisonError<G>>;
pub type TryLockResult<G> = Result<G, TryLockError<G>>;
