//! One-time initialisation: `Once` and `OnceLock`.

use core::cell::UnsafeCell;
use core::fmt;
use core::marker::{Send, Sync};

const INCOMPLETE: u32 = 0;
const RUNNING: u32 = 1;
const COMPLETE: u32 = 2;
/// An initialisation panicked: `call_once` panics from then on, `call_once_force` runs again.
const POISONED: u32 = 3;

/// Runs an initialisation exactly once, however many threads ask.
pub struct Once {
    state: UnsafeCell<u32>,
}

unsafe impl Send for Once {}
unsafe impl Sync for Once {}

impl core::panic::UnwindSafe for Once {}
impl core::panic::RefUnwindSafe for Once {}

/// The state `call_once_force`'s closure sees.
pub struct OnceState {
    poisoned: bool,
    set_poisoned: core::cell::Cell<bool>,
}

impl OnceState {
    /// Whether an earlier initialisation panicked.
    pub fn is_poisoned(&self) -> bool {
        self.poisoned
    }

    /// Leaves the `Once` poisoned even though this initialisation returns.
    pub fn poison(&self) {
        self.set_poisoned.set(true);
    }
}

impl fmt::Debug for OnceState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OnceState").field("poisoned", &self.poisoned).finish()
    }
}

/// Poisons the `Once` if the initialisation unwinds (it is dropped without being defused).
struct PoisonOnUnwind<'a> {
    state: &'a UnsafeCell<u32>,
    done: u32,
}

impl Drop for PoisonOnUnwind<'_> {
    fn drop(&mut self) {
        unsafe { *self.state.get() = self.done };
    }
}

impl Once {
    pub const fn new() -> Once {
        Once { state: UnsafeCell::new(INCOMPLETE) }
    }

    /// Runs `f` if no call has run yet; waits if another thread is running it. Panics if an
    /// earlier initialisation panicked.
    #[track_caller]
    pub fn call_once<F: FnOnce()>(&self, f: F) {
        let mut f = Some(f);
        self.call(false, &mut |_| (f.take().unwrap())());
    }

    /// Like `call_once`, but runs `f` also after an initialisation panicked (`f` is told so).
    #[track_caller]
    pub fn call_once_force<F: FnOnce(&OnceState)>(&self, f: F) {
        let mut f = Some(f);
        self.call(true, &mut |state| (f.take().unwrap())(state));
    }

    #[track_caller]
    fn call(&self, ignore_poison: bool, f: &mut dyn FnMut(&OnceState)) {
        unsafe {
            while *self.state.get() == RUNNING {
                super::wait_while_equal(self.state.get(), RUNNING);
            }
            let state = *self.state.get();
            if state == COMPLETE {
                return;
            }
            if state == POISONED && !ignore_poison {
                panic!("Once instance has previously been poisoned");
            }
            *self.state.get() = RUNNING;
            let mut guard = PoisonOnUnwind { state: &self.state, done: POISONED };
            let once_state = OnceState { poisoned: state == POISONED, set_poisoned: core::cell::Cell::new(false) };
            f(&once_state);
            guard.done = if once_state.set_poisoned.get() { POISONED } else { COMPLETE };
        }
    }

    pub fn is_completed(&self) -> bool {
        unsafe { *self.state.get() == COMPLETE }
    }

    /// Blocks until an initialisation has completed (panics if one panicked).
    pub fn wait(&self) {
        unsafe {
            while *self.state.get() != COMPLETE {
                if *self.state.get() == POISONED {
                    panic!("Once instance has previously been poisoned");
                }
                super::wait_while_equal(self.state.get(), *self.state.get());
            }
        }
    }

    pub fn wait_force(&self) {
        unsafe {
            while *self.state.get() != COMPLETE && *self.state.get() != POISONED {
                super::wait_while_equal(self.state.get(), *self.state.get());
            }
        }
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
        self.once.call_once_force(|_| unsafe { *slot = Some(f()) });
        unsafe { (*self.value.get()).as_ref().unwrap() }
    }

    /// The value, initialised by `f` if the cell is empty; an error of `f` leaves it empty.
    pub fn get_or_try_init<F: FnOnce() -> Result<T, E>, E>(&self, f: F) -> Result<&T, E> {
        if let Some(v) = self.get() {
            return Ok(v);
        }
        let slot = self.value.get();
        let mut err = None;
        self.once.call_once_force(|state| match f() {
            Ok(v) => unsafe { *slot = Some(v) },
            Err(e) => {
                err = Some(e);
                state.poison();
            }
        });
        match err {
            Some(e) => Err(e),
            None => Ok(unsafe { (*self.value.get()).as_ref().unwrap() }),
        }
    }

    /// Stores `value` and returns a reference to it; if the cell is full, its value and `value`
    /// come back.
    pub fn try_insert(&self, value: T) -> Result<&T, (&T, T)> {
        let mut value = Some(value);
        let r = self.get_or_init(|| value.take().unwrap());
        match value {
            None => Ok(r),
            Some(v) => Err((r, v)),
        }
    }

    /// Blocks until the cell is initialised (by another thread) and returns the value.
    pub fn wait(&self) -> &T {
        self.once.wait_force();
        match self.get() {
            Some(v) => v,
            None => panic!("OnceLock::wait: the initialisation did not complete"),
        }
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

impl<T: Clone> Clone for OnceLock<T> {
    fn clone(&self) -> OnceLock<T> {
        let cell = OnceLock::new();
        if let Some(v) = self.get() {
            let _ = cell.set(v.clone());
        }
        cell
    }
}

impl<T> From<T> for OnceLock<T> {
    fn from(value: T) -> OnceLock<T> {
        let cell = OnceLock::new();
        let _ = cell.set(value);
        cell
    }
}

impl<T: PartialEq> PartialEq for OnceLock<T> {
    fn eq(&self, other: &OnceLock<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Eq> Eq for OnceLock<T> {}

impl<T: core::panic::UnwindSafe> core::panic::UnwindSafe for OnceLock<T> {}
impl<T: core::panic::RefUnwindSafe + core::panic::UnwindSafe> core::panic::RefUnwindSafe for OnceLock<T> {}
