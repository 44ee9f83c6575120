//! Pinning: `Pin<Ptr>` wraps a pointer and promises that the value it points at will not move
//! again (unless its type is `Unpin`, which most types are), so that the value may point into
//! itself.

use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::{Sized, Unpin};
use crate::ops::{CoerceUnsized, Deref, DerefMut};

/// A pinned pointer: the pointee stays where it is until it is dropped.
#[lang = "pin"]
#[repr(transparent)]
#[derive(Copy, Clone)]
pub struct Pin<Ptr> {
    /// Public only for `pin!`; never touch it directly.
    #[doc(hidden)]
    pub __pointer: Ptr,
}

impl<Ptr: Deref> Pin<Ptr>
where
    Ptr::Target: Unpin,
{
    /// Pins a pointer to a value that does not care about being moved.
    #[inline(always)]
    pub const fn new(pointer: Ptr) -> Pin<Ptr> {
        Pin { __pointer: pointer }
    }

    /// The pointer back (the value is `Unpin`, so nothing was promised).
    #[inline(always)]
    pub fn into_inner(pin: Pin<Ptr>) -> Ptr {
        pin.__pointer
    }
}

impl<Ptr: Deref> Pin<Ptr> {
    /// Pins a pointer; the caller promises the pointee never moves again until dropped.
    #[inline(always)]
    pub const unsafe fn new_unchecked(pointer: Ptr) -> Pin<Ptr> {
        Pin { __pointer: pointer }
    }

    /// A pinned shared reference to the pointee.
    #[inline(always)]
    pub fn as_ref(&self) -> Pin<&Ptr::Target> {
        unsafe { Pin::new_unchecked(&*self.__pointer) }
    }

    /// The pointer back; the caller keeps the pinning promise.
    #[inline(always)]
    pub unsafe fn into_inner_unchecked(pin: Pin<Ptr>) -> Ptr {
        pin.__pointer
    }
}

impl<Ptr: DerefMut> Pin<Ptr> {
    /// A pinned mutable reference to the pointee (to call `self: Pin<&mut Self>` methods again).
    #[inline(always)]
    pub fn as_mut(&mut self) -> Pin<&mut Ptr::Target> {
        unsafe { Pin::new_unchecked(&mut *self.__pointer) }
    }

    /// Replaces the pinned value (the old one is dropped in place).
    #[inline(always)]
    pub fn set(&mut self, value: Ptr::Target)
    where
        Ptr::Target: Sized,
    {
        *(self.__pointer) = value;
    }
}

impl<'a, T: ?Sized> Pin<&'a T> {
    /// A pinned reference to a part of the value; the caller promises that the part is pinned
    /// whenever the whole is.
    pub unsafe fn map_unchecked<U: ?Sized, F: FnOnce(&T) -> &U>(self, func: F) -> Pin<&'a U> {
        let new_pointer = func(self.__pointer);
        unsafe { Pin::new_unchecked(new_pointer) }
    }

    /// The reference (a shared reference cannot move the value).
    #[inline(always)]
    pub const fn get_ref(self) -> &'a T {
        self.__pointer
    }
}

impl<'a, T: ?Sized> Pin<&'a mut T> {
    /// The pinned reference made shared.
    #[inline(always)]
    pub fn into_ref(self) -> Pin<&'a T> {
        Pin { __pointer: self.__pointer }
    }

    /// The mutable reference, for a value that does not care about being moved.
    #[inline(always)]
    pub fn get_mut(self) -> &'a mut T
    where
        T: Unpin,
    {
        self.__pointer
    }

    /// The mutable reference; the caller promises not to move the value out of it.
    #[inline(always)]
    pub unsafe fn get_unchecked_mut(self) -> &'a mut T {
        self.__pointer
    }

    /// A pinned mutable reference to a part of the value (structural pinning).
    pub unsafe fn map_unchecked_mut<U: ?Sized, F: FnOnce(&mut T) -> &mut U>(self, func: F) -> Pin<&'a mut U> {
        let pointer = unsafe { Pin::get_unchecked_mut(self) };
        let new_pointer = func(pointer);
        unsafe { Pin::new_unchecked(new_pointer) }
    }
}

impl<T: ?Sized> Pin<&'static T> {
    /// A static value never moves.
    pub const fn static_ref(r: &'static T) -> Pin<&'static T> {
        Pin { __pointer: r }
    }
}

impl<T: ?Sized> Pin<&'static mut T> {
    pub fn static_mut(r: &'static mut T) -> Pin<&'static mut T> {
        Pin { __pointer: r }
    }
}

impl<Ptr: Deref> Deref for Pin<Ptr> {
    type Target = Ptr::Target;

    fn deref(&self) -> &Ptr::Target {
        &*self.__pointer
    }
}

impl<Ptr: DerefMut> DerefMut for Pin<Ptr>
where
    Ptr::Target: Unpin,
{
    fn deref_mut(&mut self) -> &mut Ptr::Target {
        &mut *self.__pointer
    }
}

impl<Ptr, U> CoerceUnsized<Pin<U>> for Pin<Ptr> where Ptr: CoerceUnsized<U> {}

impl<Ptr: fmt::Debug> fmt::Debug for Pin<Ptr> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.__pointer, f)
    }
}

impl<Ptr: fmt::Display> fmt::Display for Pin<Ptr> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.__pointer, f)
    }
}

impl<Ptr: fmt::Pointer> fmt::Pointer for Pin<Ptr> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.__pointer, f)
    }
}

impl<Ptr: Deref, Q: Deref> PartialEq<Pin<Q>> for Pin<Ptr>
where
    Ptr::Target: PartialEq<Q::Target>,
{
    fn eq(&self, other: &Pin<Q>) -> bool {
        Ptr::Target::eq(&*self.__pointer, &*other.__pointer)
    }
}

impl<Ptr: Deref> Eq for Pin<Ptr> where Ptr::Target: Eq {}

impl<Ptr: Deref, Q: Deref> PartialOrd<Pin<Q>> for Pin<Ptr>
where
    Ptr::Target: PartialOrd<Q::Target>,
{
    fn partial_cmp(&self, other: &Pin<Q>) -> Option<Ordering> {
        Ptr::Target::partial_cmp(&*self.__pointer, &*other.__pointer)
    }
}

impl<Ptr: Deref> Ord for Pin<Ptr>
where
    Ptr::Target: Ord,
{
    fn cmp(&self, other: &Self) -> Ordering {
        Ptr::Target::cmp(&*self.__pointer, &*other.__pointer)
    }
}

impl<Ptr: Deref> Hash for Pin<Ptr>
where
    Ptr::Target: Hash,
{
    fn hash<H: Hasher>(&self, state: &mut H) {
        Ptr::Target::hash(&*self.__pointer, state);
    }
}

/// Pins a value on the stack: `let fut = pin!(value);` gives a `Pin<&mut T>` to a temporary that
/// lives as long as the `let` (and can never be moved again, being unnamed).
pub macro pin($value:expr $(,)?) {
    $crate::pin::Pin::<&mut _> { __pointer: &mut { $value } }
}
