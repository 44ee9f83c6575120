//! `RawVec`: the buffer under `Vec` and `VecDeque`, an allocation for `capacity` elements that
//! knows nothing about which of them are initialised, and std's growth policy.
//!
//! A buffer grows to the larger of twice its capacity and what is needed, and to at least
//! `min_non_zero_cap` elements, so `capacity()` follows the same sequence as with rustc's std.
//! Zero-sized elements never allocate and report a capacity of `usize::MAX`.

use core::alloc::Layout;
use core::cmp;
use core::marker::PhantomData;
use core::mem;
use core::ptr;

use crate::alloc::handle_alloc_error;
use crate::collections::TryReserveError;
use crate::collections::TryReserveErrorKind::{AllocError, CapacityOverflow};

pub(crate) struct RawVec<T> {
    /// Dangling (aligned, never dereferenced) while nothing is allocated.
    ptr: *mut T,
    /// The number of elements allocated: 0 while nothing is, and always for zero-sized `T`.
    cap: usize,
    _marker: PhantomData<T>,
}

/// The capacity of a buffer's first allocation at the least: growing tiny buffers one element at
/// a time would reallocate for nothing.
pub(crate) fn min_non_zero_cap<T>() -> usize {
    let elem_size = mem::size_of::<T>();
    if elem_size == 1 {
        8
    } else if elem_size <= 1024 {
        4
    } else {
        1
    }
}

/// The layout of `cap` elements, or `CapacityOverflow` if it would exceed `isize::MAX` bytes.
fn layout_array<T>(cap: usize) -> Result<Layout, TryReserveError> {
    match Layout::array::<T>(cap) {
        Ok(layout) => Ok(layout),
        Err(_) => Err(CapacityOverflow.into()),
    }
}

/// What the infallible methods do when a reservation fails: panic for an impossible capacity,
/// abort when the allocator has no memory. (Not `#[track_caller]`: std reports these panics at
/// its own source too.)
pub(crate) fn handle_error(e: TryReserveError) -> ! {
    match e.kind() {
        CapacityOverflow => capacity_overflow(),
        AllocError { layout, .. } => handle_alloc_error(layout),
    }
}

fn capacity_overflow() -> ! {
    panic!("capacity overflow");
}

impl<T> RawVec<T> {
    /// A buffer that allocates nothing.
    #[inline]
    pub(crate) const fn new() -> RawVec<T> {
        RawVec { ptr: ptr::dangling_mut(), cap: 0, _marker: PhantomData }
    }

    /// A buffer of exactly `capacity` elements.
    pub(crate) fn with_capacity(capacity: usize) -> RawVec<T> {
        match RawVec::try_with_capacity(capacity) {
            Ok(buf) => buf,
            Err(e) => handle_error(e),
        }
    }

    pub(crate) fn try_with_capacity(capacity: usize) -> Result<RawVec<T>, TryReserveError> {
        let layout = layout_array::<T>(capacity)?;
        if layout.size() == 0 {
            return Ok(RawVec::new());
        }
        let p = unsafe { core::intrinsics::ferrite_alloc(layout.size(), layout.align()) };
        if p.is_null() {
            return Err(AllocError { layout, non_exhaustive: () }.into());
        }
        Ok(RawVec { ptr: p as *mut T, cap: capacity, _marker: PhantomData })
    }

    /// The buffer of a pointer and capacity that came from a `RawVec` (through a `Vec`).
    ///
    /// # Safety
    /// `ptr` was allocated for `capacity` elements of `T` by this allocator (or is dangling with
    /// a capacity of 0, or `T` is zero-sized).
    #[inline]
    pub(crate) unsafe fn from_raw_parts(ptr: *mut T, capacity: usize) -> RawVec<T> {
        let cap = if mem::size_of::<T>() == 0 { 0 } else { capacity };
        RawVec { ptr, cap, _marker: PhantomData }
    }

    #[inline]
    pub(crate) fn ptr(&self) -> *mut T {
        self.ptr
    }

    #[inline]
    pub(crate) fn capacity(&self) -> usize {
        if mem::size_of::<T>() == 0 { usize::MAX } else { self.cap }
    }

    /// The allocation and its layout, if there is one.
    fn current_memory(&self) -> Option<(*mut u8, Layout)> {
        if mem::size_of::<T>() == 0 || self.cap == 0 {
            return None;
        }
        let layout = unsafe { Layout::from_size_align_unchecked(mem::size_of::<T>() * self.cap, mem::align_of::<T>()) };
        Some((self.ptr as *mut u8, layout))
    }

