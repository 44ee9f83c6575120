//! Single-threaded reference-counting pointers: `Rc<T>` owns a shared value, `Weak<T>` observes it.
//!
//! The value lives in a heap block (`RcInner`) after the strong and weak counts. The strong
//! references together hold one weak reference, so the block is freed when the last `Weak` (or
//! the last `Rc`, if there are no `Weak`s) goes away; the value is dropped when the strong count
//! reaches zero.
//!
//! `T` may be unsized (`Rc<str>`, `Rc<[T]>`, `Rc<dyn Trait>`): the pointer to the block then
//! carries the value's metadata (length or vtable), from which the block's size and alignment and
//! the value's offset follow. An `Rc<T>` of a sized value unsizes to one of `[T]` or `dyn Trait`
//! through `CoerceUnsized`, as `Box` does.

use core::any::Any;
use core::borrow::Borrow;
use core::cell::Cell;
use core::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use core::convert::{AsRef, From, TryFrom};
use core::fmt;
use core::hash::{Hash, Hasher};
use core::intrinsics;
use core::iter::{FromIterator, IntoIterator, Iterator};
use core::marker::{PhantomData, Unsize};
use core::mem::{self, ManuallyDrop};
use core::ops::{CoerceUnsized, Deref, Drop};
use core::option::Option::{self, None, Some};
use core::ptr::{self, NonNull};
use core::result::Result::{self, Err, Ok};

use crate::borrow::{Cow, ToOwned};
use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;

/// The heap block. `repr(C)` keeps the counts first and the value last at the offset its
/// alignment gives (`value_offset`), which `from_raw` relies on to find the block of a value.
#[repr(C)]
struct RcInner<T: ?Sized> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

/// The offset of the value in a block, for a value of alignment `align`.
fn value_offset(align: usize) -> usize {
    let header = mem::size_of::<RcInner<()>>();
    (header + align - 1) & !(align - 1)
}

/// Allocates a block for a value of the size and alignment that `value`'s type and metadata
/// give (only the metadata is read), with both counts at one and the value uninitialised. The
/// block pointer carries `value`'s metadata.
unsafe fn allocate_for<T: ?Sized>(value: *const T) -> *mut RcInner<T> {
    unsafe {
        let shape = value as *const RcInner<T>;
        let size = intrinsics::size_of_val(shape);
        let align = intrinsics::min_align_of_val(shape);
        let inner = intrinsics::ferrite_alloc(size, align).with_metadata_of(shape);
        ptr::write(&raw mut (*inner).strong, Cell::new(1));
        ptr::write(&raw mut (*inner).weak, Cell::new(1));
        inner
    }
}

/// Frees a block whose value has been dropped or moved out.
unsafe fn deallocate<T: ?Sized>(inner: *mut RcInner<T>) {
    unsafe {
        let size = intrinsics::size_of_val(inner);
        let align = intrinsics::min_align_of_val(inner);
        intrinsics::ferrite_dealloc(inner as *mut u8, size, align);
    }
}

/// The block whose value `value` points at (a pointer `Rc::into_raw` or `Weak::into_raw` made).
unsafe fn block_of<T: ?Sized>(value: *const T) -> *mut RcInner<T> {
    let offset = value_offset(unsafe { intrinsics::min_align_of_val(value) });
    (value as *mut u8).wrapping_sub(offset).with_metadata_of(value as *const RcInner<T>)
}

/// The address `Weak::new` points at: no block is ever there.
const DANGLING: usize = usize::MAX;

fn is_dangling<T: ?Sized>(ptr: *const T) -> bool {
    ptr as *const () as usize == DANGLING
}

