//! The `Box<T>` type for heap allocation.
//!
//! `Box` is a lang item: the compiler dereferences it itself (`*b` is a place, so a value can be
//! moved out of a box), unsizes it through `CoerceUnsized` (`Box<T>` to `Box<dyn Trait>`,
//! `Box<[T; N]>` to `Box<[T]>`), and its drop glue drops the contents before `Drop::drop` below
//! frees the memory.

use core::clone::Clone;
use core::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use core::convert::{AsMut, AsRef, From};
use core::default::Default;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::intrinsics;
use core::marker::{Send, Sized, Sync, Tuple, Unsize};
use core::mem;
use core::ops::{CoerceUnsized, Deref, DerefMut, Drop, Fn, FnMut, FnOnce};
use core::any::Any;
use core::marker::Unpin;
use core::option::Option;
use core::pin::Pin;
use core::ptr;
use core::result::Result::{self, Err, Ok};

use crate::vec::Vec;

/// A pointer type that uniquely owns a heap allocation of type `T`.
#[lang = "owned_box"]
pub struct Box<T: ?Sized>(*mut T);

unsafe impl<T: ?Sized + Send> Send for Box<T> {}
unsafe impl<T: ?Sized + Sync> Sync for Box<T> {}

impl<T> Box<T> {
    /// Allocates memory on the heap and moves `x` into it; zero-sized values allocate nothing.
    #[inline]
    pub fn new(x: T) -> Box<T> {
        let size = mem::size_of::<T>();
        let align = mem::align_of::<T>();
        let p = if size == 0 { align as *mut T } else { unsafe { intrinsics::ferrite_alloc(size, align) as *mut T } };
        unsafe {
            ptr::write(p, x);
        }
        Box(p)
    }

    /// Moves the value out of the box (what `*b` does for a by-value box).
    #[inline]
    pub fn into_inner(boxed: Box<T>) -> T {
        *boxed
    }

    /// A box whose contents never move again (`Pin<Box<T>>`), for types that need that.
    #[inline]
    pub fn pin(x: T) -> Pin<Box<T>> {
        Box::into_pin(Box::new(x))
    }

    /// A box of uninitialised memory for a `T`.
    #[inline]
    pub fn new_uninit() -> Box<mem::MaybeUninit<T>> {
        Box::new(mem::MaybeUninit::uninit())
    }
}

impl<T> Box<mem::MaybeUninit<T>> {
    /// The box of a value written into it: the caller promises the contents are initialised.
    #[inline]
    pub unsafe fn assume_init(self) -> Box<T> {
        unsafe { Box::from_raw(Box::into_raw(self) as *mut T) }
    }

    /// Writes `value` into the box and returns it initialised.
    #[inline]
    pub fn write(mut boxed: Self, value: T) -> Box<T> {
        (*boxed).write(value);
        unsafe { boxed.assume_init() }
    }
}

impl<T: ?Sized> Box<T> {
    /// Takes ownership of memory that `Box::into_raw` returned.
    #[inline]
    pub unsafe fn from_raw(raw: *mut T) -> Box<T> {
        Box(raw)
    }

    /// Gives up ownership: the caller must free the memory (through `Box::from_raw`).
    #[inline]
    pub fn into_raw(b: Box<T>) -> *mut T {
        let p = b.0;
        mem::forget(b);
        p
    }

    /// Leaks the box: its contents live for the rest of the program.
    #[inline]
    pub fn leak<'a>(b: Box<T>) -> &'a mut T
    where
        T: 'a,
    {
        unsafe { &mut *Box::into_raw(b) }
    }

    #[inline]
    pub fn as_ptr(b: &Box<T>) -> *const T {
        b.0
    }

    #[inline]
    pub fn as_mut_ptr(b: &mut Box<T>) -> *mut T {
        b.0
    }

    /// Pins the box's contents: they stay where they are until dropped.
    #[inline]
    pub fn into_pin(boxed: Box<T>) -> Pin<Box<T>> {
        // a box's contents never move when the box does
        unsafe { Pin::new_unchecked(boxed) }
    }
}

