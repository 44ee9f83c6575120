//! Shareable mutable containers: `UnsafeCell` (the only way to mutate through a shared reference),
//! `Cell` (copies values in and out) and `RefCell` (borrows checked at run time).

use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::fmt;
use crate::marker::PhantomData;
use crate::mem;
use crate::ops::{Deref, DerefMut, Drop, FnOnce};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

mod lazy;
mod once;

pub use lazy::LazyCell;
pub use once::OnceCell;

/// The primitive of interior mutability: a value that may be mutated through `&UnsafeCell<T>`.
#[lang = "unsafe_cell"]
#[repr(transparent)]
pub struct UnsafeCell<T: ?Sized> {
    value: T,
}

impl<T> UnsafeCell<T> {
    #[inline(always)]
    pub const fn new(value: T) -> UnsafeCell<T> {
        UnsafeCell { value }
    }

    #[inline(always)]
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: ?Sized> UnsafeCell<T> {
    /// A mutable pointer to the wrapped value.
    #[inline(always)]
    pub const fn get(&self) -> *mut T {
        &self.value as *const T as *mut T
    }

    #[inline(always)]
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }

    #[inline(always)]
    pub const fn raw_get(this: *const Self) -> *mut T {
        unsafe { &(*this).value as *const T as *mut T }
    }
}

impl<T: crate::default::Default> crate::default::Default for UnsafeCell<T> {
    fn default() -> UnsafeCell<T> {
        UnsafeCell::new(T::default())
    }
}

impl<T: ?Sized> fmt::Debug for UnsafeCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("UnsafeCell { .. }")
    }
}

/// A mutable memory location whose value is copied in and out (`get`/`set`).
#[repr(transparent)]
pub struct Cell<T: ?Sized> {
    value: UnsafeCell<T>,
}

impl<T> Cell<T> {
    #[inline]
    pub const fn new(value: T) -> Cell<T> {
        Cell { value: UnsafeCell::new(value) }
    }

    /// Stores `val`, dropping the old value.
    #[inline]
    pub fn set(&self, val: T) {
        self.replace(val);
    }

    /// Swaps the values of two cells.
    pub fn swap(&self, other: &Cell<T>) {
        if crate::ptr::eq(self, other) {
            return;
        }
        unsafe { mem::swap(&mut *self.value.get(), &mut *other.value.get()) }
    }

    /// Stores `val` and returns the old value.
    #[inline]
    pub fn replace(&self, val: T) -> T {
        unsafe { mem::replace(&mut *self.value.get(), val) }
    }

    #[inline]
    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T: Copy> Cell<T> {
    /// A copy of the value.
    #[inline]
    pub fn get(&self) -> T {
        unsafe { *self.value.get() }
    }

    /// Applies `f` to the value and stores the result.
    #[inline]
    pub fn update<F: FnOnce(T) -> T>(&self, f: F) {
        let old = self.get();
        self.set(f(old));
    }
}

impl<T: ?Sized> Cell<T> {
    #[inline]
    pub const fn as_ptr(&self) -> *mut T {
        self.value.get()
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}

impl<T: crate::default::Default> Cell<T> {
    /// Takes the value, leaving `Default::default()` in its place.
    #[inline]
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T: Copy> Clone for Cell<T> {
    #[inline]
    fn clone(&self) -> Cell<T> {
        Cell::new(self.get())
    }
}

impl<T: crate::default::Default> crate::default::Default for Cell<T> {
    #[inline]
    fn default() -> Cell<T> {
        Cell::new(T::default())
    }
}

impl<T: PartialEq + Copy> PartialEq for Cell<T> {
    #[inline]
    fn eq(&self, other: &Cell<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Eq + Copy> Eq for Cell<T> {}

impl<T: PartialOrd + Copy> PartialOrd for Cell<T> {
    #[inline]
    fn partial_cmp(&self, other: &Cell<T>) -> Option<Ordering> {
        self.get().partial_cmp(&other.get())
    }
}

impl<T: Ord + Copy> Ord for Cell<T> {
    #[inline]
    fn cmp(&self, other: &Cell<T>) -> Ordering {
        self.get().cmp(&other.get())
    }
}

impl<T> crate::convert::From<T> for Cell<T> {
    fn from(t: T) -> Cell<T> {
        Cell::new(t)
    }
}

impl<T: Copy + fmt::Debug> fmt::Debug for Cell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cell").field("value", &self.get()).finish()
    }
}

/// The error of `RefCell::try_borrow`: the value is mutably borrowed.
#[non_exhaustive]
pub struct BorrowError {}

impl fmt::Debug for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BorrowError")
    }
}

impl fmt::Display for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RefCell already mutably borrowed")
    }
}