/// A single-threaded reference-counting pointer.
pub struct Rc<T: ?Sized> {
    ptr: NonNull<RcInner<T>>,
    _marker: PhantomData<RcInner<T>>,
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Rc<U>> for Rc<T> {}

impl<T> Rc<T> {
    /// A new `Rc` owning `value`.
    pub fn new(value: T) -> Rc<T> {
        unsafe {
            let inner = allocate_for(ptr::null::<T>());
            ptr::write(&raw mut (*inner).value, value);
            Rc::from_inner(inner)
        }
    }

    /// An `Rc` whose value can refer to itself weakly: `data_fn` gets the `Weak` before the value
    /// exists (upgrading it meanwhile gives `None`).
    pub fn new_cyclic<F: FnOnce(&Weak<T>) -> T>(data_fn: F) -> Rc<T> {
        unsafe {
            let inner = allocate_for(ptr::null::<T>());
            (*inner).strong.set(0);
            let weak = Weak { ptr: NonNull::new_unchecked(inner) };
            let value = data_fn(&weak);
            ptr::write(&raw mut (*inner).value, value);
            (*inner).strong.set(1);
            // the weak reference becomes the one all strong references hold together
            mem::forget(weak);
            Rc::from_inner(inner)
        }
    }

    /// The value, if this is the only strong reference; otherwise the `Rc` comes back.
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
        if Rc::strong_count(&this) != 1 {
            return Err(this);
        }
        let this = ManuallyDrop::new(this);
        let inner = this.inner();
        inner.strong.set(0);
        let value = unsafe { ptr::read(&inner.value) };
        // the strong references' weak reference goes away with them
        drop(Weak { ptr: this.ptr });
        Ok(value)
    }

    /// The value, if this is the only strong reference (dropping the `Rc` otherwise).
    pub fn into_inner(this: Rc<T>) -> Option<T> {
        Rc::try_unwrap(this).ok()
    }

    /// The value, cloned if other strong references share it.
    pub fn unwrap_or_clone(this: Rc<T>) -> T
    where
        T: Clone,
    {
        Rc::try_unwrap(this).unwrap_or_else(|rc| (*rc).clone())
    }
}

impl<T: ?Sized> Rc<T> {
    #[inline]
    unsafe fn from_inner(inner: *mut RcInner<T>) -> Rc<T> {
        Rc { ptr: unsafe { NonNull::new_unchecked(inner) }, _marker: PhantomData }
    }

    #[inline]
    fn inner(&self) -> &RcInner<T> {
        unsafe { self.ptr.as_ref() }
    }

    /// A pointer to the value; the `Rc` is forgotten, so its strong reference stays counted
    /// until `Rc::from_raw` takes it back.
    pub fn into_raw(this: Rc<T>) -> *const T {
        let p = Rc::as_ptr(&this);
        mem::forget(this);
        p
    }

    /// A pointer to the value (valid while some strong reference exists).
    #[inline]
    pub fn as_ptr(this: &Rc<T>) -> *const T {
        unsafe { &raw const (*this.ptr.as_ptr()).value }
    }

    /// The `Rc` whose strong reference `Rc::into_raw` gave up as `ptr`.
    pub unsafe fn from_raw(ptr: *const T) -> Rc<T> {
        unsafe { Rc::from_inner(block_of(ptr)) }
    }

    /// Counts one more strong reference to the value at `ptr` (a pointer from `Rc::into_raw`).
    pub unsafe fn increment_strong_count(ptr: *const T) {
        let inner = unsafe { &*block_of(ptr) };
        inner.strong.set(inner.strong.get() + 1);
    }

    /// Counts one strong reference less to the value at `ptr`, dropping it if that was the last.
    pub unsafe fn decrement_strong_count(ptr: *const T) {
        drop(unsafe { Rc::from_raw(ptr) });
    }

