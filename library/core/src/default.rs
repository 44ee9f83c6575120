//! The `Default` trait for types with a default value.

/// A trait for giving a type a useful default value.
// the compiler's handle on the trait (rustc's diagnostic item `Default`): borrowck's suggestions
#[lang = "default_trait"]
pub trait Default: Sized {
    fn default() -> Self;
}

macro_rules! default_impl {
    ($($t:ty => $v:expr;)*) => {
        $(
            impl Default for $t {
                #[inline]
                fn default() -> $t {
                    $v
                }
            }
        )*
    };
}

default_impl! {
    () => ();
    bool => false;
    char => '\x00';
    u8 => 0; u16 => 0; u32 => 0; u64 => 0; u128 => 0; usize => 0;
    i8 => 0; i16 => 0; i32 => 0; i64 => 0; i128 => 0; isize => 0;
    f32 => 0.0; f64 => 0.0;
}

impl<T> Default for crate::option::Option<T> {
    fn default() -> crate::option::Option<T> {
        crate::option::Option::None
    }
}

impl Default for &str {
    fn default() -> Self {
        ""
    }
}