/// The error of `RefCell::try_borrow_mut`: the value is borrowed.
#[non_exhaustive]
pub struct BorrowMutError {}

impl fmt::Debug for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BorrowMutError")
    }
}

impl fmt::Display for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RefCell already borrowed")
    }
}

// A cell of a pointer coerces like the pointer (`Cell<Box<String>>` to `Cell<Box<dyn Trait>>`).
impl<T: crate::ops::CoerceUnsized<U>, U> crate::ops::CoerceUnsized<UnsafeCell<U>> for UnsafeCell<T> {}
impl<T: crate::ops::CoerceUnsized<U>, U> crate::ops::CoerceUnsized<Cell<U>> for Cell<T> {}
impl<T: crate::ops::CoerceUnsized<U>, U> crate::ops::CoerceUnsized<RefCell<U>> for RefCell<T> {}

/// Positive: that many shared borrows; -1: one mutable borrow; 0: not borrowed.
type BorrowFlag = isize;
const UNUSED: BorrowFlag = 0;

/// A mutable memory location with borrows checked at run time (`borrow`, `borrow_mut`).
pub struct RefCell<T: ?Sized> {
    borrow: Cell<BorrowFlag>,
    value: UnsafeCell<T>,
}

impl<T> RefCell<T> {
    #[inline]
    pub const fn new(value: T) -> RefCell<T> {
        RefCell { borrow: Cell::new(UNUSED), value: UnsafeCell::new(value) }
    }

    #[inline]
    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }

    /// Replaces the value, returning the old one; panics if it is borrowed.
    #[inline]
    #[track_caller]
    pub fn replace(&self, t: T) -> T {
        mem::replace(&mut *self.borrow_mut(), t)
    }

    #[inline]
    #[track_caller]
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T {
        let mut_borrow = &mut *self.borrow_mut();
        let replacement = f(mut_borrow);
        mem::replace(mut_borrow, replacement)
    }

    /// Swaps the values of two cells; panics if either is borrowed.
    #[inline]
    #[track_caller]
    pub fn swap(&self, other: &RefCell<T>) {
        mem::swap(&mut *self.borrow_mut(), &mut *other.borrow_mut())
    }
}

impl<T: ?Sized> RefCell<T> {
    /// Borrows the value; panics if it is mutably borrowed.
    #[inline]
    #[track_caller]
    pub fn borrow(&self) -> Ref<'_, T> {
        match self.try_borrow() {
            Ok(b) => b,
            Err(_) => panic_already_mutably_borrowed(),
        }
    }

    pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError> {
        let b = self.borrow.get();
        if b < 0 {
            return Err(BorrowError {});
        }
        self.borrow.set(b + 1);
        let value = unsafe { &*self.value.get() };
        Ok(Ref { value, borrow: BorrowRef { borrow: &self.borrow } })
    }

    /// Borrows the value mutably; panics if it is borrowed.
    #[inline]
    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(b) => b,
            Err(_) => panic_already_borrowed(),
        }
    }

    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError> {
        if self.borrow.get() != UNUSED {
            return Err(BorrowMutError {});
        }
        self.borrow.set(-1);
        let value = unsafe { &mut *self.value.get() };
        Ok(RefMut { value, borrow: BorrowRefMut { borrow: &self.borrow }, _marker: PhantomData })
    }

    /// Borrows without the run-time check: the caller promises no mutable borrow is alive.
    pub unsafe fn try_borrow_unguarded(&self) -> Result<&T, BorrowError> {
        if self.borrow.get() < 0 { Err(BorrowError {}) } else { Ok(unsafe { &*self.value.get() }) }
    }

    #[inline]
    pub fn as_ptr(&self) -> *mut T {
        self.value.get()
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }
}

