//! Atomic types. Ferrite schedules threads cooperatively (a thread runs until it blocks or
//! yields), so every operation here is atomic as plain loads and stores; `Ordering` is accepted
//! and has nothing to order. `load` lets the other threads run first, so that a loop spinning
//! on a flag another thread sets makes progress.

use crate::cell::UnsafeCell;
use crate::fmt;
use crate::marker::{Send, Sync};

/// Memory orderings, as in the C++20 memory model.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Ordering {
    Relaxed,
    Release,
    Acquire,
    AcqRel,
    SeqCst,
}

/// A memory fence (nothing to do under cooperative scheduling).
pub fn fence(_order: Ordering) {}

/// The former name of `core::hint::spin_loop`.
#[deprecated(note = "use hint::spin_loop instead")]
pub fn spin_loop_hint() {
    crate::hint::spin_loop()
}

/// A compiler fence (nothing to do under cooperative scheduling).
pub fn compiler_fence(_order: Ordering) {}

/// A boolean that can be shared between threads.
#[repr(transparent)]
pub struct AtomicBool {
    v: UnsafeCell<bool>,
}

unsafe impl Send for AtomicBool {}
unsafe impl Sync for AtomicBool {}

impl AtomicBool {
    pub const fn new(v: bool) -> AtomicBool {
        AtomicBool { v: UnsafeCell::new(v) }
    }

    pub fn load(&self, _order: Ordering) -> bool {
        unsafe {
            crate::intrinsics::ferrite_thread_yield();
            *self.v.get()
        }
    }

    fn get(&self) -> bool {
        unsafe { *self.v.get() }
    }

    pub fn store(&self, val: bool, _order: Ordering) {
        unsafe { *self.v.get() = val }
    }

    pub fn swap(&self, val: bool, _order: Ordering) -> bool {
        unsafe {
            let old = *self.v.get();
            *self.v.get() = val;
            old
        }
    }

    pub fn compare_exchange(&self, current: bool, new: bool, _success: Ordering, _failure: Ordering) -> Result<bool, bool> {
        unsafe {
            let old = *self.v.get();
            if old == current {
                *self.v.get() = new;
                Ok(old)
            } else {
                Err(old)
            }
        }
    }

    pub fn compare_exchange_weak(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool> {
        self.compare_exchange(current, new, success, failure)
    }

    pub fn fetch_and(&self, val: bool, order: Ordering) -> bool {
        let old = self.get();
        self.store(old & val, order);
        old
    }

    pub fn fetch_or(&self, val: bool, order: Ordering) -> bool {
        let old = self.get();
        self.store(old | val, order);
        old
    }

    pub fn fetch_xor(&self, val: bool, order: Ordering) -> bool {
        let old = self.get();
        self.store(old ^ val, order);
        old
    }

    pub fn fetch_not(&self, order: Ordering) -> bool {
        self.fetch_xor(true, order)
    }

    /// Stores `!(old & val)`; returns the previous value.
    pub fn fetch_nand(&self, val: bool, order: Ordering) -> bool {
        let old = self.get();
        self.store(!(old & val), order);
        old
    }

    /// Applies `f` to the value and stores its result unless it returns `None`.
    pub fn fetch_update<F: FnMut(bool) -> Option<bool>>(&self, set_order: Ordering, _fetch_order: Ordering, mut f: F) -> Result<bool, bool> {
        let old = self.get();
        match f(old) {
            Some(new) => {
                self.store(new, set_order);
                Ok(old)
            }
            None => Err(old),
        }
    }

    #[deprecated(note = "Use `compare_exchange` or `compare_exchange_weak` instead")]
    pub fn compare_and_swap(&self, current: bool, new: bool, order: Ordering) -> bool {
        match self.compare_exchange(current, new, order, order) {
            Ok(v) => v,
            Err(v) => v,
        }
    }

    pub const fn as_ptr(&self) -> *mut bool {
        self.v.get()
    }

    pub fn get_mut(&mut self) -> &mut bool {
        self.v.get_mut()
    }

    pub fn into_inner(self) -> bool {
        self.v.into_inner()
    }
}

impl Default for AtomicBool {
    fn default() -> AtomicBool {
        AtomicBool::new(false)
    }
}

impl From<bool> for AtomicBool {
    fn from(v: bool) -> AtomicBool {
        AtomicBool::new(v)
    }
}

impl fmt::Debug for AtomicBool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
    }
}

