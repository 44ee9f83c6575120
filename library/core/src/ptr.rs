//! Raw pointers: the free functions of `core::ptr`, the methods of `*const T` and `*mut T`, and
//! `NonNull`.

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::intrinsics;
use crate::marker::{Copy, Sized, Unsize};
use crate::mem::{self, MaybeUninit};
use crate::ops::CoerceUnsized;
use crate::option::Option::{self, None, Some};

extern "rust-intrinsic" {
    /// `(ptr - base) / size_of::<T>()`; both must point into the same allocation.
    fn ptr_offset_from<T>(ptr: *const T, base: *const T) -> isize;
    /// `ptr` moved by `count` elements, without requiring it to stay in its allocation.
    fn arith_offset<T>(ptr: *const T, count: isize) -> *const T;
}

/// A raw pointer to a place, without making a reference to it first (which would have to be
/// aligned and initialised): `addr_of!((*p).field)`, the same as `&raw const place`.
pub macro addr_of($place:expr $(,)?) {
    &raw const $place
}

/// A raw mutable pointer to a place, without making a reference: `&raw mut place`.
pub macro addr_of_mut($place:expr $(,)?) {
    &raw mut $place
}

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

/// Reads the value at `src`, which need not be aligned for `T`.
#[inline]
pub unsafe fn read_unaligned<T>(src: *const T) -> T {
    let mut tmp = MaybeUninit::<T>::uninit();
    unsafe {
        copy_nonoverlapping(src as *const u8, tmp.as_mut_ptr() as *mut u8, mem::size_of::<T>());
        tmp.assume_init()
    }
}

/// Writes `src` at `dst`, which need not be aligned for `T`, without dropping the old value.
#[inline]
pub unsafe fn write_unaligned<T>(dst: *mut T, src: T) {
    let value = mem::ManuallyDrop::new(src);
    unsafe {
        copy_nonoverlapping(&*value as *const T as *const u8, dst as *mut u8, mem::size_of::<T>());
    }
}

/// A read the compiler may not remove or reorder (here the same as `read`).
#[inline]
pub unsafe fn read_volatile<T>(src: *const T) -> T {
    unsafe { read(src) }
}

/// A write the compiler may not remove or reorder (here the same as `write`).
#[inline]
pub unsafe fn write_volatile<T>(dst: *mut T, src: T) {
    unsafe { write(dst, src) }
}

/// Moves `src` into `*dst`, returning the previous value.
#[inline]
pub unsafe fn replace<T>(dst: *mut T, src: T) -> T {
    unsafe {
        let old = read(dst);
        write(dst, src);
        old
    }
}

/// Copies `count` values of `T` from `src` to `dst`; the two regions may overlap.
#[inline]
pub unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize) {
    intrinsics::copy(src, dst, count)
}

/// Copies `count` values of `T` from `src` to `dst`; the two regions must not overlap.
#[inline]
pub unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize) {
    intrinsics::copy_nonoverlapping(src, dst, count)
}

/// Sets `count * size_of::<T>()` bytes from `dst` to `val`.
#[inline]
pub unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize) {
    intrinsics::write_bytes(dst, val, count)
}

/// Swaps the values at `x` and `y`, which may overlap (then the overlap ends up as `y` was).
#[inline]
pub unsafe fn swap<T>(x: *mut T, y: *mut T) {
    let mut tmp = MaybeUninit::<T>::uninit();
    unsafe {
        copy_nonoverlapping(x as *const T, tmp.as_mut_ptr(), 1);
        copy(y as *const T, x, 1);
        copy_nonoverlapping(tmp.as_ptr(), y, 1);
    }
}

