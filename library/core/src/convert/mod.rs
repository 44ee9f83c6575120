//! Traits for conversions between types.

use crate::fmt;
use crate::marker::Sized;
use crate::result::Result::{self, Ok};

mod num;

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

/// A conversion that may fail, consuming the input value.
pub trait TryFrom<T>: Sized {
    /// The error when the conversion fails.
    type Error;

    fn try_from(value: T) -> Result<Self, Self::Error>;
}

/// The reciprocal of `TryFrom`.
pub trait TryInto<T>: Sized {
    /// The error when the conversion fails.
    type Error;

    fn try_into(self) -> Result<T, Self::Error>;
}

impl<T, U> TryInto<U> for T
where
    U: TryFrom<T>,
{
    type Error = U::Error;

    #[inline]
    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}

/// Every infallible conversion is a fallible one that never fails.
impl<T, U> TryFrom<U> for T
where
    U: Into<T>,
{
    type Error = Infallible;

    #[inline]
    fn try_from(value: U) -> Result<T, Infallible> {
        Ok(U::into(value))
    }
}

/// Used to do a cheap reference-to-reference conversion.
pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}

/// Used to do a cheap mutable-reference-to-mutable-reference conversion.
pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}

impl<T: ?Sized, U: ?Sized> AsRef<U> for &T
where
    T: AsRef<U>,
{
    #[inline]
    fn as_ref(&self) -> &U {
        <T as AsRef<U>>::as_ref(*self)
    }
}

impl<T: ?Sized, U: ?Sized> AsRef<U> for &mut T
where
    T: AsRef<U>,
{
    #[inline]
    fn as_ref(&self) -> &U {
        <T as AsRef<U>>::as_ref(*self)
    }
}

impl<T: ?Sized, U: ?Sized> AsMut<U> for &mut T
where
    T: AsMut<U>,
{
    #[inline]
    fn as_mut(&mut self) -> &mut U {
        (*self).as_mut()
    }
}

impl<T> AsRef<[T]> for [T] {
    #[inline(always)]
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> AsMut<[T]> for [T] {
    #[inline(always)]
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl AsRef<str> for str {
    #[inline(always)]
    fn as_ref(&self) -> &str {
        self
    }
}

impl AsRef<[u8]> for str {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl<T, const N: usize> AsRef<[T]> for [T; N] {
    #[inline]
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> AsMut<[T]> for [T; N] {
    #[inline]
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

/// The error type for errors that can never happen.
pub enum Infallible {}

impl Clone for Infallible {
    fn clone(&self) -> Infallible {
        match *self {}
    }
}

impl crate::marker::Copy for Infallible {}

impl PartialEq for Infallible {
    fn eq(&self, _: &Infallible) -> bool {
        match *self {}
    }
}

impl Eq for Infallible {}

impl fmt::Debug for Infallible {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

impl fmt::Display for Infallible {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

/// The identity function: returns its argument (`iter.filter_map(identity)`).
#[inline]
pub const fn identity<T>(x: T) -> T {
    x
}
