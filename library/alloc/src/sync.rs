//! Thread-safe reference-counting pointers: `Arc<T>` owns a value shared between threads,
//! `Weak<T>` observes it.
//!
//! Ferrite schedules threads cooperatively (a thread runs until it blocks or yields), so the
//! counts need no atomic instructions: this is `Rc`'s implementation with `Send`/`Sync`.
//!
//! FIXME: `T` must be `Sized` (no `Arc<str>`, `Arc<[T]>` or `Arc<dyn Trait>` yet).

use core::borrow::Borrow;
use core::cell::Cell;
use core::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::{PhantomData, Send, Sync};
use core::mem;
use core::ops::{Deref, Drop};
use core::option::Option::{self, None, Some};
use core::ptr;
use core::result::Result::{self, Err, Ok};

struct ArcInner<T> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

/// Allocates the block for an `ArcInner<T>`.
fn allocate<T>(inner: ArcInner<T>) -> *mut ArcInner<T> {
    unsafe {
        let p = core::intrinsics::ferrite_alloc(mem::size_of::<ArcInner<T>>(), mem::align_of::<ArcInner<T>>()) as *mut ArcInner<T>;
        ptr::write(p, inner);
        p
    }
}

/// Frees the block (the value has been dropped or moved out already).
unsafe fn deallocate<T>(p: *mut ArcInner<T>) {
    unsafe { core::intrinsics::ferrite_dealloc(p as *mut u8, mem::size_of::<ArcInner<T>>(), mem::align_of::<ArcInner<T>>()) }
}

/// A thread-safe reference-counting pointer.
pub struct Arc<T> {
    ptr: *mut ArcInner<T>,
    _marker: PhantomData<ArcInner<T>>,
}

unsafe impl<T: Send + Sync> Send for Arc<T> {}
unsafe impl<T: Send + Sync> Sync for Arc<T> {}

impl<T> Arc<T> {
    /// A new `Arc` owning `value`.
    pub fn new(value: T) -> Arc<T> {
        let ptr = allocate(ArcInner { strong: Cell::new(1), weak: Cell::new(1), value });
        Arc { ptr, _marker: PhantomData }
    }

