//! Fixed-size arrays `[T; N]`: construction (`from_fn`, `map`), comparison, conversion from
//! slices, and iteration by value and by reference.

use crate::borrow::{Borrow, BorrowMut};
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::convert::{From, TryFrom};
use crate::default::Default;
use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, IntoIterator, Iterator};
use crate::marker::Copy;
use crate::mem::ManuallyDrop;
use crate::ops::{Drop, FnMut};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::slice::{Iter, IterMut};

/// Storage for a value not written yet (core's `MaybeUninit`, kept private here).
union Uninit<T> {
    none: (),
    value: ManuallyDrop<T>,
}

/// The elements of an array being built: drops the ones written so far if a callback panics.
struct Partial<T> {
    base: *mut T,
    init: usize,
}

impl<T> Drop for Partial<T> {
    fn drop(&mut self) {
        let mut i = 0;
        while i < self.init {
            unsafe { crate::ptr::drop_in_place(self.base.add(i)) };
            i += 1;
        }
    }
}

/// An array whose element `i` is `cb(i)`, built from index 0 up.
pub fn from_fn<T, const N: usize, F>(mut cb: F) -> [T; N]
where
    F: FnMut(usize) -> T,
{
    let mut buf: Uninit<[T; N]> = Uninit { none: () };
    let base = unsafe { &mut buf.value } as *mut ManuallyDrop<[T; N]> as *mut T;
    let mut partial = Partial { base, init: 0 };
    while partial.init < N {
        let x = cb(partial.init);
        unsafe { crate::ptr::write(base.add(partial.init), x) };
        partial.init += 1;
    }
    crate::mem::forget(partial);
    unsafe { ManuallyDrop::into_inner(buf.value) }
}

/// An array of `N` clones of `val` (the last element is `val` itself).
pub fn repeat<T: Clone, const N: usize>(val: T) -> [T; N] {
    let mut val = Some(val);
    from_fn(|i| if i + 1 == N { val.take().unwrap() } else { val.as_ref().unwrap().clone() })
}

/// A reference to `s` as an array of one element.
pub const fn from_ref<T>(s: &T) -> &[T; 1] {
    unsafe { &*(s as *const T as *const [T; 1]) }
}

/// A mutable reference to `s` as an array of one element.
pub fn from_mut<T>(s: &mut T) -> &mut [T; 1] {
    unsafe { &mut *(s as *mut T as *mut [T; 1]) }
}

impl<T, const N: usize> [T; N] {
    /// The array with `f` applied to each element, in order.
    pub fn map<F, U>(self, mut f: F) -> [U; N]
    where
        F: FnMut(T) -> U,
    {
        let mut it = IntoIterator::into_iter(self);
        from_fn(|_| match it.next() {
            Some(x) => f(x),
            None => unreachable!(),
        })
    }

    /// An array of references to the elements.
    pub fn each_ref(&self) -> [&T; N] {
        let p = self as *const [T; N] as *const T;
        from_fn(|i| unsafe { &*p.add(i) })
    }

    /// An array of mutable references to the elements.
    pub fn each_mut(&mut self) -> [&mut T; N] {
        let p = self as *mut [T; N] as *mut T;
        from_fn(|i| unsafe { &mut *p.add(i) })
    }

    /// The whole array as a slice.
    #[inline]
    pub const fn as_slice(&self) -> &[T] {
        self
    }

    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        self
    }
}

// ---- comparison ----

/// Whether `a` and `b` have equal lengths and elements.
#[inline]
fn eq_slices<T: PartialEq<U>, U>(a: &[T], b: &[U]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for [T; N] {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        eq_slices(self, other)
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U]> for [T; N] {
    #[inline]
    fn eq(&self, other: &[U]) -> bool {
        eq_slices(self, other)
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for [T] {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        eq_slices(self, other)
    }
}

impl<'b, T: PartialEq<U>, U, const N: usize> PartialEq<&'b [U]> for [T; N] {
    #[inline]
    fn eq(&self, other: &&'b [U]) -> bool {
        eq_slices(self, *other)
    }
}

impl<'b, T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for &'b [T] {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        eq_slices(*self, other)
    }
}

impl<'b, T: PartialEq<U>, U, const N: usize> PartialEq<&'b mut [U]> for [T; N] {
    #[inline]
    fn eq(&self, other: &&'b mut [U]) -> bool {
        eq_slices(self, &**other)
    }
}

impl<'b, T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for &'b mut [T] {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        eq_slices(&**self, other)
    }
}

