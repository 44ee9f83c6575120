//! `LazyCell`: a value computed on first access.

use super::UnsafeCell;
use crate::fmt;
use crate::mem;
use crate::ops::{Deref, DerefMut, FnOnce};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

enum State<T, F> {
    Uninit(F),
    Init(T),
    /// The initialiser panicked (or is running: forcing the cell from inside it lands here).
    Poisoned,
}

/// A value computed by `F` the first time it is accessed (through `Deref` or `force`). Not for
/// sharing between threads (`std::sync::LazyLock` is).
pub struct LazyCell<T, F = fn() -> T> {
    state: UnsafeCell<State<T, F>>,
}

impl<T, F: FnOnce() -> T> LazyCell<T, F> {
    /// A cell that computes its value with `f` when first accessed.
    #[inline]
    pub const fn new(f: F) -> LazyCell<T, F> {
        LazyCell { state: UnsafeCell::new(State::Uninit(f)) }
    }

    /// The value if it has been computed, else the function that would compute it.
    pub fn into_inner(this: Self) -> Result<T, F> {
        match this.state.into_inner() {
            State::Init(data) => Ok(data),
            State::Uninit(f) => Err(f),
            State::Poisoned => panic_poisoned(),
        }
    }

    /// The value, computed now if it has not been yet.
    #[inline]
    pub fn force(this: &LazyCell<T, F>) -> &T {
        let state = unsafe { &*this.state.get() };
        match state {
            State::Init(data) => data,
            State::Uninit(_) => unsafe { LazyCell::really_init(this) },
            State::Poisoned => panic_poisoned(),
        }
    }

    /// The value mutably, computed now if it has not been yet.
    pub fn force_mut(this: &mut LazyCell<T, F>) -> &mut T {
        if let State::Uninit(_) = this.state.get_mut() {
            unsafe { LazyCell::really_init(this) };
        }
        match this.state.get_mut() {
            State::Init(data) => data,
            _ => panic_poisoned(),
        }
    }

    /// Runs the initialiser; the cell is poisoned while it runs and stays so if it panics.
    #[cold]
    unsafe fn really_init(this: &LazyCell<T, F>) -> &T {
        let state = unsafe { &mut *this.state.get() };
        let f = match mem::replace(state, State::Poisoned) {
            State::Uninit(f) => f,
            _ => panic_poisoned(),
        };
        let data = f();
        let state = unsafe { &mut *this.state.get() };
        *state = State::Init(data);
        match state {
            State::Init(data) => data,
            _ => panic_poisoned(),
        }
    }
}

impl<T, F> LazyCell<T, F> {
    /// The value if it has been computed.
    #[inline]
    pub fn get(this: &LazyCell<T, F>) -> Option<&T> {
        match unsafe { &*this.state.get() } {
            State::Init(data) => Some(data),
            _ => None,
        }
    }

    #[inline]
    pub fn get_mut(this: &mut LazyCell<T, F>) -> Option<&mut T> {
        match this.state.get_mut() {
            State::Init(data) => Some(data),
            _ => None,
        }
    }
}

#[cold]
#[track_caller]
fn panic_poisoned() -> ! {
    panic!("LazyCell instance has previously been poisoned")
}

impl<T, F: FnOnce() -> T> Deref for LazyCell<T, F> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        LazyCell::force(self)
    }
}

impl<T, F: FnOnce() -> T> DerefMut for LazyCell<T, F> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        LazyCell::force_mut(self)
    }
}

impl<T: crate::default::Default> crate::default::Default for LazyCell<T> {
    /// A cell computing `T::default()`.
    #[inline]
    fn default() -> LazyCell<T> {
        LazyCell::new(T::default)
    }
}

impl<T: fmt::Debug, F> fmt::Debug for LazyCell<T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("LazyCell");
        match LazyCell::get(self) {
            Some(data) => d.field(data),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}