    /// An `Arc` whose value can refer to itself weakly: `data_fn` gets the `Weak` before the value exists.
    pub fn new_cyclic<F: FnOnce(&Weak<T>) -> T>(data_fn: F) -> Arc<T> {
        let ptr = unsafe {
            core::intrinsics::ferrite_alloc(mem::size_of::<ArcInner<T>>(), mem::align_of::<ArcInner<T>>()) as *mut ArcInner<T>
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
        Arc { ptr, _marker: PhantomData }
    }

    /// The value, if this is the only strong reference; otherwise the `Arc` comes back.
    pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>> {
        if Arc::strong_count(&this) != 1 {
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

    /// The value, if this is the only strong reference (dropping the `Arc` otherwise).
    pub fn into_inner(this: Arc<T>) -> Option<T> {
        match Arc::try_unwrap(this) {
            Ok(v) => Some(v),
            Err(_) => None,
        }
    }

    /// The value, cloned if other strong references share it.
    pub fn unwrap_or_clone(this: Arc<T>) -> T
    where
        T: Clone,
    {
        match Arc::try_unwrap(this) {
            Ok(v) => v,
            Err(rc) => (*rc).clone(),
        }
    }
}

impl<T> Arc<T> {
    #[inline]
    fn inner(&self) -> &ArcInner<T> {
        unsafe { &*self.ptr }
    }

    /// A new weak reference to the value.
    pub fn downgrade(this: &Arc<T>) -> Weak<T> {
        let inner = this.inner();
        inner.weak.set(inner.weak.get() + 1);
        Weak { ptr: this.ptr }
    }

    /// The number of `Weak`s.
    #[inline]
    pub fn weak_count(this: &Arc<T>) -> usize {
        this.inner().weak.get() - 1
    }

    /// The number of `Arc`s.
    #[inline]
    pub fn strong_count(this: &Arc<T>) -> usize {
        this.inner().strong.get()
    }

    /// A mutable reference to the value if no other `Arc` or `Weak` shares it.
    pub fn get_mut(this: &mut Arc<T>) -> Option<&mut T> {
        if Arc::strong_count(this) == 1 && Arc::weak_count(this) == 0 {
            unsafe { Some(&mut (*this.ptr).value) }
        } else {
            None
        }
    }

    /// Whether the two `Arc`s point to the same allocation.
    #[inline]
    pub fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool {
        this.ptr == other.ptr
    }

    #[inline]
    pub fn as_ptr(this: &Arc<T>) -> *const T {
        unsafe { &(*this.ptr).value as *const T }
    }
}

impl<T: Clone> Arc<T> {
    /// A mutable reference to the value, cloning it first if it is shared (clone-on-write).
    pub fn make_mut(this: &mut Arc<T>) -> &mut T {
        if Arc::strong_count(this) != 1 {
            let copy = Arc::new((**this).clone());
            *this = copy;
        } else if Arc::weak_count(this) != 0 {
            // only weak references share it: move the value out and leave them dangling
            let inner = this.inner();
            inner.strong.set(0);
            inner.weak.set(inner.weak.get() - 1);
            let value = unsafe { ptr::read(&inner.value) };
            let fresh = Arc::new(value);
            unsafe { ptr::write(this, fresh) };
        }
        unsafe { &mut (*this.ptr).value }
    }
}

impl<T> Clone for Arc<T> {
    #[inline]
    fn clone(&self) -> Arc<T> {
        let inner = self.inner();
        inner.strong.set(inner.strong.get() + 1);
        Arc { ptr: self.ptr, _marker: PhantomData }
    }
}

impl<T> Drop for Arc<T> {
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

impl<T> Deref for Arc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T> AsRef<T> for Arc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T> Borrow<T> for Arc<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T> From<T> for Arc<T> {
    fn from(t: T) -> Arc<T> {
        Arc::new(t)
    }
}

impl<T: Default> Default for Arc<T> {
    fn default() -> Arc<T> {
        Arc::new(T::default())
    }
}

impl<T: PartialEq> PartialEq for Arc<T> {
    #[inline]
    fn eq(&self, other: &Arc<T>) -> bool {
        **self == **other
    }
}

impl<T: Eq> Eq for Arc<T> {}

impl<T: PartialOrd> PartialOrd for Arc<T> {
    #[inline]
    fn partial_cmp(&self, other: &Arc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: Ord> Ord for Arc<T> {
    #[inline]
    fn cmp(&self, other: &Arc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: Hash> Hash for Arc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: fmt::Display> fmt::Display for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: fmt::Debug> fmt::Debug for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T> fmt::Pointer for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&Arc::as_ptr(self), f)
    }
}

/// A weak reference to an `Arc`'s value: it keeps the allocation, not the value, alive.
/// `Weak::new()` points nowhere (a null pointer here) and never upgrades.
pub struct Weak<T> {
    ptr: *mut ArcInner<T>,
}

unsafe impl<T: Send + Sync> Send for Weak<T> {}
unsafe impl<T: Send + Sync> Sync for Weak<T> {}

impl<T> Weak<T> {
    /// A `Weak` that points nowhere.
    pub const fn new() -> Weak<T> {
        Weak { ptr: ptr::null_mut() }
    }

    fn inner(&self) -> Option<&ArcInner<T>> {
        if self.ptr.is_null() { None } else { unsafe { Some(&*self.ptr) } }
    }

    /// An `Arc` to the value, if it is still alive.
    pub fn upgrade(&self) -> Option<Arc<T>> {
        let inner = self.inner()?;
        let strong = inner.strong.get();
        if strong == 0 {
            return None;
        }
        inner.strong.set(strong + 1);
        Some(Arc { ptr: self.ptr, _marker: PhantomData })
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