    #[inline]
    fn needs_to_grow(&self, len: usize, additional: usize) -> bool {
        additional > self.capacity().wrapping_sub(len)
    }

    /// Grows a full buffer (`len == capacity`) to hold at least one more element.
    pub(crate) fn grow_one(&mut self) {
        if let Err(e) = self.grow_amortized(self.cap, 1) {
            handle_error(e);
        }
    }

    /// Makes room for `additional` elements after the first `len`, growing amortized.
    pub(crate) fn reserve(&mut self, len: usize, additional: usize) {
        if self.needs_to_grow(len, additional) {
            if let Err(e) = self.grow_amortized(len, additional) {
                handle_error(e);
            }
        }
    }

    pub(crate) fn try_reserve(&mut self, len: usize, additional: usize) -> Result<(), TryReserveError> {
        if self.needs_to_grow(len, additional) { self.grow_amortized(len, additional) } else { Ok(()) }
    }

    /// Makes room for exactly `additional` elements after the first `len` when there is not enough.
    pub(crate) fn reserve_exact(&mut self, len: usize, additional: usize) {
        if let Err(e) = self.try_reserve_exact(len, additional) {
            handle_error(e);
        }
    }

    pub(crate) fn try_reserve_exact(&mut self, len: usize, additional: usize) -> Result<(), TryReserveError> {
        if self.needs_to_grow(len, additional) { self.grow_exact(len, additional) } else { Ok(()) }
    }

    /// Shrinks the allocation to `cap` elements (freeing it for 0).
    pub(crate) fn shrink_to_fit(&mut self, cap: usize) {
        if let Err(e) = self.shrink(cap) {
            handle_error(e);
        }
    }

    fn grow_amortized(&mut self, len: usize, additional: usize) -> Result<(), TryReserveError> {
        let elem_size = mem::size_of::<T>();
        if elem_size == 0 {
            // the capacity is usize::MAX already, so the buffer is overfull
            return Err(CapacityOverflow.into());
        }
        let required = match len.checked_add(additional) {
            Some(required) => required,
            None => return Err(CapacityOverflow.into()),
        };
        let cap = cmp::max(self.cap * 2, required);
        let cap = cmp::max(min_non_zero_cap::<T>(), cap);
        self.finish_grow(cap)
    }

    fn grow_exact(&mut self, len: usize, additional: usize) -> Result<(), TryReserveError> {
        if mem::size_of::<T>() == 0 {
            return Err(CapacityOverflow.into());
        }
        match len.checked_add(additional) {
            Some(cap) => self.finish_grow(cap),
            None => Err(CapacityOverflow.into()),
        }
    }

    fn finish_grow(&mut self, cap: usize) -> Result<(), TryReserveError> {
        let new_layout = layout_array::<T>(cap)?;
        let p = unsafe {
            match self.current_memory() {
                Some((old, old_layout)) => {
                    core::intrinsics::ferrite_realloc(old, old_layout.size(), old_layout.align(), new_layout.size())
                }
                None => core::intrinsics::ferrite_alloc(new_layout.size(), new_layout.align()),
            }
        };
        if p.is_null() {
            return Err(AllocError { layout: new_layout, non_exhaustive: () }.into());
        }
        self.ptr = p as *mut T;
        self.cap = cap;
        Ok(())
    }

    fn shrink(&mut self, cap: usize) -> Result<(), TryReserveError> {
        assert!(cap <= self.capacity(), "Tried to shrink to a larger capacity");
        let (p, layout) = match self.current_memory() {
            Some(memory) => memory,
            None => return Ok(()),
        };
        if cap == 0 {
            unsafe { core::intrinsics::ferrite_dealloc(p, layout.size(), layout.align()) };
            self.ptr = ptr::dangling_mut();
            self.cap = 0;
        } else {
            let new_layout = unsafe { Layout::from_size_align_unchecked(mem::size_of::<T>() * cap, layout.align()) };
            let np = unsafe { core::intrinsics::ferrite_realloc(p, layout.size(), layout.align(), new_layout.size()) };
            if np.is_null() {
                return Err(AllocError { layout: new_layout, non_exhaustive: () }.into());
            }
            self.ptr = np as *mut T;
            self.cap = cap;
        }
        Ok(())
    }
}

impl<T> Drop for RawVec<T> {
    /// Frees the allocation; the elements are the owner's business.
    fn drop(&mut self) {
        if let Some((p, layout)) = self.current_memory() {
            unsafe { core::intrinsics::ferrite_dealloc(p, layout.size(), layout.align()) };
        }
    }
}