impl<T: ?Sized> From<Box<T>> for Pin<Box<T>> {
    fn from(boxed: Box<T>) -> Pin<Box<T>> {
        Box::into_pin(boxed)
    }
}

// A box's contents stay put when the box moves, so a pinned box may move.
impl<T: ?Sized> Unpin for Box<T> {}

macro_rules! box_downcast {
    ($($bound:tt)*) => {
        impl Box<dyn Any $($bound)*> {
            /// The box as a `Box<T>` if its contents are a `T`; else the box back.
            pub fn downcast<T: Any>(self) -> Result<Box<T>, Self> {
                if self.is::<T>() {
                    unsafe { Ok(self.downcast_unchecked::<T>()) }
                } else {
                    Err(self)
                }
            }

            /// The box as a `Box<T>`; the caller promises the contents are a `T`.
            pub unsafe fn downcast_unchecked<T: Any>(self) -> Box<T> {
                let raw: *mut (dyn Any $($bound)*) = Box::into_raw(self);
                unsafe { Box::from_raw(raw as *mut T) }
            }
        }
    };
}

box_downcast!();
box_downcast!(+ Send);
box_downcast!(+ Send + Sync);

impl<T: ?Sized> Drop for Box<T> {
    /// Frees the memory; the compiler's drop glue has dropped the contents already.
    fn drop(&mut self) {
        unsafe { box_free(self.0) }
    }
}

/// Frees the memory of a box without dropping its contents: what `Drop` does after the drop glue,
/// and what the compiler calls where a box whose contents were moved out goes out of scope.
#[lang = "box_free"]
unsafe fn box_free<T: ?Sized>(ptr: *mut T) {
    let size = intrinsics::size_of_val(ptr);
    let align = intrinsics::min_align_of_val(ptr);
    if size != 0 {
        intrinsics::ferrite_dealloc(ptr as *mut u8, size, align);
    }
}

impl<T: ?Sized> Deref for Box<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> DerefMut for Box<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Box<U>> for Box<T> {}

impl<T: Clone> Clone for Box<T> {
    #[inline]
    fn clone(&self) -> Box<T> {
        Box::new((**self).clone())
    }
}

impl<T: Clone> Clone for Box<[T]> {
    fn clone(&self) -> Box<[T]> {
        let s: &[T] = &**self;
        Box::<[T]>::from(s)
    }
}

impl Clone for Box<str> {
    fn clone(&self) -> Box<str> {
        let s: &str = &**self;
        Box::<str>::from(s)
    }
}

impl<T: Default> Default for Box<T> {
    #[inline]
    fn default() -> Box<T> {
        Box::new(T::default())
    }
}

impl<T> Default for Box<[T]> {
    /// An empty boxed slice.
    #[inline]
    fn default() -> Box<[T]> {
        Vec::new().into_boxed_slice()
    }
}

impl Default for Box<str> {
    #[inline]
    fn default() -> Box<str> {
        Box::<str>::from("")
    }
}

impl<T> From<T> for Box<T> {
    #[inline]
    fn from(t: T) -> Box<T> {
        Box::new(t)
    }
}

impl<T: Clone> From<&[T]> for Box<[T]> {
    fn from(s: &[T]) -> Box<[T]> {
        let mut v = Vec::with_capacity(s.len());
        v.extend_from_slice(s);
        v.into_boxed_slice()
    }
}

impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str> {
        let bytes: Box<[u8]> = Box::from(s.as_bytes());
        unsafe { Box::from_raw(Box::into_raw(bytes) as *mut str) }
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Box<T> {
    #[inline]
    fn eq(&self, other: &Box<T>) -> bool {
        PartialEq::eq(&**self, &**other)
    }
}

impl<T: ?Sized + Eq> Eq for Box<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Box<T> {
    #[inline]
    fn partial_cmp(&self, other: &Box<T>) -> Option<Ordering> {
        PartialOrd::partial_cmp(&**self, &**other)
    }
}

impl<T: ?Sized + Ord> Ord for Box<T> {
    #[inline]
    fn cmp(&self, other: &Box<T>) -> Ordering {
        Ord::cmp(&**self, &**other)
    }
}

impl<T: ?Sized + Hash> Hash for Box<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state);
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p: *const T = self.0;
        fmt::Pointer::fmt(&p, f)
    }
}