macro_rules! atomic_int {
    ($name:ident, $t:ty) => {
        /// An integer that can be shared between threads.
        #[repr(transparent)]
        pub struct $name {
            v: UnsafeCell<$t>,
        }

        unsafe impl Send for $name {}
        unsafe impl Sync for $name {}

        impl $name {
            pub const fn new(v: $t) -> $name {
                $name { v: UnsafeCell::new(v) }
            }

            pub fn load(&self, _order: Ordering) -> $t {
                unsafe {
                    crate::intrinsics::ferrite_thread_yield();
                    *self.v.get()
                }
            }

            fn get(&self) -> $t {
                unsafe { *self.v.get() }
            }

            pub fn store(&self, val: $t, _order: Ordering) {
                unsafe { *self.v.get() = val }
            }

            pub fn swap(&self, val: $t, order: Ordering) -> $t {
                let old = self.get();
                self.store(val, order);
                old
            }

            pub fn compare_exchange(&self, current: $t, new: $t, success: Ordering, _failure: Ordering) -> Result<$t, $t> {
                let old = self.get();
                if old == current {
                    self.store(new, success);
                    Ok(old)
                } else {
                    Err(old)
                }
            }

            pub fn compare_exchange_weak(&self, current: $t, new: $t, success: Ordering, failure: Ordering) -> Result<$t, $t> {
                self.compare_exchange(current, new, success, failure)
            }

            /// Adds, wrapping around on overflow; returns the previous value.
            pub fn fetch_add(&self, val: $t, order: Ordering) -> $t {
                let old = self.get();
                self.store(old.wrapping_add(val), order);
                old
            }

            pub fn fetch_sub(&self, val: $t, order: Ordering) -> $t {
                let old = self.get();
                self.store(old.wrapping_sub(val), order);
                old
            }

            pub fn fetch_and(&self, val: $t, order: Ordering) -> $t {
                let old = self.get();
                self.store(old & val, order);
                old
            }

            pub fn fetch_or(&self, val: $t, order: Ordering) -> $t {
                let old = self.get();
                self.store(old | val, order);
                old
            }

            pub fn fetch_xor(&self, val: $t, order: Ordering) -> $t {
                let old = self.get();
                self.store(old ^ val, order);
                old
            }

            pub fn fetch_max(&self, val: $t, order: Ordering) -> $t {
                let old = self.get();
                if val > old {
                    self.store(val, order);
                }
                old
            }

            pub fn fetch_min(&self, val: $t, order: Ordering) -> $t {
                let old = self.get();
                if val < old {
                    self.store(val, order);
                }
                old
            }

            /// Stores `!(old & val)`; returns the previous value.
            pub fn fetch_nand(&self, val: $t, order: Ordering) -> $t {
                let old = self.get();
                self.store(!(old & val), order);
                old
            }

            #[deprecated(note = "Use `compare_exchange` or `compare_exchange_weak` instead")]
            pub fn compare_and_swap(&self, current: $t, new: $t, order: Ordering) -> $t {
                match self.compare_exchange(current, new, order, order) {
                    Ok(v) => v,
                    Err(v) => v,
                }
            }

            pub const fn as_ptr(&self) -> *mut $t {
                self.v.get()
            }

            /// Applies `f` until it returns `None` or its result is stored.
            pub fn fetch_update<F: FnMut($t) -> Option<$t>>(&self, set_order: Ordering, _fetch_order: Ordering, mut f: F) -> Result<$t, $t> {
                let old = self.get();
                match f(old) {
                    Some(new) => {
                        self.store(new, set_order);
                        Ok(old)
                    }
                    None => Err(old),
                }
            }

            pub fn get_mut(&mut self) -> &mut $t {
                self.v.get_mut()
            }

            pub fn into_inner(self) -> $t {
                self.v.into_inner()
            }
        }

        impl Default for $name {
            fn default() -> $name {
                $name::new(0)
            }
        }

        impl From<$t> for $name {
            fn from(v: $t) -> $name {
                $name::new(v)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
            }
        }
    };
}

