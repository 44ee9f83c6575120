//! The `Clone` trait.

/// A common trait for the ability to explicitly duplicate an object.
#[lang = "clone"]
pub trait Clone: Sized {
    fn clone(&self) -> Self;

    fn clone_from(&mut self, source: &Self) {
        *self = source.clone()
    }
}

macro_rules! impl_clone {
    ($($t:ty)*) => {
        $(
            impl Clone for $t {
                #[inline(always)]
                fn clone(&self) -> Self {
                    *self
                }
            }
        )*
    };
}

impl_clone! { u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 bool char ! }

impl<T: ?Sized> Clone for *const T {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Clone for *mut T {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Clone for &T {
    fn clone(&self) -> Self {
        *self
    }
}