impl<T: ?Sized> AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<Args: Tuple, F: FnOnce<Args> + ?Sized> FnOnce<Args> for Box<F> {
    type Output = <F as FnOnce<Args>>::Output;

    extern "rust-call" fn call_once(self, args: Args) -> Self::Output {
        <F as FnOnce<Args>>::call_once(*self, args)
    }
}

impl<Args: Tuple, F: FnMut<Args> + ?Sized> FnMut<Args> for Box<F> {
    extern "rust-call" fn call_mut(&mut self, args: Args) -> Self::Output {
        <F as FnMut<Args>>::call_mut(&mut **self, args)
    }
}

impl<Args: Tuple, F: Fn<Args> + ?Sized> Fn<Args> for Box<F> {
    extern "rust-call" fn call(&self, args: Args) -> Self::Output {
        <F as Fn<Args>>::call(&**self, args)
    }
}

impl<T: core::error::Error> core::error::Error for Box<T> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        core::error::Error::source(&**self)
    }
}

/// `?` in a function returning `Result<_, Box<dyn Error>>`: any error boxes itself.
impl<'a, E: core::error::Error + 'a> From<E> for Box<dyn core::error::Error + 'a> {
    fn from(err: E) -> Box<dyn core::error::Error + 'a> {
        Box::new(err)
    }
}

impl<'a, E: core::error::Error + Send + Sync + 'a> From<E> for Box<dyn core::error::Error + Send + Sync + 'a> {
    fn from(err: E) -> Box<dyn core::error::Error + Send + Sync + 'a> {
        Box::new(err)
    }
}

/// The error a `String` or `&str` becomes in a `Box<dyn Error>`: displays as the text, debugs as
/// the quoted text.
struct StringError(crate::string::String);

impl fmt::Display for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl core::error::Error for StringError {
    #[allow(deprecated)]
    fn description(&self) -> &str {
        &self.0
    }
}

impl<'a> From<crate::string::String> for Box<dyn core::error::Error + Send + Sync + 'a> {
    fn from(err: crate::string::String) -> Box<dyn core::error::Error + Send + Sync + 'a> {
        Box::new(StringError(err))
    }
}

impl<'a> From<crate::string::String> for Box<dyn core::error::Error + 'a> {
    fn from(err: crate::string::String) -> Box<dyn core::error::Error + 'a> {
        Box::new(StringError(err))
    }
}

impl<'a, 'b> From<&'b str> for Box<dyn core::error::Error + Send + Sync + 'a> {
    fn from(err: &'b str) -> Box<dyn core::error::Error + Send + Sync + 'a> {
        Box::new(StringError(crate::string::String::from(err)))
    }
}

impl<'a, 'b> From<&'b str> for Box<dyn core::error::Error + 'a> {
    fn from(err: &'b str) -> Box<dyn core::error::Error + 'a> {
        Box::new(StringError(crate::string::String::from(err)))
    }
}

// A boxed iterator (`Box<dyn Iterator<Item = T>>`) is an iterator.
impl<I: core::iter::Iterator + ?Sized> core::iter::Iterator for Box<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<I::Item> {
        (**self).nth(n)
    }
}

impl<I: core::iter::DoubleEndedIterator + ?Sized> core::iter::DoubleEndedIterator for Box<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

impl<I: core::iter::ExactSizeIterator + ?Sized> core::iter::ExactSizeIterator for Box<I> {
    fn len(&self) -> usize {
        (**self).len()
    }
}

impl<I: core::iter::FusedIterator + ?Sized> core::iter::FusedIterator for Box<I> {}