/// Swaps `count` values of `T` at `x` with those at `y`; the two regions must not overlap.
#[inline]
pub unsafe fn swap_nonoverlapping<T>(x: *mut T, y: *mut T, count: usize) {
    let bytes = mem::size_of::<T>() * count;
    if bytes == 0 {
        return;
    }
    // the whole block at once through a scratch buffer: a value that spans several elements (a
    // pointer swapped as bytes) keeps its provenance
    let align = mem::align_of::<T>();
    unsafe {
        let tmp = intrinsics::ferrite_alloc(bytes, align) as *mut T;
        copy_nonoverlapping(x as *const T, tmp, count);
        copy_nonoverlapping(y as *const T, x, count);
        copy_nonoverlapping(tmp as *const T, y, count);
        intrinsics::ferrite_dealloc(tmp as *mut u8, bytes, align);
    }
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

/// A pointer that is not null and is aligned for `T`, but points at nothing.
#[inline(always)]
pub const fn dangling<T>() -> *const T {
    mem::align_of::<T>() as *const T
}

/// A mutable pointer that is not null and is aligned for `T`, but points at nothing.
#[inline(always)]
pub const fn dangling_mut<T>() -> *mut T {
    mem::align_of::<T>() as *mut T
}

/// A pointer with address `addr` and no provenance: it may not be used to access memory.
#[inline(always)]
pub const fn without_provenance<T>(addr: usize) -> *const T {
    addr as *const T
}

/// A mutable pointer with address `addr` and no provenance.
#[inline(always)]
pub const fn without_provenance_mut<T>(addr: usize) -> *mut T {
    addr as *mut T
}

/// A pointer with address `addr`, taking the provenance an earlier `expose_provenance` exposed.
#[inline(always)]
pub fn with_exposed_provenance<T>(addr: usize) -> *const T {
    addr as *const T
}

/// A mutable pointer with address `addr`, taking the provenance exposed before.
#[inline(always)]
pub fn with_exposed_provenance_mut<T>(addr: usize) -> *mut T {
    addr as *mut T
}

/// The reference as a raw pointer.
#[inline(always)]
pub const fn from_ref<T: ?Sized>(r: &T) -> *const T {
    r
}

/// The mutable reference as a raw pointer.
#[inline(always)]
pub fn from_mut<T: ?Sized>(r: &mut T) -> *mut T {
    r
}

/// A raw slice of `len` elements from `data`.
#[inline]
pub const fn slice_from_raw_parts<T>(data: *const T, len: usize) -> *const [T] {
    unsafe { intrinsics::transmute::<(*const T, usize), *const [T]>((data, len)) }
}

/// A mutable raw slice of `len` elements from `data`.
#[inline]
pub fn slice_from_raw_parts_mut<T>(data: *mut T, len: usize) -> *mut [T] {
    unsafe { intrinsics::transmute::<(*mut T, usize), *mut [T]>((data, len)) }
}

/// Whether two pointers are equal (addresses and, for wide pointers, metadata).
#[inline]
pub fn eq<T: ?Sized>(a: *const T, b: *const T) -> bool {
    a == b
}

/// Whether two pointers have the same address, whatever their types and metadata.
#[inline]
pub fn addr_eq<T: ?Sized, U: ?Sized>(p: *const T, q: *const U) -> bool {
    (p as *const ()) == (q as *const ())
}

/// Hashes the pointer's address (not what it points at).
#[inline]
pub fn hash<T: ?Sized, S: Hasher>(hashee: *const T, into: &mut S) {
    into.write_usize(hashee as *const () as usize);
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

    /// The pointer as a pointer to another type (metadata dropped).
    #[inline(always)]
    pub const fn cast<U>(self) -> *const U {
        self as *const U
    }

    /// The pointer as a mutable one.
    #[inline(always)]
    pub const fn cast_mut(self) -> *mut T {
        self as *mut T
    }

    /// The address the pointer holds.
    #[inline(always)]
    pub fn addr(self) -> usize {
        self as *const () as usize
    }

    /// The address, its provenance made available to `with_exposed_provenance`.
    #[inline(always)]
    pub fn expose_provenance(self) -> usize {
        self as *const () as usize
    }


    /// The pointer with its address replaced by `addr`, keeping its provenance (and metadata).
    #[inline]
    pub fn with_addr(self, addr: usize) -> Self {
        self.wrapping_byte_offset((addr as isize).wrapping_sub(self.addr() as isize))
    }

    /// The pointer with its address mapped through `f`, keeping its provenance.
    #[inline]
    pub fn map_addr(self, f: impl FnOnce(usize) -> usize) -> Self {
        self.with_addr(f(self.addr()))
    }

    /// The pointer moved by `count` bytes, which must stay in its allocation (metadata kept).
    #[inline]
    pub unsafe fn byte_offset(self, count: isize) -> Self {
        let mut p = self;
        unsafe {
            let data = &mut p as *mut Self as *mut *const u8;
            *data = intrinsics::offset(*data, count);
        }
        p
    }

    /// The pointer `count` bytes further, in the same allocation.
    #[inline]
    pub unsafe fn byte_add(self, count: usize) -> Self {
        unsafe { self.byte_offset(count as isize) }
    }

    /// The pointer `count` bytes back, in the same allocation.
    #[inline]
    pub unsafe fn byte_sub(self, count: usize) -> Self {
        unsafe { self.byte_offset((0isize).wrapping_sub(count as isize)) }
    }

    /// The pointer moved by `count` bytes with wrapping arithmetic (metadata kept).
    #[inline]
    pub fn wrapping_byte_offset(self, count: isize) -> Self {
        let mut p = self;
        unsafe {
            let data = &mut p as *mut Self as *mut *const u8;
            *data = arith_offset(*data, count);
        }
        p
    }

    #[inline]
    pub fn wrapping_byte_add(self, count: usize) -> Self {
        self.wrapping_byte_offset(count as isize)
    }

    #[inline]
    pub fn wrapping_byte_sub(self, count: usize) -> Self {
        self.wrapping_byte_offset((0isize).wrapping_sub(count as isize))
    }

    /// The distance in bytes from `origin` to this pointer (same allocation).
    #[inline]
    pub unsafe fn byte_offset_from<U: ?Sized>(self, origin: *const U) -> isize {
        unsafe { ptr_offset_from(self as *const u8, origin as *const u8) }
    }

    /// Whether the address is a multiple of `align` (a power of two).
    #[inline]
    pub fn is_aligned_to(self, align: usize) -> bool {
        if !align.is_power_of_two() {
            crate::panicking::panic("is_aligned_to: align is not a power-of-two");
        }
        self.addr() & (align - 1) == 0
    }
    /// A shared reference to the value, or `None` for a null pointer.
    #[inline]
    pub unsafe fn as_ref<'a>(self) -> Option<&'a T> {
        if self.is_null() { None } else { Some(unsafe { &*self }) }
    }

    /// This pointer's address and provenance with `meta`'s metadata (length or vtable).
    #[inline]
    pub fn with_metadata_of<U: ?Sized>(self, meta: *const U) -> *const U {
        (self as *mut T).with_metadata_of(meta) as *const U
    }
}

impl<T> *const T {
    /// How many elements to move the pointer by to make it aligned to `align` (a power of two);
    /// `usize::MAX` if no number of whole elements gets there.
    #[inline]
    pub fn align_offset(self, align: usize) -> usize {
        if !align.is_power_of_two() {
            crate::panicking::panic("align_offset: align is not a power-of-two");
        }
        let rem = self.addr() & (align - 1);
        if rem == 0 {
            return 0;
        }
        let size = mem::size_of::<T>();
        let bytes = align - rem;
        if size == 0 || bytes % size != 0 {
            // elements of this size step over the aligned addresses (or do not move at all)
            let mut n = 0usize;
            if size != 0 {
                while n < align {
                    if (self.addr().wrapping_add(n * size)) & (align - 1) == 0 {
                        return n;
                    }
                    n += 1;
                }
            }
            return usize::MAX;
        }
        bytes / size
    }

    /// The pointer `count` elements further.
    #[inline]
    pub const unsafe fn add(self, count: usize) -> Self {
        intrinsics::offset(self, count)
    }

    /// The pointer `count` elements back.
    #[inline]
    pub unsafe fn sub(self, count: usize) -> Self {
        intrinsics::offset(self, (0isize).wrapping_sub(count as isize))
    }

    /// The pointer moved by `count` elements (either way).
    #[inline]
    pub const unsafe fn offset(self, count: isize) -> Self {
        intrinsics::offset(self, count)
    }

    /// The pointer `count` elements further, with wrapping arithmetic (it need not stay in bounds).
    #[inline]
    pub fn wrapping_add(self, count: usize) -> Self {
        unsafe { arith_offset(self, count as isize) }
    }

    /// The pointer `count` elements back, with wrapping arithmetic.
    #[inline]
    pub fn wrapping_sub(self, count: usize) -> Self {
        unsafe { arith_offset(self, (0isize).wrapping_sub(count as isize)) }
    }

    /// The pointer moved by `count` elements, with wrapping arithmetic.
    #[inline]
    pub fn wrapping_offset(self, count: isize) -> Self {
        unsafe { arith_offset(self, count) }
    }

    /// The distance in elements from `origin` to this pointer (same allocation).
    #[inline]
    pub unsafe fn offset_from(self, origin: *const T) -> isize {
        unsafe { ptr_offset_from(self, origin) }
    }

    /// The distance in elements from `origin`, which must not be after this pointer.
    #[inline]
    pub unsafe fn offset_from_unsigned(self, origin: *const T) -> usize {
        let d = unsafe { ptr_offset_from(self, origin) };
        if d < 0 {
            crate::panicking::panic("unsafe precondition(s) violated: ptr::offset_from_unsigned requires `self >= origin`");
        }
        d as usize
    }

    /// Reads the value without moving it.
    #[inline]
    pub unsafe fn read(self) -> T {
        unsafe { read(self) }
    }

    /// Reads the value, which need not be aligned.
    #[inline]
    pub unsafe fn read_unaligned(self) -> T {
        unsafe { read_unaligned(self) }
    }

    /// Reads the value (volatile).
    #[inline]
    pub unsafe fn read_volatile(self) -> T {
        unsafe { read_volatile(self) }
    }

    /// Copies `count` values to `dest` (the regions may overlap).
    #[inline]
    pub unsafe fn copy_to(self, dest: *mut T, count: usize) {
        unsafe { copy(self, dest, count) }
    }

    /// Copies `count` values to `dest` (the regions must not overlap).
    #[inline]
    pub unsafe fn copy_to_nonoverlapping(self, dest: *mut T, count: usize) {
        unsafe { copy_nonoverlapping(self, dest, count) }
    }

    /// Whether the pointer is aligned for `T`.
    #[inline]
    pub fn is_aligned(self) -> bool {
        self.addr() % mem::align_of::<T>() == 0
    }
}

impl<T> *const [T] {
    /// The number of elements of the raw slice.
    #[inline]
    pub const fn len(self) -> usize {
        unsafe { intrinsics::transmute::<*const [T], (*const T, usize)>(self).1 }
    }

    /// Whether the raw slice has no elements.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }
}

impl<T: ?Sized> *mut T {
    /// Whether the pointer is null.
    #[inline]
    pub fn is_null(self) -> bool {
        self as *mut u8 as usize == 0
    }

    /// The pointer as a pointer to another type (metadata dropped).
    #[inline(always)]
    pub const fn cast<U>(self) -> *mut U {
        self as *mut U
    }

    /// The pointer as a shared one.
    #[inline(always)]
    pub const fn cast_const(self) -> *const T {
        self as *const T
    }

    /// The address the pointer holds.
    #[inline(always)]
    pub fn addr(self) -> usize {
        self as *const () as usize
    }

    /// The address, its provenance made available to `with_exposed_provenance_mut`.
    #[inline(always)]
    pub fn expose_provenance(self) -> usize {
        self as *const () as usize
    }

    /// A shared reference to the value, or `None` for a null pointer.
    #[inline]
    pub unsafe fn as_ref<'a>(self) -> Option<&'a T> {
        if self.is_null() { None } else { Some(unsafe { &*self }) }
    }

    /// A mutable reference to the value, or `None` for a null pointer.
    #[inline]
    pub unsafe fn as_mut<'a>(self) -> Option<&'a mut T> {
        if self.is_null() { None } else { Some(unsafe { &mut *self }) }
    }


    /// The pointer with its address replaced by `addr`, keeping its provenance (and metadata).
    #[inline]
    pub fn with_addr(self, addr: usize) -> Self {
        self.wrapping_byte_offset((addr as isize).wrapping_sub(self.addr() as isize))
    }

    /// The pointer with its address mapped through `f`, keeping its provenance.
    #[inline]
    pub fn map_addr(self, f: impl FnOnce(usize) -> usize) -> Self {
        self.with_addr(f(self.addr()))
    }

    /// The pointer moved by `count` bytes, which must stay in its allocation (metadata kept).
    #[inline]
    pub unsafe fn byte_offset(self, count: isize) -> Self {
        let mut p = self;
        unsafe {
            let data = &mut p as *mut Self as *mut *const u8;
            *data = intrinsics::offset(*data, count);
        }
        p
    }

    /// The pointer `count` bytes further, in the same allocation.
    #[inline]
    pub unsafe fn byte_add(self, count: usize) -> Self {
        unsafe { self.byte_offset(count as isize) }
    }

    /// The pointer `count` bytes back, in the same allocation.
    #[inline]
    pub unsafe fn byte_sub(self, count: usize) -> Self {
        unsafe { self.byte_offset((0isize).wrapping_sub(count as isize)) }
    }

    /// The pointer moved by `count` bytes with wrapping arithmetic (metadata kept).
    #[inline]
    pub fn wrapping_byte_offset(self, count: isize) -> Self {
        let mut p = self;
        unsafe {
            let data = &mut p as *mut Self as *mut *const u8;
            *data = arith_offset(*data, count);
        }
        p
    }

    #[inline]
    pub fn wrapping_byte_add(self, count: usize) -> Self {
        self.wrapping_byte_offset(count as isize)
    }

    #[inline]
    pub fn wrapping_byte_sub(self, count: usize) -> Self {
        self.wrapping_byte_offset((0isize).wrapping_sub(count as isize))
    }

    /// The distance in bytes from `origin` to this pointer (same allocation).
    #[inline]
    pub unsafe fn byte_offset_from<U: ?Sized>(self, origin: *const U) -> isize {
        unsafe { ptr_offset_from(self as *const u8, origin as *const u8) }
    }

    /// Whether the address is a multiple of `align` (a power of two).
    #[inline]
    pub fn is_aligned_to(self, align: usize) -> bool {
        if !align.is_power_of_two() {
            crate::panicking::panic("is_aligned_to: align is not a power-of-two");
        }
        self.addr() & (align - 1) == 0
    }
    /// Runs the destructor of the value pointed at.
    #[inline]
    pub unsafe fn drop_in_place(self) {
        unsafe { drop_in_place(self) }
    }

    /// This pointer's address and provenance with `meta`'s metadata (length or vtable).
    #[inline]
    pub fn with_metadata_of<U: ?Sized>(self, meta: *const U) -> *mut U {
        let mut out = meta as *mut U;
        // a pointer's address comes first, its metadata (if any) after it: replace the address
        unsafe { *(&raw mut out as *mut *mut u8) = self as *mut u8 };
        out
    }
}

impl<T> *mut T {
    /// How many elements to move the pointer by to make it aligned to `align` (a power of two);
    /// `usize::MAX` if no number of whole elements gets there.
    #[inline]
    pub fn align_offset(self, align: usize) -> usize {
        if !align.is_power_of_two() {
            crate::panicking::panic("align_offset: align is not a power-of-two");
        }
        let rem = self.addr() & (align - 1);
        if rem == 0 {
            return 0;
        }
        let size = mem::size_of::<T>();
        let bytes = align - rem;
        if size == 0 || bytes % size != 0 {
            // elements of this size step over the aligned addresses (or do not move at all)
            let mut n = 0usize;
            if size != 0 {
                while n < align {
                    if (self.addr().wrapping_add(n * size)) & (align - 1) == 0 {
                        return n;
                    }
                    n += 1;
                }
            }
            return usize::MAX;
        }
        bytes / size
    }

    /// The pointer `count` elements further.
    #[inline]
    pub const unsafe fn add(self, count: usize) -> Self {
        intrinsics::offset(self, count)
    }

    /// The pointer `count` elements back.
    #[inline]
    pub unsafe fn sub(self, count: usize) -> Self {
        intrinsics::offset(self, (0isize).wrapping_sub(count as isize))
    }

    /// The pointer moved by `count` elements (either way).
    #[inline]
    pub const unsafe fn offset(self, count: isize) -> Self {
        intrinsics::offset(self, count)
    }

    /// The pointer `count` elements further, with wrapping arithmetic (it need not stay in bounds).
    #[inline]
    pub fn wrapping_add(self, count: usize) -> Self {
        unsafe { arith_offset(self as *const T, count as isize) as *mut T }
    }

    /// The pointer `count` elements back, with wrapping arithmetic.
    #[inline]
    pub fn wrapping_sub(self, count: usize) -> Self {
        unsafe { arith_offset(self as *const T, (0isize).wrapping_sub(count as isize)) as *mut T }
    }

    /// The pointer moved by `count` elements, with wrapping arithmetic.
    #[inline]
    pub fn wrapping_offset(self, count: isize) -> Self {
        unsafe { arith_offset(self as *const T, count) as *mut T }
    }

    /// The distance in elements from `origin` to this pointer (same allocation).
    #[inline]
    pub unsafe fn offset_from(self, origin: *const T) -> isize {
        unsafe { ptr_offset_from(self as *const T, origin) }
    }

    /// The distance in elements from `origin`, which must not be after this pointer.
    #[inline]
    pub unsafe fn offset_from_unsigned(self, origin: *const T) -> usize {
        unsafe { (self as *const T).offset_from_unsigned(origin) }
    }

    /// Reads the value without moving it.
    #[inline]
    pub unsafe fn read(self) -> T {
        unsafe { read(self) }
    }

    /// Reads the value, which need not be aligned.
    #[inline]
    pub unsafe fn read_unaligned(self) -> T {
        unsafe { read_unaligned(self) }
    }

    /// Reads the value (volatile).
    #[inline]
    pub unsafe fn read_volatile(self) -> T {
        unsafe { read_volatile(self) }
    }

    /// Writes `val` without dropping the old value.
    #[inline]
    pub unsafe fn write(self, val: T) {
        unsafe { write(self, val) }
    }

    /// Writes `val`, at an address that need not be aligned.
    #[inline]
    pub unsafe fn write_unaligned(self, val: T) {
        unsafe { write_unaligned(self, val) }
    }

    /// Writes `val` (volatile).
    #[inline]
    pub unsafe fn write_volatile(self, val: T) {
        unsafe { write_volatile(self, val) }
    }

    /// Sets the bytes of `count` values to `val`.
    #[inline]
    pub unsafe fn write_bytes(self, val: u8, count: usize) {
        unsafe { write_bytes(self, val, count) }
    }

    /// Replaces the value, returning the old one.
    #[inline]
    pub unsafe fn replace(self, src: T) -> T {
        unsafe { replace(self, src) }
    }

    /// Swaps the values at two pointers (which may overlap).
    #[inline]
    pub unsafe fn swap(self, with: *mut T) {
        unsafe { swap(self, with) }
    }

    /// Copies `count` values to `dest` (the regions may overlap).
    #[inline]
    pub unsafe fn copy_to(self, dest: *mut T, count: usize) {
        unsafe { copy(self as *const T, dest, count) }
    }

    /// Copies `count` values to `dest` (the regions must not overlap).
    #[inline]
    pub unsafe fn copy_to_nonoverlapping(self, dest: *mut T, count: usize) {
        unsafe { copy_nonoverlapping(self as *const T, dest, count) }
    }

    /// Copies `count` values from `src` (the regions may overlap).
    #[inline]
    pub unsafe fn copy_from(self, src: *const T, count: usize) {
        unsafe { copy(src, self, count) }
    }

    /// Copies `count` values from `src` (the regions must not overlap).
    #[inline]
    pub unsafe fn copy_from_nonoverlapping(self, src: *const T, count: usize) {
        unsafe { copy_nonoverlapping(src, self, count) }
    }

    /// Whether the pointer is aligned for `T`.
    #[inline]
    pub fn is_aligned(self) -> bool {
        self.addr() % mem::align_of::<T>() == 0
    }
}

impl<T> *mut [T] {
    /// The number of elements of the raw slice.
    #[inline]
    pub const fn len(self) -> usize {
        unsafe { intrinsics::transmute::<*mut [T], (*mut T, usize)>(self).1 }
    }

    /// Whether the raw slice has no elements.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.len() == 0
    }
}

