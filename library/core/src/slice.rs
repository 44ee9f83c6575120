//! Slices: the inherent methods of `[T]` and raw construction.

/// Forms a slice from a pointer and a length.
#[inline]
pub const unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T] {
    crate::intrinsics::transmute::<(*const T, usize), &'a [T]>((data, len))
}

/// Forms a mutable slice from a pointer and a length.
#[inline]
pub unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T] {
    crate::intrinsics::transmute::<(*mut T, usize), &'a mut [T]>((data, len))
}

impl<T> [T] {
    /// The number of elements in the slice.
    #[inline]
    pub const fn len(&self) -> usize {
        unsafe { crate::intrinsics::transmute::<&[T], (*const T, usize)>(self).1 }
    }

    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub const fn as_ptr(&self) -> *const T {
        self as *const [T] as *const T
    }

    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut [T] as *mut T
    }
}
