//! One-time initialisation: `Once` and `OnceLock`.

use core::cell::UnsafeCell;
use core::fmt;
use core::marker::{Send, Sync};

const INCOMPLETE: u32 = 0;
const RUNNING: u32 = 1;
const COMPLETE: u32 = 2;

/// Runs an initialisation exactly once, however many threads ask.
pub struct Once {
    state: UnsafeCell<u32>,
}

unsafe impl Send for Once {}
unsafe impl Sync for Once {}

/// The state `call_once_force`'s closure sees.
pub struct OnceState {
    _private: (),
}

impl OnceState {
    pub fn is_poisoned(&self) -> bool {
        false
    }
}

impl Once {
    pub const fn new() -> Once {
        Once { state: UnsafeCell::new(INCOMPLETE) }
    }

    /// Runs `f` if no call has run yet; waits if another thread is running it.
    pub fn call_once<F: FnOnce()>(&self, f: F) {
        unsafe {
            while *self.state.get() == RUNNING {
                super::wait_while_equal(self.state.get(), RUNNING);
            }
            if *self.state.get() == COMPLETE {
                return;
            }
            *self.state.get() = RUNNING;
            f();
            *self.state.get() = COMPLETE;
        }
    }

    pub fn call_once_force<F: FnOnce(&OnceState)>(&self, f: F) {
        self.call_once(|| f(&OnceState { _private: () }))
    }

    pub fn is_completed(&self) -> bool {
        unsafe { *self.state.get() == COMPLETE }
    }
}

impl fmt::Debug for Once {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Once { .. }")
    }
}

/// A cell written at most once, readable from every thread.
pub struct OnceLock<T> {
    once: Once,
    value: UnsafeCell<Option<T>>,
}

unsafe impl<T: Send> Send for OnceLock<T> {}
unsafe impl<T: Send + Sync> Sync for OnceLock<T> {}

impl<T> OnceLock<T> {
    pub const fn new() -> OnceLock<T> {
        OnceLock { once: Once::new(), value: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.once.is_completed() { unsafe { (*self.value.get()).as_ref() } } else { None }
    }

    pub fn get_mut(&mut self) -> Option<&mut T> {
        self.value.get_mut().as_mut()
    }

    /// Stores `value` unless the cell is already initialised (then it comes back).
    pub fn set(&self, value: T) -> Result<(), T> {
        let mut value = Some(value);
        self.get_or_init(|| value.take().unwrap());
        match value {
            None => Ok(()),
            Some(v) => Err(v),
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        let slot = self.value.get();
        self.once.call_once(|| unsafe { *slot = Some(f()) });
        unsafe { (*self.value.get()).as_ref().unwrap() }
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }

    pub fn take(&mut self) -> Option<T> {
        let v = self.value.get_mut().take();
        self.once = Once::new();
        v
    }
}

impl<T> Default for OnceLock<T> {
    fn default() -> OnceLock<T> {
        OnceLock::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for OnceLock<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("OnceLock");
        match self.get() {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}