// Comparisons of raw pointers: by address (the operators on raw pointers are builtin, also where
// these impls exist, so the bodies compare with them).
macro_rules! raw_ptr_cmp {
    ($($p:ty)*) => {
        $(
            impl<T: ?Sized> PartialEq for $p {
                #[inline]
                fn eq(&self, other: &$p) -> bool {
                    *self == *other
                }
            }

            impl<T: ?Sized> Eq for $p {}

            impl<T: ?Sized> PartialOrd for $p {
                #[inline]
                fn partial_cmp(&self, other: &$p) -> Option<Ordering> {
                    Some(self.cmp(other))
                }
            }

            impl<T: ?Sized> Ord for $p {
                #[inline]
                fn cmp(&self, other: &$p) -> Ordering {
                    if *self < *other {
                        Ordering::Less
                    } else if *self == *other {
                        Ordering::Equal
                    } else {
                        Ordering::Greater
                    }
                }
            }

            impl<T> Hash for $p {
                fn hash<H: Hasher>(&self, state: &mut H) {
                    state.write_usize(*self as usize);
                }
            }
        )*
    };
}

raw_ptr_cmp! { *const T *mut T }

// ---- NonNull ----

/// A `*mut T` that is never null (so `Option<NonNull<T>>` is the size of a pointer).
#[repr(transparent)]
#[rustc_layout_scalar_valid_range_start(1)]
#[rustc_nonnull_optimization_guaranteed]
pub struct NonNull<T: ?Sized> {
    pointer: *const T,
}

