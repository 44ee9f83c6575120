//! `format!` and `vec!`.

/// Creates a `String` from a format string.
#[macro_export]
macro_rules! format {
    ($($arg:tt)*) => {
        $crate::fmt::format($crate::__export_format_args!($($arg)*))
    };
}

/// Creates a `Vec` of the given elements, or of `n` clones of one.
#[macro_export]
macro_rules! vec {
    () => {
        $crate::vec::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::vec::from_elem($elem, $n)
    };
    ($($x:expr),+ $(,)?) => {
        $crate::vec::Vec::from_array([$($x),+])
    };
}
