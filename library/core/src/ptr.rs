//! Raw pointers.

use crate::intrinsics;

/// Reads the value from `src` without moving it.
#[inline]
pub unsafe fn read<T>(src: *const T) -> T {
    intrinsics::read_via_copy(src)
}

/// Overwrites a memory location with the given value without reading or dropping the old value.
#[inline]
pub unsafe fn write<T>(dst: *mut T, src: T) {
    intrinsics::write_via_move(dst, src)
}

/// Creates a null raw pointer.
#[inline(always)]
pub const fn null<T>() -> *const T {
    0 as *const T
}

/// Creates a null mutable raw pointer.
#[inline(always)]
pub const fn null_mut<T>() -> *mut T {
    0 as *mut T
}

/// Whether two pointers are equal (addresses and, for wide pointers, metadata).
#[inline]
pub fn eq<T: ?Sized>(a: *const T, b: *const T) -> bool {
    a == b
}

/// Executes the destructor (if any) of the pointed-to value.
#[lang = "drop_in_place"]
pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T) {
    // The compiler replaces calls to this function with the type's drop glue.
    drop_in_place(to_drop)
}

impl<T: ?Sized> *const T {
    /// Whether the pointer is null.
    #[inline]
    pub fn is_null(self) -> bool {
        self as *const u8 as usize == 0
    }

    /// The pointer `count` elements further.
    #[inline]
    pub const unsafe fn add(self, count: usize) -> Self
    where
        T: Sized,
    {
        intrinsics::offset(self, count)
    }
}

impl<T: ?Sized> *mut T {
    /// Whether the pointer is null.
    #[inline]
    pub fn is_null(self) -> bool {
        self as *mut u8 as usize == 0
    }

    /// The pointer `count` elements further.
    #[inline]
    pub const unsafe fn add(self, count: usize) -> Self
    where
        T: Sized,
    {
        intrinsics::offset(self, count)
    }
}
