//! `LazyLock`: a value computed on first access, shareable between threads.

use core::cell::UnsafeCell;
use core::fmt;
use core::mem;
use core::ops::{Deref, DerefMut};
use core::panic::{RefUnwindSafe, UnwindSafe};

use super::once::Once;

enum State<T, F> {
    Uninit(F),
    Init(T),
    /// The initialiser panicked.
    Poisoned,
}

/// A value computed by `F` the first time any thread accesses it (through `Deref` or `force`);
/// the other threads wait meanwhile. Typically a `static`: `static TABLE: LazyLock<Vec<u8>> =
/// LazyLock::new(|| ...)`.
pub struct LazyLock<T, F = fn() -> T> {
    once: Once,
    state: UnsafeCell<State<T, F>>,
}

unsafe impl<T: Sync + Send, F: Send> Sync for LazyLock<T, F> {}
impl<T: RefUnwindSafe + UnwindSafe, F: UnwindSafe> RefUnwindSafe for LazyLock<T, F> {}
impl<T: UnwindSafe, F: UnwindSafe> UnwindSafe for LazyLock<T, F> {}

impl<T, F: FnOnce() -> T> LazyLock<T, F> {
    /// A lazy value that `f` computes when first accessed.
    #[inline]
    pub const fn new(f: F) -> LazyLock<T, F> {
        LazyLock { once: Once::new(), state: UnsafeCell::new(State::Uninit(f)) }
    }

    /// The value if it has been computed, else the function that would compute it.
    pub fn into_inner(this: Self) -> Result<T, F> {
        match this.state.into_inner() {
            State::Init(data) => Ok(data),
            State::Uninit(f) => Err(f),
            State::Poisoned => panic_poisoned(),
        }
    }

    /// The value, computed now if no thread has computed it yet.
    #[track_caller]
    pub fn force(this: &LazyLock<T, F>) -> &T {
        if !this.once.is_completed() {
            let state = this.state.get();
            this.once.call_once_force(|_| unsafe {
                let f = match mem::replace(&mut *state, State::Poisoned) {
                    State::Uninit(f) => f,
                    _ => panic_poisoned(),
                };
                // a panic of `f` leaves the state poisoned
                *state = State::Init(f());
            });
        }
        match unsafe { &*this.state.get() } {
            State::Init(data) => data,
            _ => panic_poisoned(),
        }
    }

    /// The value mutably, computed now if it has not been yet.
    pub fn force_mut(this: &mut LazyLock<T, F>) -> &mut T {
        LazyLock::force(this);
        match this.state.get_mut() {
            State::Init(data) => data,
            _ => panic_poisoned(),
        }
    }
}

impl<T, F> LazyLock<T, F> {
    /// The value if it has been computed.
    pub fn get(this: &LazyLock<T, F>) -> Option<&T> {
        if this.once.is_completed() {
            if let State::Init(data) = unsafe { &*this.state.get() } {
                return Some(data);
            }
        }
        None
    }

    pub fn get_mut(this: &mut LazyLock<T, F>) -> Option<&mut T> {
        match this.state.get_mut() {
            State::Init(data) => Some(data),
            _ => None,
        }
    }
}

#[cold]
#[track_caller]
fn panic_poisoned() -> ! {
    panic!("LazyLock instance has previously been poisoned")
}

impl<T, F: FnOnce() -> T> Deref for LazyLock<T, F> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        LazyLock::force(self)
    }
}

impl<T, F: FnOnce() -> T> DerefMut for LazyLock<T, F> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        LazyLock::force_mut(self)
    }
}

impl<T: Default> Default for LazyLock<T> {
    /// A lazy value computing `T::default()`.
    fn default() -> LazyLock<T> {
        LazyLock::new(T::default)
    }
}

impl<T: fmt::Debug, F> fmt::Debug for LazyLock<T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("LazyLock");
        match LazyLock::get(self) {
            Some(data) => d.field(data),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}