atomic_int!(AtomicI8, i8);
atomic_int!(AtomicU8, u8);
atomic_int!(AtomicI16, i16);
atomic_int!(AtomicU16, u16);
atomic_int!(AtomicI32, i32);
atomic_int!(AtomicU32, u32);
atomic_int!(AtomicI64, i64);
atomic_int!(AtomicU64, u64);
atomic_int!(AtomicIsize, isize);
atomic_int!(AtomicUsize, usize);

/// A raw pointer that can be shared between threads.
#[repr(transparent)]
pub struct AtomicPtr<T> {
    p: UnsafeCell<*mut T>,
}

unsafe impl<T> Send for AtomicPtr<T> {}
unsafe impl<T> Sync for AtomicPtr<T> {}

impl<T> AtomicPtr<T> {
    pub const fn new(p: *mut T) -> AtomicPtr<T> {
        AtomicPtr { p: UnsafeCell::new(p) }
    }

    pub fn load(&self, _order: Ordering) -> *mut T {
        unsafe {
            crate::intrinsics::ferrite_thread_yield();
            *self.p.get()
        }
    }

    fn get(&self) -> *mut T {
        unsafe { *self.p.get() }
    }

    pub fn store(&self, ptr: *mut T, _order: Ordering) {
        unsafe { *self.p.get() = ptr }
    }

    pub fn swap(&self, ptr: *mut T, order: Ordering) -> *mut T {
        let old = self.get();
        self.store(ptr, order);
        old
    }

    pub fn compare_exchange(&self, current: *mut T, new: *mut T, success: Ordering, _failure: Ordering) -> Result<*mut T, *mut T> {
        let old = self.get();
        if old == current {
            self.store(new, success);
            Ok(old)
        } else {
            Err(old)
        }
    }

    pub fn compare_exchange_weak(&self, current: *mut T, new: *mut T, success: Ordering, failure: Ordering) -> Result<*mut T, *mut T> {
        self.compare_exchange(current, new, success, failure)
    }

    #[deprecated(note = "Use `compare_exchange` or `compare_exchange_weak` instead")]
    pub fn compare_and_swap(&self, current: *mut T, new: *mut T, order: Ordering) -> *mut T {
        match self.compare_exchange(current, new, order, order) {
            Ok(v) => v,
            Err(v) => v,
        }
    }

    /// Applies `f` to the pointer and stores its result unless it returns `None`.
    pub fn fetch_update<F: FnMut(*mut T) -> Option<*mut T>>(&self, set_order: Ordering, _fetch_order: Ordering, mut f: F) -> Result<*mut T, *mut T> {
        let old = self.get();
        match f(old) {
            Some(new) => {
                self.store(new, set_order);
                Ok(old)
            }
            None => Err(old),
        }
    }

    /// Offsets the pointer by `val` elements of `T` (wrapping); returns the previous pointer.
    pub fn fetch_ptr_add(&self, val: usize, order: Ordering) -> *mut T {
        let old = self.get();
        self.store(old.wrapping_add(val), order);
        old
    }

    pub fn fetch_ptr_sub(&self, val: usize, order: Ordering) -> *mut T {
        let old = self.get();
        self.store(old.wrapping_sub(val), order);
        old
    }

    /// Offsets the pointer by `val` bytes (wrapping); returns the previous pointer.
    pub fn fetch_byte_add(&self, val: usize, order: Ordering) -> *mut T {
        let old = self.get();
        self.store(old.wrapping_byte_add(val), order);
        old
    }

    pub fn fetch_byte_sub(&self, val: usize, order: Ordering) -> *mut T {
        let old = self.get();
        self.store(old.wrapping_byte_sub(val), order);
        old
    }

    pub fn get_mut(&mut self) -> &mut *mut T {
        self.p.get_mut()
    }

    pub fn into_inner(self) -> *mut T {
        self.p.into_inner()
    }

    pub const fn as_ptr(&self) -> *mut *mut T {
        self.p.get()
    }
}

impl<T> Default for AtomicPtr<T> {
    fn default() -> AtomicPtr<T> {
        AtomicPtr::new(crate::ptr::null_mut())
    }
}

impl<T> From<*mut T> for AtomicPtr<T> {
    fn from(p: *mut T) -> AtomicPtr<T> {
        AtomicPtr::new(p)
    }
}

impl<T> fmt::Debug for AtomicPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.load(Ordering::Relaxed), f)
    }
}

impl<T> fmt::Pointer for AtomicPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.load(Ordering::Relaxed), f)
    }
}