impl<T> NonNull<T> {
    /// A pointer that is not null and aligned for `T`, but points at nothing.
    #[inline]
    pub const fn dangling() -> NonNull<T> {
        unsafe { NonNull { pointer: dangling::<T>() } }
    }

    /// The pointer `count` elements further.
    #[inline]
    pub unsafe fn add(self, count: usize) -> NonNull<T> {
        unsafe { NonNull { pointer: self.pointer.add(count) } }
    }

    /// The pointer `count` elements back.
    #[inline]
    pub unsafe fn sub(self, count: usize) -> NonNull<T> {
        unsafe { NonNull { pointer: self.pointer.sub(count) } }
    }

    /// The pointer moved by `count` elements.
    #[inline]
    pub unsafe fn offset(self, count: isize) -> NonNull<T> {
        unsafe { NonNull { pointer: self.pointer.offset(count) } }
    }

    /// The distance in elements from `origin`.
    #[inline]
    pub unsafe fn offset_from(self, origin: NonNull<T>) -> isize {
        unsafe { self.pointer.offset_from(origin.pointer) }
    }

    /// Reads the value without moving it.
    #[inline]
    pub unsafe fn read(self) -> T {
        unsafe { read(self.pointer) }
    }

    /// Writes `val` without dropping the old value.
    #[inline]
    pub unsafe fn write(self, val: T) {
        unsafe { write(self.pointer as *mut T, val) }
    }