impl<T: Eq, const N: usize> Eq for [T; N] {}

impl<T: PartialOrd, const N: usize> PartialOrd for [T; N] {
    #[inline]
    fn partial_cmp(&self, other: &[T; N]) -> Option<Ordering> {
        PartialOrd::partial_cmp(self.as_slice(), other.as_slice())
    }
}

impl<T: Ord, const N: usize> Ord for [T; N] {
    #[inline]
    fn cmp(&self, other: &[T; N]) -> Ordering {
        Ord::cmp(self.as_slice(), other.as_slice())
    }
}

// As std: an empty array is `Default` whatever its element type; others up to 32 elements when
// the elements are.
impl<T> Default for [T; 0] {
    fn default() -> [T; 0] {
        []
    }
}

macro_rules! array_default {
    ($($n:literal)*) => {
        $(
            impl<T: Default> Default for [T; $n] {
                fn default() -> [T; $n] {
                    from_fn(|_| T::default())
                }
            }
        )*
    };
}

array_default! { 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 }

// ---- conversion from slices ----

/// The error of converting a slice to an array of another length.
#[derive(Debug, Copy, Clone)]
pub struct TryFromSliceError(());

impl fmt::Display for TryFromSliceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("could not convert slice to array", f)
    }
}

impl crate::error::Error for TryFromSliceError {}

impl From<crate::convert::Infallible> for TryFromSliceError {
    fn from(x: crate::convert::Infallible) -> TryFromSliceError {
        match x {}
    }
}

