//! `OnceCell`: a cell written at most once, through a shared reference.

use super::UnsafeCell;
use crate::cmp::{Eq, PartialEq};
use crate::fmt;
use crate::mem;
use crate::ops::FnOnce;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// A value initialised once, on first access through a shared reference. Not for sharing between
/// threads (`std::sync::OnceLock` is).
pub struct OnceCell<T> {
    inner: UnsafeCell<Option<T>>,
}

impl<T> OnceCell<T> {
    #[inline]
    pub const fn new() -> OnceCell<T> {
        OnceCell { inner: UnsafeCell::new(None) }
    }

    /// The value, if the cell has one.
    #[inline]
    pub fn get(&self) -> Option<&T> {
        unsafe { (*self.inner.get()).as_ref() }
    }

    #[inline]
    pub fn get_mut(&mut self) -> Option<&mut T> {
        self.inner.get_mut().as_mut()
    }

    /// Stores `value` unless the cell is already full (then `value` comes back).
    pub fn set(&self, value: T) -> Result<(), T> {
        match self.try_insert(value) {
            Ok(_) => Ok(()),
            Err((_, value)) => Err(value),
        }
    }

    /// Stores `value` and returns a reference to it; if the cell is full, returns its value and
    /// `value` back.
    pub fn try_insert(&self, value: T) -> Result<&T, (&T, T)> {
        if let Some(old) = self.get() {
            return Err((old, value));
        }
        let slot = unsafe { &mut *self.inner.get() };
        Ok(slot.insert(value))
    }

    /// The value, initialised by `f` if the cell is empty. Initialising the cell from inside `f`
    /// panics ("reentrant init").
    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let value = f();
        match self.try_insert(value) {
            Ok(v) => v,
            Err(_) => panic!("reentrant init"),
        }
    }

    pub fn get_mut_or_init<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if self.get().is_none() {
            let value = f();
            if self.set(value).is_err() {
                panic!("reentrant init");
            }
        }
        self.get_mut().unwrap()
    }

    /// The value, initialised by `f` if the cell is empty; an error of `f` leaves it empty.
    pub fn get_or_try_init<F: FnOnce() -> Result<T, E>, E>(&self, f: F) -> Result<&T, E> {
        if let Some(v) = self.get() {
            return Ok(v);
        }
        let value = f()?;
        match self.try_insert(value) {
            Ok(v) => Ok(v),
            Err(_) => panic!("reentrant init"),
        }
    }

    #[inline]
    pub fn into_inner(self) -> Option<T> {
        self.inner.into_inner()
    }

    /// Takes the value out, leaving the cell empty.
    #[inline]
    pub fn take(&mut self) -> Option<T> {
        mem::take(self).into_inner()
    }
}

impl<T> crate::default::Default for OnceCell<T> {
    #[inline]
    fn default() -> Self {
        OnceCell::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for OnceCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("OnceCell");
        match self.get() {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

impl<T: Clone> Clone for OnceCell<T> {
    fn clone(&self) -> OnceCell<T> {
        let cell = OnceCell::new();
        if let Some(v) = self.get() {
            let _ = cell.set(v.clone());
        }
        cell
    }
}

impl<T: PartialEq> PartialEq for OnceCell<T> {
    #[inline]
    fn eq(&self, other: &OnceCell<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Eq> Eq for OnceCell<T> {}

impl<T> crate::convert::From<T> for OnceCell<T> {
    #[inline]
    fn from(value: T) -> Self {
        OnceCell { inner: UnsafeCell::new(Some(value)) }
    }
}