    /// Replaces the value, returning the old one.
    #[inline]
    pub unsafe fn replace(self, src: T) -> T {
        unsafe { replace(self.pointer as *mut T, src) }
    }

    /// Swaps the values at two pointers.
    #[inline]
    pub unsafe fn swap(self, with: NonNull<T>) {
        unsafe { swap(self.pointer as *mut T, with.pointer as *mut T) }
    }
}

impl<T: ?Sized> NonNull<T> {
    /// `ptr` as a `NonNull`, or `None` if it is null.
    #[inline]
    pub fn new(ptr: *mut T) -> Option<NonNull<T>> {
        if ptr.is_null() { None } else { Some(unsafe { NonNull { pointer: ptr as *const T } }) }
    }

    /// `ptr`, which must not be null, as a `NonNull`.
    #[inline]
    pub const unsafe fn new_unchecked(ptr: *mut T) -> NonNull<T> {
        unsafe { NonNull { pointer: ptr as *const T } }
    }

    /// The reference as a `NonNull`.
    #[inline]
    pub fn from_ref(r: &T) -> NonNull<T> {
        unsafe { NonNull { pointer: r as *const T } }
    }

    /// The mutable reference as a `NonNull`.
    #[inline]
    pub fn from_mut(r: &mut T) -> NonNull<T> {
        unsafe { NonNull { pointer: r as *mut T as *const T } }
    }