impl<T: crate::default::Default> RefCell<T> {
    /// Takes the value, leaving `Default::default()`; panics if it is borrowed.
    #[track_caller]
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

#[track_caller]
#[cold]
fn panic_already_borrowed() -> ! {
    panic!("RefCell already borrowed")
}

#[track_caller]
#[cold]
fn panic_already_mutably_borrowed() -> ! {
    panic!("RefCell already mutably borrowed")
}

impl<T: Clone> Clone for RefCell<T> {
    #[track_caller]
    fn clone(&self) -> RefCell<T> {
        RefCell::new(self.borrow().clone())
    }
}

impl<T: crate::default::Default> crate::default::Default for RefCell<T> {
    #[inline]
    fn default() -> RefCell<T> {
        RefCell::new(T::default())
    }
}

impl<T: ?Sized + PartialEq> PartialEq for RefCell<T> {
    #[inline]
    fn eq(&self, other: &RefCell<T>) -> bool {
        *self.borrow() == *other.borrow()
    }
}

impl<T: ?Sized + Eq> Eq for RefCell<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for RefCell<T> {
    #[inline]
    fn partial_cmp(&self, other: &RefCell<T>) -> Option<Ordering> {
        self.borrow().partial_cmp(&*other.borrow())
    }
}

impl<T: ?Sized + Ord> Ord for RefCell<T> {
    #[inline]
    fn cmp(&self, other: &RefCell<T>) -> Ordering {
        self.borrow().cmp(&*other.borrow())
    }
}

impl<T> crate::convert::From<T> for RefCell<T> {
    fn from(t: T) -> RefCell<T> {
        RefCell::new(t)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RefCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("RefCell");
        match self.try_borrow() {
            Ok(borrow) => d.field("value", &borrow),
            Err(_) => d.field("value", &BorrowedPlaceholder),
        };
        d.finish()
    }
}

/// What `Debug` of a mutably borrowed `RefCell` shows instead of the value.
struct BorrowedPlaceholder;

impl fmt::Debug for BorrowedPlaceholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<borrowed>")
    }
}

/// Gives back one shared borrow of a `RefCell` when dropped.
struct BorrowRef<'b> {
    borrow: &'b Cell<BorrowFlag>,
}

impl Drop for BorrowRef<'_> {
    #[inline]
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() - 1);
    }
}

impl Clone for BorrowRef<'_> {
    #[inline]
    fn clone(&self) -> Self {
        self.borrow.set(self.borrow.get() + 1);
        BorrowRef { borrow: self.borrow }
    }
}

/// Gives back the mutable borrow of a `RefCell` when dropped.
struct BorrowRefMut<'b> {
    borrow: &'b Cell<BorrowFlag>,
}

impl Drop for BorrowRefMut<'_> {
    #[inline]
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() + 1);
    }
}

impl BorrowRefMut<'_> {
    /// A second mutable borrow, of a disjoint part of the value (`RefMut::map_split`).
    #[inline]
    fn split(&self) -> Self {
        self.borrow.set(self.borrow.get() - 1);
        BorrowRefMut { borrow: self.borrow }
    }
}

/// A shared borrow of the value of a `RefCell`.
pub struct Ref<'b, T: ?Sized + 'b> {
    value: &'b T,
    borrow: BorrowRef<'b>,
}

impl<T: ?Sized> Deref for Ref<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        self.value
    }
}

