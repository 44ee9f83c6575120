//! Basic functions for dealing with memory.

use crate::intrinsics;

#[inline(always)]
pub const fn size_of<T>() -> usize {
    intrinsics::size_of::<T>()
}

#[inline(always)]
pub const fn align_of<T>() -> usize {
    intrinsics::min_align_of::<T>()
}

/// The size of the pointed-to value in bytes (for a slice or trait object, from its length or vtable).
#[inline]
pub fn size_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::size_of_val(val) }
}

/// The alignment of the pointed-to value in bytes.
#[inline]
pub fn align_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::min_align_of_val(val) }
}

#[inline]
pub unsafe fn transmute<Src, Dst>(src: Src) -> Dst {
    intrinsics::transmute::<Src, Dst>(src)
}

/// Moves `src` into `*dest`, returning the previous value.
#[inline]
pub fn replace<T>(dest: &mut T, src: T) -> T {
    unsafe {
        let result = crate::ptr::read(dest);
        crate::ptr::write(dest, src);
        result
    }
}

/// Swaps the values at two mutable locations.
#[inline]
pub fn swap<T>(x: &mut T, y: &mut T) {
    unsafe {
        let a = crate::ptr::read(x);
        let b = crate::ptr::read(y);
        crate::ptr::write(x, b);
        crate::ptr::write(y, a);
    }
}

/// Takes ownership and "forgets" about the value without running its destructor.
#[lang = "forget"]
pub fn forget<T>(t: T) {
    let _ = ManuallyDrop::new(t);
}

/// Disposes of a value.
pub fn drop<T>(_x: T) {}

/// A wrapper to inhibit the compiler from automatically calling `T`'s destructor.
#[lang = "manually_drop"]
#[repr(transparent)]
pub struct ManuallyDrop<T: ?Sized> {
    value: T,
}

impl<T> ManuallyDrop<T> {
    #[inline(always)]
    pub const fn new(value: T) -> ManuallyDrop<T> {
        ManuallyDrop { value }
    }

    #[inline(always)]
    pub const fn into_inner(slot: ManuallyDrop<T>) -> T {
        slot.value
    }
}

impl<T: ?Sized> crate::ops::Deref for ManuallyDrop<T> {
    type Target = T;

    #[inline(always)]
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: ?Sized> crate::ops::DerefMut for ManuallyDrop<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}
