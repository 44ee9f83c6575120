//! Inherent methods of `bool`; `char`'s are in `char::methods`.

impl bool {
    /// `Some(f())` if true, else `None`.
    #[inline]
    pub fn then<T, F: crate::ops::FnOnce() -> T>(self, f: F) -> crate::option::Option<T> {
        if self { crate::option::Option::Some(f()) } else { crate::option::Option::None }
    }

    /// `Some(t)` if true, else `None`.
    #[inline]
    pub fn then_some<T>(self, t: T) -> crate::option::Option<T> {
        if self { crate::option::Option::Some(t) } else { crate::option::Option::None }
    }
}