    /// A new weak reference to the value.
    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        let inner = this.inner();
        inner.weak.set(inner.weak.get() + 1);
        Weak { ptr: this.ptr }
    }

    /// The number of `Weak`s.
    #[inline]
    pub fn weak_count(this: &Rc<T>) -> usize {
        this.inner().weak.get() - 1
    }

    /// The number of `Rc`s.
    #[inline]
    pub fn strong_count(this: &Rc<T>) -> usize {
        this.inner().strong.get()
    }

    /// A mutable reference to the value if no other `Rc` or `Weak` shares it.
    pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T> {
        if Rc::strong_count(this) == 1 && Rc::weak_count(this) == 0 {
            unsafe { Some(&mut (*this.ptr.as_ptr()).value) }
        } else {
            None
        }
    }

    /// Whether the two `Rc`s point to the same allocation (their metadata is not compared).
    #[inline]
    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool {
        ptr::addr_eq(this.ptr.as_ptr(), other.ptr.as_ptr())
    }
}

impl<T: Clone> Rc<T> {
    /// A mutable reference to the value, cloning it first if it is shared (clone-on-write).
    pub fn make_mut(this: &mut Rc<T>) -> &mut T {
        if Rc::strong_count(this) != 1 {
            let copy = Rc::new((**this).clone());
            *this = copy;
        } else if Rc::weak_count(this) != 0 {
            // only weak references share it: move the value out and leave them dangling
            let inner = this.inner();
            inner.strong.set(0);
            inner.weak.set(inner.weak.get() - 1);
            let value = unsafe { ptr::read(&inner.value) };
            let fresh = Rc::new(value);
            unsafe { ptr::write(this, fresh) };
        }
        unsafe { &mut (*this.ptr.as_ptr()).value }
    }
}

impl Rc<dyn Any> {
    /// The `Rc` as one of the concrete type `T`, if that is the value's type.
    pub fn downcast<T: Any>(self) -> Result<Rc<T>, Rc<dyn Any>> {
        if (*self).is::<T>() {
            let this = ManuallyDrop::new(self);
            Ok(unsafe { Rc::from_inner(this.ptr.as_ptr() as *mut RcInner<T>) })
        } else {
            Err(self)
        }
    }
}

impl<T: ?Sized> Clone for Rc<T> {
    #[inline]
    fn clone(&self) -> Rc<T> {
        let inner = self.inner();
        inner.strong.set(inner.strong.get() + 1);
        Rc { ptr: self.ptr, _marker: PhantomData }
    }
}

impl<T: ?Sized> Drop for Rc<T> {
    fn drop(&mut self) {
        let inner = self.inner();
        let strong = inner.strong.get() - 1;
        inner.strong.set(strong);
        if strong == 0 {
            unsafe {
                ptr::drop_in_place(&raw mut (*self.ptr.as_ptr()).value);
            }
            // the weak reference all strong ones held together
            drop(Weak { ptr: self.ptr });
        }
    }
}

impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: ?Sized> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> Borrow<T> for Rc<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: Default> Default for Rc<T> {
    fn default() -> Rc<T> {
        Rc::new(T::default())
    }
}

impl Default for Rc<str> {
    fn default() -> Rc<str> {
        Rc::from("")
    }
}

