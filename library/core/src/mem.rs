//! Basic functions for dealing with memory.

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::default::Default;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::intrinsics;
use crate::marker::{Copy, PhantomData};

pub use maybe_uninit::MaybeUninit;

extern "rust-intrinsic" {
    /// The discriminant of the enum `v` points at (0 for other types), widened to an i128.
    fn discriminant_value<T>(v: &T) -> i128;
}

#[inline(always)]
pub const fn size_of<T>() -> usize {
    intrinsics::size_of::<T>()
}

#[inline(always)]
pub const fn align_of<T>() -> usize {
    intrinsics::min_align_of::<T>()
}

/// The alignment of `T` (the former name of `align_of`).
#[inline(always)]
#[deprecated(note = "use `align_of` instead")]
pub fn min_align_of<T>() -> usize {
    intrinsics::min_align_of::<T>()
}

/// The alignment of the pointed-to value (the former name of `align_of_val`).
#[inline]
#[deprecated(note = "use `align_of_val` instead")]
pub fn min_align_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::min_align_of_val(val) }
}

/// The size of the value a raw pointer points at (from its metadata for unsized types).
#[inline]
pub unsafe fn size_of_val_raw<T: ?Sized>(val: *const T) -> usize {
    unsafe { intrinsics::size_of_val(val) }
}

/// The alignment of the value a raw pointer points at.
#[inline]
pub unsafe fn align_of_val_raw<T: ?Sized>(val: *const T) -> usize {
    unsafe { intrinsics::min_align_of_val(val) }
}

/// A `T` "without initialising it": its bytes are all 0x01, as std has made them so that
/// integers and pointers read back something deterministic. Undefined behaviour for most types.
#[inline]
#[deprecated(note = "use `mem::MaybeUninit` instead")]
pub unsafe fn uninitialized<T>() -> T {
    let mut v = MaybeUninit::<T>::uninit();
    unsafe {
        intrinsics::write_bytes(v.as_mut_ptr(), 0x01, 1);
        v.assume_init()
    }
}

/// The offset in bytes of a field from the start of its struct (or of a nested field):
/// `offset_of!(Struct, field)`, `offset_of!(Outer, inner.field)`, `offset_of!((u8, u32), 1)`.
pub macro offset_of($Container:ty, $($fields:tt).+ $(,)?) {
    {
        let uninit = $crate::mem::MaybeUninit::<$Container>::uninit();
        let base = uninit.as_ptr();
        #[allow(unused_unsafe)]
        let field = unsafe { &raw const (*base).$($fields).+ };
        #[allow(unused_unsafe)]
        let offset = unsafe { (field as *const u8).offset_from(base as *const u8) };
        offset as usize
    }
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

/// Whether dropping a `T` runs any code (a `Drop` impl of it or of something it holds).
#[inline]
pub const fn needs_drop<T: ?Sized>() -> bool {
    intrinsics::needs_drop::<T>()
}

/// A `T` whose bytes are all zero; undefined behaviour for types where that is not a valid value.
#[inline]
pub unsafe fn zeroed<T>() -> T {
    unsafe { MaybeUninit::<T>::zeroed().assume_init() }
}

/// Reads `src` as a `Dst` (its first `size_of::<Dst>()` bytes, which need not be aligned).
#[inline]
pub unsafe fn transmute_copy<Src, Dst>(src: &Src) -> Dst {
    if size_of::<Dst>() > size_of::<Src>() {
        crate::panicking::panic("cannot transmute_copy if Dst is larger than Src");
    }
    unsafe { crate::ptr::read_unaligned(src as *const Src as *const Dst) }
}

/// Replaces `*dest` with `T::default()`, returning the previous value.
#[inline]
pub fn take<T: Default>(dest: &mut T) -> T {
    replace(dest, T::default())
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


impl<T> ManuallyDrop<T> {
    /// Moves the value out, leaving the slot to be treated as empty (it must not be used again).
    #[inline]
    pub unsafe fn take(slot: &mut ManuallyDrop<T>) -> T {
        unsafe { crate::ptr::read(&slot.value) }
    }
}

impl<T: ?Sized> ManuallyDrop<T> {
    /// Runs the value's destructor in place (the slot must not be used again).
    #[inline]
    pub unsafe fn drop(slot: &mut ManuallyDrop<T>) {
        unsafe { crate::ptr::drop_in_place(&mut slot.value as *mut T) }
    }
}

impl<T: Clone> Clone for ManuallyDrop<T> {
    fn clone(&self) -> ManuallyDrop<T> {
        ManuallyDrop::new(self.value.clone())
    }
}

impl<T: Copy> Copy for ManuallyDrop<T> {}

impl<T: Default> Default for ManuallyDrop<T> {
    fn default() -> ManuallyDrop<T> {
        ManuallyDrop::new(T::default())
    }
}

impl<T: ?Sized + PartialEq> PartialEq for ManuallyDrop<T> {
    fn eq(&self, other: &ManuallyDrop<T>) -> bool {
        self.value == other.value
    }
}

impl<T: ?Sized + Eq> Eq for ManuallyDrop<T> {}

impl<T: ?Sized + crate::cmp::PartialOrd> crate::cmp::PartialOrd for ManuallyDrop<T> {
    fn partial_cmp(&self, other: &ManuallyDrop<T>) -> crate::option::Option<crate::cmp::Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<T: ?Sized + crate::cmp::Ord> crate::cmp::Ord for ManuallyDrop<T> {
    fn cmp(&self, other: &ManuallyDrop<T>) -> crate::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}

impl<T: ?Sized + Hash> Hash for ManuallyDrop<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for ManuallyDrop<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ManuallyDrop").field("value", &&self.value).finish()
    }
}

// ---- discriminant ----

/// Which variant an enum value is (`mem::discriminant`): equal for values of the same variant.
pub struct Discriminant<T> {
    value: i128,
    _enum: PhantomData<fn() -> T>,
}

/// The discriminant of the enum value `v` (what identifies its variant, whatever the fields).
#[inline]
pub fn discriminant<T>(v: &T) -> Discriminant<T> {
    Discriminant { value: unsafe { discriminant_value(v) }, _enum: PhantomData }
}

impl<T> Copy for Discriminant<T> {}

impl<T> Clone for Discriminant<T> {
    fn clone(&self) -> Discriminant<T> {
        *self
    }
}

impl<T> PartialEq for Discriminant<T> {
    fn eq(&self, rhs: &Discriminant<T>) -> bool {
        self.value == rhs.value
    }
}

impl<T> Eq for Discriminant<T> {}

/// Hashed as the `isize` a discriminant is unless the enum has another `repr`.
impl<T> Hash for Discriminant<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_isize(self.value as isize);
    }
}

