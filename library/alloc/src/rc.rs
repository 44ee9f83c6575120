//! Single-threaded reference-counting pointers: `Rc<T>` owns a shared value, `Weak<T>` observes it.
//!
//! The value lives in a heap block (`RcInner`) with the strong and weak counts. The strong
//! references together hold one weak reference, so the block is freed when the last `Weak` (or
//! the last `Rc`, if there are no `Weak`s) goes away; the value is dropped when the strong count
//! reaches zero.
//!
//! FIXME: `T` must be `Sized` (no `Rc<str>`, `Rc<[T]>` or `Rc<dyn Trait>` yet).

use core::borrow::Borrow;
use core::cell::Cell;
use core::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::mem;
use core::ops::{Deref, Drop};
use core::option::Option::{self, None, Some};
use core::ptr;
use core::result::Result::{self, Err, Ok};

struct RcInner<T> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

/// Allocates the block for an `RcInner<T>`.
fn allocate<T>(inner: RcInner<T>) -> *mut RcInner<T> {
    unsafe {
        let p = core::intrinsics::ferrite_alloc(mem::size_of::<RcInner<T>>(), mem::align_of::<RcInner<T>>()) as *mut RcInner<T>;
        ptr::write(p, inner);
        p
    }
}

/// Frees the block (the value has been dropped or moved out already).
unsafe fn deallocate<T>(p: *mut RcInner<T>) {
    unsafe { core::intrinsics::ferrite_dealloc(p as *mut u8, mem::size_of::<RcInner<T>>(), mem::align_of::<RcInner<T>>()) }
}

/// A single-threaded reference-counting pointer.
pub struct Rc<T> {
    ptr: *mut RcInner<T>,
    _marker: PhantomData<RcInner<T>>,
}

impl<T> Rc<T> {
    /// A new `Rc` owning `value`.
    pub fn new(value: T) -> Rc<T> {
        let ptr = allocate(RcInner { strong: Cell::new(1), weak: Cell::new(1), value });
        Rc { ptr, _marker: PhantomData }
    }

    /// An `Rc` whose value can refer to itself weakly: `data_fn` gets the `Weak` before the value exists.
    pub fn new_cyclic<F: FnOnce(&Weak<T>) -> T>(data_fn: F) -> Rc<T> {
        let ptr = unsafe {
            core::intrinsics::ferrite_alloc(mem::size_of::<RcInner<T>>(), mem::align_of::<RcInner<T>>()) as *mut RcInner<T>
        };
        unsafe {
            ptr::write(&mut (*ptr).strong, Cell::new(0));
            ptr::write(&mut (*ptr).weak, Cell::new(1));
        }
        let weak = Weak { ptr };
        let value = data_fn(&weak);
        unsafe {
            ptr::write(&mut (*ptr).value, value);
            (*ptr).strong.set(1);
        }
        mem::forget(weak);
        Rc { ptr, _marker: PhantomData }
    }

    /// The value, if this is the only strong reference; otherwise the `Rc` comes back.
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
        if Rc::strong_count(&this) != 1 {
            return Err(this);
        }
        let inner = this.inner();
        inner.strong.set(0);
        let value = unsafe { ptr::read(&inner.value) };
        // the strong references' weak reference goes away with them
        let weak = Weak { ptr: this.ptr };
        mem::forget(this);
        drop(weak);
        Ok(value)
    }

    /// The value, if this is the only strong reference (dropping the `Rc` otherwise).
    pub fn into_inner(this: Rc<T>) -> Option<T> {
        match Rc::try_unwrap(this) {
            Ok(v) => Some(v),
            Err(_) => None,
        }
    }

    /// The value, cloned if other strong references share it.
    pub fn unwrap_or_clone(this: Rc<T>) -> T
    where
        T: Clone,
    {
        match Rc::try_unwrap(this) {
            Ok(v) => v,
            Err(rc) => (*rc).clone(),
        }
    }
}

impl<T> Rc<T> {
    #[inline]
    fn inner(&self) -> &RcInner<T> {
        unsafe { &*self.ptr }
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
            unsafe { Some(&mut (*this.ptr).value) }
        } else {
            None
        }
    }

    /// Whether the two `Rc`s point to the same allocation.
    #[inline]
    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool {
        this.ptr == other.ptr
    }

    #[inline]
    pub fn as_ptr(this: &Rc<T>) -> *const T {
        unsafe { &(*this.ptr).value as *const T }
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
        unsafe { &mut (*this.ptr).value }
    }
}

impl<T> Clone for Rc<T> {
    #[inline]
    fn clone(&self) -> Rc<T> {
        let inner = self.inner();
        inner.strong.set(inner.strong.get() + 1);
        Rc { ptr: self.ptr, _marker: PhantomData }
    }
}

impl<T> Drop for Rc<T> {
    fn drop(&mut self) {
        let inner = self.inner();
        let strong = inner.strong.get() - 1;
        inner.strong.set(strong);
        if strong == 0 {
            unsafe {
                ptr::drop_in_place(&mut (*self.ptr).value);
            }
            // the weak reference all strong ones held together
            drop(Weak { ptr: self.ptr });
        }
    }
}

impl<T> Deref for Rc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T> Borrow<T> for Rc<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T> From<T> for Rc<T> {
    fn from(t: T) -> Rc<T> {
        Rc::new(t)
    }
}

impl<T: Default> Default for Rc<T> {
    fn default() -> Rc<T> {
        Rc::new(T::default())
    }
}

impl<T: PartialEq> PartialEq for Rc<T> {
    #[inline]
    fn eq(&self, other: &Rc<T>) -> bool {
        **self == **other
    }
}

impl<T: Eq> Eq for Rc<T> {}

impl<T: PartialOrd> PartialOrd for Rc<T> {
    #[inline]
    fn partial_cmp(&self, other: &Rc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: Ord> Ord for Rc<T> {
    #[inline]
    fn cmp(&self, other: &Rc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: Hash> Hash for Rc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T> fmt::Pointer for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&Rc::as_ptr(self), f)
    }
}

/// A weak reference to an `Rc`'s value: it keeps the allocation, not the value, alive.
/// `Weak::new()` points nowhere (a null pointer here) and never upgrades.
pub struct Weak<T> {
    ptr: *mut RcInner<T>,
}

impl<T> Weak<T> {
    /// A `Weak` that points nowhere.
    pub const fn new() -> Weak<T> {
        Weak { ptr: ptr::null_mut() }
    }

    fn inner(&self) -> Option<&RcInner<T>> {
        if self.ptr.is_null() { None } else { unsafe { Some(&*self.ptr) } }
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

    pub fn strong_count(&self) -> usize {
        match self.inner() {
            Some(inner) => inner.strong.get(),
            None => 0,
        }
    }

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
        self.ptr == other.ptr
    }
}

impl<T> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if let Some(inner) = self.inner() {
            inner.weak.set(inner.weak.get() + 1);
        }
        Weak { ptr: self.ptr }
    }
}

impl<T> Drop for Weak<T> {
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
            unsafe { deallocate(self.ptr) }
        }
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> {
        Weak::new()
    }
}

impl<T> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(Weak)")
    }
}
