//! FFI helpers: C strings (`CStr`, `CString`), C's types (`c_int`, ...), and the platform's
//! strings (`OsStr`, `OsString`: arbitrary bytes on Unix, usually UTF-8).

mod os_str;

pub use alloc::ffi::{CString, FromVecWithNulError, IntoStringError, NulError};
pub use core::ffi::{c_char, c_double, c_float, c_int, c_long, c_longlong, c_schar, c_short, c_uchar, c_uint, c_ulong, c_ulonglong, c_ushort, c_void};
pub use core::ffi::{CStr, FromBytesUntilNulError, FromBytesWithNulError};

pub use self::os_str::{OsStr, OsString};