impl<T> Default for Rc<[T]> {
    fn default() -> Rc<[T]> {
        let empty: [T; 0] = [];
        Rc::from(empty)
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {
    #[inline]
    fn eq(&self, other: &Rc<T>) -> bool {
        **self == **other
    }

    #[inline]
    fn ne(&self, other: &Rc<T>) -> bool {
        **self != **other
    }
}

impl<T: ?Sized + Eq> Eq for Rc<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Rc<T> {
    #[inline]
    fn partial_cmp(&self, other: &Rc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }

    #[inline]
    fn lt(&self, other: &Rc<T>) -> bool {
        **self < **other
    }

    #[inline]
    fn le(&self, other: &Rc<T>) -> bool {
        **self <= **other
    }

    #[inline]
    fn gt(&self, other: &Rc<T>) -> bool {
        **self > **other
    }

    #[inline]
    fn ge(&self, other: &Rc<T>) -> bool {
        **self >= **other
    }
}

impl<T: ?Sized + Ord> Ord for Rc<T> {
    #[inline]
    fn cmp(&self, other: &Rc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: ?Sized + Hash> Hash for Rc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&Rc::as_ptr(self), f)
    }
}

// ---- conversions ----

impl<T> From<T> for Rc<T> {
    fn from(t: T) -> Rc<T> {
        Rc::new(t)
    }
}

/// Moves the boxed value into a new block and frees the box.
impl<T: ?Sized> From<Box<T>> for Rc<T> {
    fn from(b: Box<T>) -> Rc<T> {
        unsafe {
            let src = Box::into_raw(b);
            let size = intrinsics::size_of_val(src);
            let inner = allocate_for(src);
            ptr::copy_nonoverlapping(src as *const u8, &raw mut (*inner).value as *mut u8, size);
            // the block owns the value now: free the box's memory without dropping it
            drop(Box::from_raw(src as *mut ManuallyDrop<T>));
            Rc::from_inner(inner)
        }
    }
}

/// Moves the elements into a new block; the vector's buffer is freed.
impl<T> From<Vec<T>> for Rc<[T]> {
    fn from(v: Vec<T>) -> Rc<[T]> {
        let mut v = v;
        unsafe {
            let len = v.len();
            let inner = allocate_for(ptr::slice_from_raw_parts(v.as_ptr(), len));
            ptr::copy_nonoverlapping(v.as_ptr(), &raw mut (*inner).value as *mut T, len);
            v.set_len(0);
            Rc::from_inner(inner)
        }
    }
}

impl<T: Clone> From<&[T]> for Rc<[T]> {
    fn from(s: &[T]) -> Rc<[T]> {
        Rc::from(s.to_vec())
    }
}

impl<T: Clone> From<&mut [T]> for Rc<[T]> {
    fn from(s: &mut [T]) -> Rc<[T]> {
        Rc::from(&*s)
    }
}

impl<T, const N: usize> From<[T; N]> for Rc<[T]> {
    fn from(a: [T; N]) -> Rc<[T]> {
        let rc: Rc<[T; N]> = Rc::new(a);
        rc
    }
}

impl From<&str> for Rc<str> {
    fn from(s: &str) -> Rc<str> {
        let bytes = ManuallyDrop::new(Rc::<[u8]>::from(s.as_bytes()));
        unsafe { Rc::from_inner(bytes.ptr.as_ptr() as *mut RcInner<str>) }
    }
}

impl From<&mut str> for Rc<str> {
    fn from(s: &mut str) -> Rc<str> {
        Rc::from(&*s)
    }
}

impl From<String> for Rc<str> {
    fn from(s: String) -> Rc<str> {
        Rc::from(s.as_str())
    }
}

impl From<Rc<str>> for Rc<[u8]> {
    fn from(s: Rc<str>) -> Rc<[u8]> {
        let s = ManuallyDrop::new(s);
        unsafe { Rc::from_inner(s.ptr.as_ptr() as *mut RcInner<[u8]>) }
    }
}

impl<'a, B> From<Cow<'a, B>> for Rc<B>
where
    B: ToOwned + ?Sized,
    Rc<B>: From<&'a B> + From<B::Owned>,
{
    fn from(cow: Cow<'a, B>) -> Rc<B> {
        match cow {
            Cow::Borrowed(b) => Rc::from(b),
            Cow::Owned(o) => Rc::from(o),
        }
    }
}

/// The slice as an array of its length; the `Rc` comes back if the length is not `N`.
impl<T, const N: usize> TryFrom<Rc<[T]>> for Rc<[T; N]> {
    type Error = Rc<[T]>;