impl<'b, T: ?Sized> Ref<'b, T> {
    /// Another shared borrow of the same value (an associated function, as `Ref::clone(&r)`).
    #[inline]
    pub fn clone(orig: &Ref<'b, T>) -> Ref<'b, T> {
        Ref { value: orig.value, borrow: orig.borrow.clone() }
    }

    /// A borrow of a part of the value.
    #[inline]
    pub fn map<U: ?Sized, F: FnOnce(&T) -> &U>(orig: Ref<'b, T>, f: F) -> Ref<'b, U> {
        Ref { value: f(orig.value), borrow: orig.borrow }
    }

    pub fn filter_map<U: ?Sized, F: FnOnce(&T) -> Option<&U>>(orig: Ref<'b, T>, f: F) -> Result<Ref<'b, U>, Ref<'b, T>> {
        match f(orig.value) {
            Some(value) => Ok(Ref { value, borrow: orig.borrow }),
            None => Err(orig),
        }
    }

    /// Two borrows of disjoint parts of the value; the cell stays borrowed until both are gone.
    #[inline]
    pub fn map_split<U: ?Sized, V: ?Sized, F: FnOnce(&T) -> (&U, &V)>(orig: Ref<'b, T>, f: F) -> (Ref<'b, U>, Ref<'b, V>) {
        let (a, b) = f(orig.value);
        let borrow = orig.borrow.clone();
        (Ref { value: a, borrow }, Ref { value: b, borrow: orig.borrow })
    }

    /// The borrow made permanent: the cell stays borrowed (shared) for good.
    pub fn leak(orig: Ref<'b, T>) -> &'b T {
        let value = orig.value;
        mem::forget(orig.borrow);
        value
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

/// A mutable borrow of the value of a `RefCell`.
pub struct RefMut<'b, T: ?Sized + 'b> {
    value: &'b mut T,
    borrow: BorrowRefMut<'b>,
    _marker: PhantomData<&'b mut T>,
}

impl<'b, T: ?Sized> RefMut<'b, T> {
    /// A mutable borrow of a part of the value.
    #[inline]
    pub fn map<U: ?Sized, F: FnOnce(&mut T) -> &mut U>(orig: RefMut<'b, T>, f: F) -> RefMut<'b, U> {
        let RefMut { value, borrow, _marker } = orig;
        RefMut { value: f(value), borrow, _marker: PhantomData }
    }

    pub fn filter_map<U: ?Sized, F: FnOnce(&mut T) -> Option<&mut U>>(orig: RefMut<'b, T>, f: F) -> Result<RefMut<'b, U>, RefMut<'b, T>> {
        let RefMut { value, borrow, _marker } = orig;
        let raw = value as *mut T;
        match f(unsafe { &mut *raw }) {
            Some(value) => Ok(RefMut { value, borrow, _marker: PhantomData }),
            None => Err(RefMut { value: unsafe { &mut *raw }, borrow, _marker: PhantomData }),
        }
    }

    /// Two mutable borrows of disjoint parts of the value; the cell stays borrowed until both
    /// are gone.
    pub fn map_split<U: ?Sized, V: ?Sized, F: FnOnce(&mut T) -> (&mut U, &mut V)>(orig: RefMut<'b, T>, f: F) -> (RefMut<'b, U>, RefMut<'b, V>) {
        let RefMut { value, borrow, _marker } = orig;
        let (a, b) = f(value);
        let second = borrow.split();
        (RefMut { value: a, borrow, _marker: PhantomData }, RefMut { value: b, borrow: second, _marker: PhantomData })
    }

    /// The borrow made permanent: the cell stays mutably borrowed for good.
    pub fn leak(orig: RefMut<'b, T>) -> &'b mut T {
        let RefMut { value, borrow, _marker } = orig;
        mem::forget(borrow);
        value
    }
}

impl<T: ?Sized> Deref for RefMut<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        self.value
    }
}

impl<T: ?Sized> DerefMut for RefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        self.value
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}