impl<T> fmt::Debug for Discriminant<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Discriminant").field(&self.value).finish()
    }
}

// ---- MaybeUninit ----

/// In a module of its own so that `type_name` (and `Debug`) show std's path for it.
mod maybe_uninit {
    use super::ManuallyDrop;
    use crate::clone::Clone;
    use crate::fmt;
    use crate::marker::Copy;

    /// Storage for a `T` that may not hold one yet: nothing is read, dropped or checked until
    /// `assume_init`.
    #[lang = "maybe_uninit"]
    #[repr(transparent)]
    pub union MaybeUninit<T> {
        uninit: (),
        value: ManuallyDrop<T>,
    }

    impl<T: Copy> Clone for MaybeUninit<T> {
        #[inline(always)]
        fn clone(&self) -> MaybeUninit<T> {
            *self
        }
    }

    impl<T: Copy> Copy for MaybeUninit<T> {}

    impl<T> MaybeUninit<T> {
        /// Storage holding `val`.
        #[inline(always)]
        pub const fn new(val: T) -> MaybeUninit<T> {
            MaybeUninit { value: ManuallyDrop::new(val) }
        }

        /// Storage holding nothing yet.
        #[inline(always)]
        pub const fn uninit() -> MaybeUninit<T> {
            MaybeUninit { uninit: () }
        }

        /// Storage whose bytes are all zero (a valid `T` only for some types).
        #[inline]
        pub fn zeroed() -> MaybeUninit<T> {
            let mut u = MaybeUninit::<T>::uninit();
            unsafe { crate::ptr::write_bytes(u.as_mut_ptr() as *mut u8, 0, super::size_of::<T>()) };
            u
        }

        /// Stores `val` (without dropping what was there) and returns a reference to it.
        #[inline(always)]
        pub fn write(&mut self, val: T) -> &mut T {
            *self = MaybeUninit::new(val);
            unsafe { self.assume_init_mut() }
        }

        /// A pointer to the storage.
        #[inline(always)]
        pub const fn as_ptr(&self) -> *const T {
            self as *const MaybeUninit<T> as *const T
        }

        /// A mutable pointer to the storage.
        #[inline(always)]
        pub fn as_mut_ptr(&mut self) -> *mut T {
            self as *mut MaybeUninit<T> as *mut T
        }

        /// The value, which must have been initialised.
        #[inline(always)]
        pub unsafe fn assume_init(self) -> T {
            unsafe { ManuallyDrop::into_inner(self.value) }
        }

        /// A copy of the bits of the value, which must have been initialised.
        #[inline(always)]
        pub unsafe fn assume_init_read(&self) -> T {
            unsafe { crate::ptr::read(self.as_ptr()) }
        }

        /// Drops the value in place, which must have been initialised.
        #[inline]
        pub unsafe fn assume_init_drop(&mut self) {
            unsafe { crate::ptr::drop_in_place(self.as_mut_ptr()) }
        }

        /// A reference to the value, which must have been initialised.
        #[inline(always)]
        pub unsafe fn assume_init_ref(&self) -> &T {
            unsafe { &*self.as_ptr() }
        }

        /// A mutable reference to the value, which must have been initialised.
        #[inline(always)]
        pub unsafe fn assume_init_mut(&mut self) -> &mut T {
            unsafe { &mut *self.as_mut_ptr() }
        }
    }

    impl<T> fmt::Debug for MaybeUninit<T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.pad(crate::any::type_name::<MaybeUninit<T>>())
        }
    }
}
