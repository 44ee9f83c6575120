//! Primitive traits and types representing basic properties of types.

/// Types with a constant size known at compile time.
#[lang = "sized"]
#[fundamental]
pub trait Sized {}

/// Types that can be "unsized" to a dynamically sized type.
#[lang = "unsize"]
pub trait Unsize<T: ?Sized> {}

/// Types whose values can be duplicated simply by copying bits.
#[lang = "copy"]
pub trait Copy: Clone {}

/// Types that can be transferred across thread boundaries.
#[lang = "send"]
pub unsafe auto trait Send {}

/// Types for which it is safe to share references between threads.
#[lang = "sync"]
pub unsafe auto trait Sync {}

/// Types that do not need to stay pinned.
#[lang = "unpin"]
pub auto trait Unpin {}

/// A marker that makes a type `!Unpin`: a value containing it stays where `Pin` put it.
#[derive(Debug, Default, Copy, Clone, Eq, PartialEq, Ord, PartialOrd, Hash)]
pub struct PhantomPinned;

impl !Unpin for PhantomPinned {}

/// A marker for tuple types, used by the `Fn` traits' argument lists.
#[lang = "tuple_trait"]
pub trait Tuple {}

/// Zero-sized type used to mark things that "act like" they own a `T`.
#[lang = "phantom_data"]
pub struct PhantomData<T: ?Sized>;

impl<T: ?Sized> Clone for PhantomData<T> {
    fn clone(&self) -> Self {
        PhantomData
    }
}

impl<T: ?Sized> Copy for PhantomData<T> {}

impl<T: ?Sized> crate::default::Default for PhantomData<T> {
    fn default() -> Self {
        PhantomData
    }
}

impl<T: ?Sized> crate::cmp::PartialEq for PhantomData<T> {
    fn eq(&self, _other: &PhantomData<T>) -> bool {
        true
    }
}

impl<T: ?Sized> crate::cmp::Eq for PhantomData<T> {}

impl<T: ?Sized> crate::cmp::PartialOrd for PhantomData<T> {
    fn partial_cmp(&self, _other: &PhantomData<T>) -> crate::option::Option<crate::cmp::Ordering> {
        crate::option::Option::Some(crate::cmp::Ordering::Equal)
    }
}

impl<T: ?Sized> crate::cmp::Ord for PhantomData<T> {
    fn cmp(&self, _other: &PhantomData<T>) -> crate::cmp::Ordering {
        crate::cmp::Ordering::Equal
    }
}

impl<T: ?Sized> crate::hash::Hash for PhantomData<T> {
    fn hash<H: crate::hash::Hasher>(&self, _state: &mut H) {}
}

macro_rules! impl_copy {
    ($($t:ty)*) => {
        $(impl Copy for $t {})*
    };
}

impl_copy! { u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 bool char }

impl Copy for ! {}

impl<T: ?Sized> Copy for *const T {}
impl<T: ?Sized> Copy for *mut T {}
impl<T: ?Sized> Copy for &T {}