    /// The pointer as a `*mut T`.
    #[inline(always)]
    pub const fn as_ptr(self) -> *mut T {
        self.pointer as *mut T
    }

    /// A shared reference to the value.
    #[inline(always)]
    pub unsafe fn as_ref<'a>(&self) -> &'a T {
        unsafe { &*self.pointer }
    }

    /// A mutable reference to the value.
    #[inline(always)]
    pub unsafe fn as_mut<'a>(&mut self) -> &'a mut T {
        unsafe { &mut *(self.pointer as *mut T) }
    }

    /// The pointer as a pointer to another type.
    #[inline]
    pub const fn cast<U>(self) -> NonNull<U> {
        unsafe { NonNull { pointer: self.pointer as *const U } }
    }

    /// The address the pointer holds.
    #[inline]
    pub fn addr(self) -> usize {
        self.pointer as *const () as usize
    }

    /// Runs the destructor of the value pointed at.
    #[inline]
    pub unsafe fn drop_in_place(self) {
        unsafe { drop_in_place(self.pointer as *mut T) }
    }
}

impl<T> NonNull<[T]> {
    /// A non-null raw slice of `len` elements from `data`.
    #[inline]
    pub fn slice_from_raw_parts(data: NonNull<T>, len: usize) -> NonNull<[T]> {
        unsafe { NonNull { pointer: slice_from_raw_parts(data.pointer, len) } }
    }

