//! The macros `core` defines for itself and exports.

/// `panic!` as of the 2021 edition: formats its arguments and calls the panic machinery.
#[macro_export]
macro_rules! panic {
    () => (
        $crate::panicking::panic("explicit panic")
    );
    ($($t:tt)+) => (
        $crate::panicking::panic_fmt($crate::format_args!($($t)+))
    );
}

#[macro_export]
macro_rules! assert {
    ($cond:expr $(,)?) => (
        if !$cond {
            $crate::panicking::panic($crate::concat!("assertion failed: ", $crate::stringify!($cond)))
        }
    );
    ($cond:expr, $($arg:tt)+) => (
        if !$cond {
            $crate::panic!($($arg)+)
        }
    );
}

/// Asserts that two expressions are equal (`PartialEq`), printing both with `Debug` if not.
#[macro_export]
macro_rules! assert_eq {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    $crate::panicking::panic_fmt($crate::format_args!(
                        "assertion `left == right` failed\n  left: {:?}\n right: {:?}", &*left_val, &*right_val))
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    $crate::panicking::panic_fmt($crate::format_args!(
                        "assertion `left == right` failed: {}\n  left: {:?}\n right: {:?}",
                        $crate::format_args!($($arg)+), &*left_val, &*right_val))
                }
            }
        }
    };
}

/// Asserts that two expressions are not equal (`PartialEq`).
#[macro_export]
macro_rules! assert_ne {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    $crate::panicking::panic_fmt($crate::format_args!(
                        "assertion `left != right` failed\n  left: {:?}\n right: {:?}", &*left_val, &*right_val))
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    $crate::panicking::panic_fmt($crate::format_args!(
                        "assertion `left != right` failed: {}\n  left: {:?}\n right: {:?}",
                        $crate::format_args!($($arg)+), &*left_val, &*right_val))
                }
            }
        }
    };
}

/// `assert!` in builds with debug assertions (all of Ferrite's builds for now).
#[macro_export]
macro_rules! debug_assert {
    ($($arg:tt)*) => {
        if $crate::cfg!(debug_assertions) {
            $crate::assert!($($arg)*);
        }
    };
}

#[macro_export]
macro_rules! debug_assert_eq {
    ($($arg:tt)*) => {
        if $crate::cfg!(debug_assertions) {
            $crate::assert_eq!($($arg)*);
        }
    };
}

#[macro_export]
macro_rules! debug_assert_ne {
    ($($arg:tt)*) => {
        if $crate::cfg!(debug_assertions) {
            $crate::assert_ne!($($arg)*);
        }
    };
}

/// Whether an expression matches a pattern.
#[macro_export]
macro_rules! matches {
    ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
        match $expression {
            $pattern $(if $guard)? => true,
            _ => false,
        }
    };
}

#[macro_export]
macro_rules! unreachable {
    () => (
        $crate::panicking::panic("internal error: entered unreachable code")
    );
    ($($arg:tt)+) => (
        $crate::panic!("internal error: entered unreachable code: {}", $crate::format_args!($($arg)+))
    );
}

#[macro_export]
macro_rules! todo {
    () => (
        $crate::panicking::panic("not yet implemented")
    );
    ($($arg:tt)+) => (
        $crate::panic!("not yet implemented: {}", $crate::format_args!($($arg)+))
    );
}

#[macro_export]
macro_rules! unimplemented {
    () => (
        $crate::panicking::panic("not implemented")
    );
    ($($arg:tt)+) => (
        $crate::panic!("not implemented: {}", $crate::format_args!($($arg)+))
    );
}

#[macro_export]
macro_rules! write {
    ($dst:expr, $($arg:tt)*) => {
        $dst.write_fmt($crate::format_args!($($arg)*))
    };
}

#[macro_export]
macro_rules! writeln {
    ($dst:expr $(,)?) => {
        $crate::write!($dst, "\n")
    };
    ($dst:expr, $($arg:tt)*) => {
        $dst.write_fmt($crate::format_args_nl!($($arg)*))
    };
}

/// Built-in macros; the compiler expands them (see Ferrite's `expand` phase).
#[rustc_builtin_macro]
#[macro_export]
macro_rules! format_args {
    ($fmt:expr) => {{ /* compiler built-in */ }};
    ($fmt:expr, $($args:tt)*) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! format_args_nl {
    ($fmt:expr) => {{ /* compiler built-in */ }};
    ($fmt:expr, $($args:tt)*) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! concat {
    ($($e:expr),* $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! stringify {
    ($($t:tt)*) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! line {
    () => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! column {
    () => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! file {
    () => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! const_format_args {
    ($fmt:expr) => {{ /* compiler built-in */ }};
    ($fmt:expr, $($args:tt)*) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! module_path {
    () => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! cfg {
    ($($cfg:tt)*) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! compile_error {
    ($msg:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! env {
    ($name:expr $(,)?) => {{ /* compiler built-in */ }};
    ($name:expr, $error_msg:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! option_env {
    ($name:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! include_str {
    ($file:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[rustc_builtin_macro]
#[macro_export]
macro_rules! include_bytes {
    ($file:expr $(,)?) => {{ /* compiler built-in */ }};
}