    fn try_from(s: Rc<[T]>) -> Result<Rc<[T; N]>, Rc<[T]>> {
        if s.len() != N {
            return Err(s);
        }
        let s = ManuallyDrop::new(s);
        Ok(unsafe { Rc::from_inner(s.ptr.as_ptr() as *mut RcInner<[T; N]>) })
    }
}

impl<T> FromIterator<T> for Rc<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Rc<[T]> {
        let v: Vec<T> = iter.into_iter().collect();
        Rc::from(v)
    }
}

// ---- Weak ----

/// A weak reference to an `Rc`'s value: it keeps the allocation, not the value, alive.
/// `Weak::new()` points nowhere (at the address `DANGLING`) and never upgrades.
pub struct Weak<T: ?Sized> {
    ptr: NonNull<RcInner<T>>,
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Weak<U>> for Weak<T> {}

impl<T> Weak<T> {
    /// A `Weak` that points nowhere.
    pub const fn new() -> Weak<T> {
        Weak { ptr: unsafe { NonNull::new_unchecked(ptr::without_provenance_mut(DANGLING)) } }
    }
}

impl<T: ?Sized> Weak<T> {
    /// The block, unless this `Weak` points nowhere.
    fn inner(&self) -> Option<&RcInner<T>> {
        if is_dangling(self.ptr.as_ptr()) { None } else { unsafe { Some(self.ptr.as_ref()) } }
    }

    /// An `Rc` to the value, if it is still alive.
    pub fn upgrade(&self) -> Option<Rc<T>> {
        let inner = self.inner()?;
        let strong = inner.strong.get();
        if strong == 0 {
            return None;
        }
        inner.strong.set(strong + 1);
        Some(Rc { ptr: self.ptr, _marker: PhantomData })
    }

    /// The number of `Rc`s to the value (0 once it is dropped).
    pub fn strong_count(&self) -> usize {
        match self.inner() {
            Some(inner) => inner.strong.get(),
            None => 0,
        }
    }

    /// The number of `Weak`s to the value (0 once it is dropped).
    pub fn weak_count(&self) -> usize {
        match self.inner() {
            Some(inner) => {
                if inner.strong.get() > 0 { inner.weak.get() - 1 } else { 0 }
            }
            None => 0,
        }
    }

    /// Whether the two `Weak`s point to the same allocation (or both nowhere).
    #[inline]
    pub fn ptr_eq(&self, other: &Weak<T>) -> bool {
        ptr::addr_eq(self.ptr.as_ptr(), other.ptr.as_ptr())
    }

    /// A pointer to the value; it dangles once the value is dropped, and for `Weak::new()`.
    pub fn as_ptr(&self) -> *const T {
        let p = self.ptr.as_ptr();
        if is_dangling(p) { p as *const T } else { unsafe { &raw const (*p).value } }
    }

    /// A pointer to the value; the `Weak` is forgotten, so its weak reference stays counted
    /// until `Weak::from_raw` takes it back.
    pub fn into_raw(self) -> *const T {
        let p = self.as_ptr();
        mem::forget(self);
        p
    }

    /// The `Weak` whose weak reference `Weak::into_raw` gave up as `ptr`.
    pub unsafe fn from_raw(ptr: *const T) -> Weak<T> {
        let inner = if is_dangling(ptr) { ptr as *mut RcInner<T> } else { unsafe { block_of(ptr) } };
        Weak { ptr: unsafe { NonNull::new_unchecked(inner) } }
    }
}

impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if let Some(inner) = self.inner() {
            inner.weak.set(inner.weak.get() + 1);
        }
        Weak { ptr: self.ptr }
    }
}

impl<T: ?Sized> Drop for Weak<T> {
    fn drop(&mut self) {
        let weak = match self.inner() {
            Some(inner) => {
                let w = inner.weak.get() - 1;
                inner.weak.set(w);
                w
            }
            None => return,
        };
        if weak == 0 {
            unsafe { deallocate(self.ptr.as_ptr()) }
        }
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> {
        Weak::new()
    }
}

impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(Weak)")
    }
}