impl<'a, T, const N: usize> TryFrom<&'a [T]> for &'a [T; N] {
    type Error = TryFromSliceError;

    #[inline]
    fn try_from(slice: &'a [T]) -> Result<&'a [T; N], TryFromSliceError> {
        if slice.len() == N {
            Ok(unsafe { &*(slice.as_ptr() as *const [T; N]) })
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

impl<'a, T, const N: usize> TryFrom<&'a mut [T]> for &'a mut [T; N] {
    type Error = TryFromSliceError;

    #[inline]
    fn try_from(slice: &'a mut [T]) -> Result<&'a mut [T; N], TryFromSliceError> {
        if slice.len() == N {
            Ok(unsafe { &mut *(slice.as_mut_ptr() as *mut [T; N]) })
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

impl<'a, T: Copy, const N: usize> TryFrom<&'a [T]> for [T; N] {
    type Error = TryFromSliceError;

    #[inline]
    fn try_from(slice: &'a [T]) -> Result<[T; N], TryFromSliceError> {
        if slice.len() == N {
            Ok(unsafe { crate::ptr::read(slice.as_ptr() as *const [T; N]) })
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

impl<'a, T: Copy, const N: usize> TryFrom<&'a mut [T]> for [T; N] {
    type Error = TryFromSliceError;

    #[inline]
    fn try_from(slice: &'a mut [T]) -> Result<[T; N], TryFromSliceError> {
        if slice.len() == N {
            Ok(unsafe { crate::ptr::read(slice.as_ptr() as *const [T; N]) })
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

/// `From` between tuples of one type and arrays of the same length, both ways.
macro_rules! tuple_array_from {
    ($($n:literal => ($($t:ident $x:ident),+);)*) => {
        $(
            impl<T> From<($($t,)+)> for [T; $n] {
                #[inline]
                fn from(tuple: ($($t,)+)) -> [T; $n] {
                    let ($($x,)+) = tuple;
                    [$($x),+]
                }
            }

            impl<T> From<[T; $n]> for ($($t,)+) {
                #[inline]
                fn from(array: [T; $n]) -> ($($t,)+) {
                    let [$($x),+] = array;
                    ($($x,)+)
                }
            }
        )*
    };
}

tuple_array_from! {
    1 => (T a);
    2 => (T a, T b);
    3 => (T a, T b, T c);
    4 => (T a, T b, T c, T d);
    5 => (T a, T b, T c, T d, T e);
    6 => (T a, T b, T c, T d, T e, T f);
    7 => (T a, T b, T c, T d, T e, T f, T g);
    8 => (T a, T b, T c, T d, T e, T f, T g, T h);
    9 => (T a, T b, T c, T d, T e, T f, T g, T h, T i);
    10 => (T a, T b, T c, T d, T e, T f, T g, T h, T i, T j);
    11 => (T a, T b, T c, T d, T e, T f, T g, T h, T i, T j, T k);
    12 => (T a, T b, T c, T d, T e, T f, T g, T h, T i, T j, T k, T l);
}

// ---- iteration ----

/// The by-value iterator of an array (`for x in [1, 2, 3]`).
pub struct IntoIter<T, const N: usize> {
    data: ManuallyDrop<[T; N]>,
    front: usize,
    back: usize,
}

impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;

    fn into_iter(self) -> IntoIter<T, N> {
        IntoIter { data: ManuallyDrop::new(self), front: 0, back: N }
    }
}

impl<T, const N: usize> IntoIter<T, N> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        let base = &*self.data as *const [T; N] as *const T;
        unsafe { crate::slice::from_raw_parts(base.add(self.front), self.back - self.front) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        let base = &mut *self.data as *mut [T; N] as *mut T;
        unsafe { crate::slice::from_raw_parts_mut(base.add(self.front), self.back - self.front) }
    }
}

impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.front < self.back {
            let i = self.front;
            self.front += 1;
            let base: *const [T; N] = &*self.data;
            unsafe { Some(crate::ptr::read((base as *const T).add(i))) }
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.back - self.front, Some(self.back - self.front))
    }

    fn count(self) -> usize {
        self.back - self.front
    }
}

impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    fn next_back(&mut self) -> Option<T> {
        if self.front < self.back {
            self.back -= 1;
            let base: *const [T; N] = &*self.data;
            unsafe { Some(crate::ptr::read((base as *const T).add(self.back))) }
        } else {
            None
        }
    }
}

impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {}

impl<T, const N: usize> FusedIterator for IntoIter<T, N> {}

impl<T, const N: usize> Drop for IntoIter<T, N> {
    /// Drops the elements not yet yielded.
    fn drop(&mut self) {
        let base = &mut *self.data as *mut [T; N] as *mut T;
        let mut i = self.front;
        while i < self.back {
            unsafe { crate::ptr::drop_in_place(base.add(i)) };
            i += 1;
        }
    }
}

impl<T: Clone, const N: usize> Clone for IntoIter<T, N> {
    /// A copy of the elements not yet yielded.
    fn clone(&self) -> IntoIter<T, N> {
        let rest = self.as_slice();
        let mut buf: Uninit<[T; N]> = Uninit { none: () };
        let base = unsafe { &mut buf.value } as *mut ManuallyDrop<[T; N]> as *mut T;
        let mut partial = Partial { base, init: 0 };
        while partial.init < rest.len() {
            unsafe { crate::ptr::write(base.add(partial.init), rest[partial.init].clone()) };
            partial.init += 1;
        }
        crate::mem::forget(partial);
        IntoIter { data: unsafe { buf.value }, front: 0, back: rest.len() }
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for IntoIter<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        let s: &'a [T] = self;
        s.iter()
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        let s: &'a mut [T] = self;
        s.iter_mut()
    }
}

impl<T, const N: usize> Borrow<[T]> for [T; N] {
    fn borrow(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> BorrowMut<[T]> for [T; N] {
    fn borrow_mut(&mut self) -> &mut [T] {
        self
    }
}
