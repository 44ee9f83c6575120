//! Traits for conversions between types.

/// Used to do value-to-value conversions while consuming the input value.
pub trait From<T>: Sized {
    fn from(value: T) -> Self;
}

/// The reciprocal of `From`.
pub trait Into<T>: Sized {
    fn into(self) -> T;
}

impl<T, U: From<T>> Into<U> for T {
    #[inline]
    fn into(self) -> U {
        U::from(self)
    }
}

impl<T> From<T> for T {
    #[inline(always)]
    fn from(t: T) -> T {
        t
    }
}

/// Used to do a cheap reference-to-reference conversion.
pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}

/// Used to do a cheap mutable-to-mutable reference conversion.
pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}

/// The error type for errors that can never happen.
pub enum Infallible {}

use crate::marker::Sized;