    /// The number of elements of the slice.
    #[inline]
    pub fn len(self) -> usize {
        self.pointer.len()
    }

    /// Whether the slice has no elements.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.pointer.len() == 0
    }
}

impl<T: ?Sized> Clone for NonNull<T> {
    #[inline(always)]
    fn clone(&self) -> NonNull<T> {
        *self
    }
}

impl<T: ?Sized> Copy for NonNull<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<NonNull<U>> for NonNull<T> {}

impl<T: ?Sized> PartialEq for NonNull<T> {
    #[inline]
    fn eq(&self, other: &NonNull<T>) -> bool {
        self.pointer == other.pointer
    }
}

impl<T: ?Sized> Eq for NonNull<T> {}

impl<T: ?Sized> PartialOrd for NonNull<T> {
    #[inline]
    fn partial_cmp(&self, other: &NonNull<T>) -> Option<Ordering> {
        Some(Ord::cmp(self, other))
    }
}

impl<T: ?Sized> Ord for NonNull<T> {
    #[inline]
    fn cmp(&self, other: &NonNull<T>) -> Ordering {
        if self.pointer < other.pointer {
            Ordering::Less
        } else if self.pointer == other.pointer {
            Ordering::Equal
        } else {
            Ordering::Greater
        }
    }
}

impl<T: ?Sized> Hash for NonNull<T> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash(self.pointer, state)
    }
}

impl<T: ?Sized> fmt::Debug for NonNull<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.pointer, f)
    }
}

impl<T: ?Sized> fmt::Pointer for NonNull<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.pointer, f)
    }
}

impl<'a, T: ?Sized> crate::convert::From<&'a T> for NonNull<T> {
    #[inline]
    fn from(r: &'a T) -> NonNull<T> {
        NonNull::from_ref(r)
    }
}

impl<'a, T: ?Sized> crate::convert::From<&'a mut T> for NonNull<T> {
    #[inline]
    fn from(r: &'a mut T) -> NonNull<T> {
        NonNull::from_mut(r)
    }
}
