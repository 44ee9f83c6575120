//! `Condvar`: waiting for a condition under a `Mutex`.

use core::cell::UnsafeCell;
use core::fmt;
use core::marker::{Send, Sync};
use core::time::Duration;

use super::mutex::{self, MutexGuard};
use super::poison::LockResult;

/// A condition variable: `wait` releases the mutex until another thread notifies.
pub struct Condvar {
    /// Bumped by every notification; waiters wait for it to change.
    seq: UnsafeCell<u32>,
}

unsafe impl Send for Condvar {}
unsafe impl Sync for Condvar {}

impl core::panic::UnwindSafe for Condvar {}
impl core::panic::RefUnwindSafe for Condvar {}

/// Whether `wait_timeout` returned because the time ran out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct WaitTimeoutResult(bool);

impl WaitTimeoutResult {
    pub fn timed_out(&self) -> bool {
        self.0
    }
}

impl Condvar {
    pub const fn new() -> Condvar {
        Condvar { seq: UnsafeCell::new(0) }
    }

    /// Unlocks the guard's mutex, waits for a notification, and locks it again.
    pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> LockResult<MutexGuard<'a, T>> {
        let lock = mutex::guard_lock(&guard);
        let seq = unsafe { *self.seq.get() };
        drop(guard);
        super::wait_while_equal(self.seq.get(), seq);
        lock.lock()
    }

    /// Waits while `condition` holds for the guarded value.
    pub fn wait_while<'a, T, F: FnMut(&mut T) -> bool>(&self, mut guard: MutexGuard<'a, T>, mut condition: F) -> LockResult<MutexGuard<'a, T>> {
        while condition(&mut *guard) {
            guard = self.wait(guard)?;
        }
        Ok(guard)
    }

    /// Like `wait`, but gives up after `dur`. FIXME: waits for a notification only (never times out).
    pub fn wait_timeout<'a, T>(&self, guard: MutexGuard<'a, T>, _dur: Duration) -> LockResult<(MutexGuard<'a, T>, WaitTimeoutResult)> {
        match self.wait(guard) {
            Ok(g) => Ok((g, WaitTimeoutResult(false))),
            Err(e) => Err(super::PoisonError::new((e.into_inner(), WaitTimeoutResult(false)))),
        }
    }

    pub fn notify_one(&self) {
        unsafe { *self.seq.get() = (*self.seq.get()).wrapping_add(1) };
    }

    pub fn notify_all(&self) {
        unsafe { *self.seq.get() = (*self.seq.get()).wrapping_add(1) };
    }
}

impl Default for Condvar {
    fn default() -> Condvar {
        Condvar::new()
    }
}

impl fmt::Debug for Condvar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Condvar { .. }")
    }
}
