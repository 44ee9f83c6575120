//! `RwLock`: many readers or one writer.

use core::cell::UnsafeCell;
use core::fmt;
use core::marker::{Send, Sync};
use core::ops::{Deref, DerefMut, Drop};

use super::poison::{self, LockResult, PoisonError, TryLockError, TryLockResult};

/// The state word's value while a writer holds the lock; below it, the number of readers.
const WRITER: u32 = u32::MAX;

/// A reader-writer lock.
pub struct RwLock<T: ?Sized> {
    state: UnsafeCell<u32>,
    poison: poison::Flag,
    data: UnsafeCell<T>,
}

unsafe impl<T: ?Sized + Send> Send for RwLock<T> {}
unsafe impl<T: ?Sized + Send + Sync> Sync for RwLock<T> {}

impl<T: ?Sized> core::panic::UnwindSafe for RwLock<T> {}
impl<T: ?Sized> core::panic::RefUnwindSafe for RwLock<T> {}

pub struct RwLockReadGuard<'a, T: ?Sized + 'a> {
    lock: &'a RwLock<T>,
}

/// Exclusive access; dropping it during a panic poisons the lock (readers do not).
pub struct RwLockWriteGuard<'a, T: ?Sized + 'a> {
    lock: &'a RwLock<T>,
    poison: poison::Guard,
}

impl<T> RwLock<T> {
    pub const fn new(t: T) -> RwLock<T> {
        RwLock { state: UnsafeCell::new(0), poison: poison::Flag::new(), data: UnsafeCell::new(t) }
    }

    pub fn into_inner(self) -> LockResult<T> {
        let poisoned = self.poison.get();
        let data = self.data.into_inner();
        if poisoned { Err(PoisonError::new(data)) } else { Ok(data) }
    }
}

impl<T: ?Sized> RwLock<T> {
    /// Waits while a writer holds the lock, then shares it.
    pub fn read(&self) -> LockResult<RwLockReadGuard<'_, T>> {
        unsafe {
            while *self.state.get() == WRITER {
                super::wait_while_equal(self.state.get(), WRITER);
            }
            *self.state.get() += 1;
        }
        poison::map_result(self.poison.guard(), |_| RwLockReadGuard { lock: self })
    }

    /// Waits until nobody holds the lock, then takes it exclusively.
    pub fn write(&self) -> LockResult<RwLockWriteGuard<'_, T>> {
        unsafe {
            loop {
                let s = *self.state.get();
                if s == 0 {
                    break;
                }
                super::wait_while_equal(self.state.get(), s);
            }
            *self.state.get() = WRITER;
        }
        poison::map_result(self.poison.guard(), |poison| RwLockWriteGuard { lock: self, poison })
    }

    pub fn try_read(&self) -> TryLockResult<RwLockReadGuard<'_, T>> {
        unsafe {
            if *self.state.get() == WRITER {
                return Err(TryLockError::WouldBlock);
            }
            *self.state.get() += 1;
        }
        match poison::map_result(self.poison.guard(), |_| RwLockReadGuard { lock: self }) {
            Ok(g) => Ok(g),
            Err(e) => Err(TryLockError::Poisoned(e)),
        }
    }

    pub fn try_write(&self) -> TryLockResult<RwLockWriteGuard<'_, T>> {
        unsafe {
            if *self.state.get() != 0 {
                return Err(TryLockError::WouldBlock);
            }
            *self.state.get() = WRITER;
        }
        match poison::map_result(self.poison.guard(), |poison| RwLockWriteGuard { lock: self, poison }) {
            Ok(g) => Ok(g),
            Err(e) => Err(TryLockError::Poisoned(e)),
        }
    }

    /// Whether a thread panicked while holding the lock for writing.
    pub fn is_poisoned(&self) -> bool {
        self.poison.get()
    }

    pub fn clear_poison(&self) {
        self.poison.clear();
    }

    pub fn get_mut(&mut self) -> LockResult<&mut T> {
        let poisoned = self.poison.get();
        let data = self.data.get_mut();
        if poisoned { Err(PoisonError::new(data)) } else { Ok(data) }
    }
}

impl<T: Default> Default for RwLock<T> {
    fn default() -> RwLock<T> {
        RwLock::new(T::default())
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RwLock<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("RwLock");
        match self.try_read() {
            Ok(guard) => {
                d.field("data", &&*guard);
            }
            Err(TryLockError::Poisoned(err)) => {
                d.field("data", &&**err.get_ref());
            }
            Err(TryLockError::WouldBlock) => {
                d.field("data", &format_args!("<locked>"));
            }
        }
        d.field("poisoned", &self.poison.get());
        d.finish_non_exhaustive()
    }
}

impl<'a, T: ?Sized> Deref for RwLockReadGuard<'a, T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.lock.data.get() }
    }
}

impl<'a, T: ?Sized> Drop for RwLockReadGuard<'a, T> {
    fn drop(&mut self) {
        unsafe { *self.lock.state.get() -= 1 };
    }
}

impl<'a, T: ?Sized> Deref for RwLockWriteGuard<'a, T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.lock.data.get() }
    }
}

impl<'a, T: ?Sized> DerefMut for RwLockWriteGuard<'a, T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<'a, T: ?Sized> Drop for RwLockWriteGuard<'a, T> {
    fn drop(&mut self) {
        self.lock.poison.done(&self.poison);
        unsafe { *self.lock.state.get() = 0 };
    }
}

impl<'a, T: ?Sized + fmt::Debug> fmt::Debug for RwLockReadGuard<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<'a, T: ?Sized + fmt::Debug> fmt::Debug for RwLockWriteGuard<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}
