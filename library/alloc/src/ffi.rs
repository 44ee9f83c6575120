//! `CString`: an owned C string (bytes without an interior nul, and the nul that ends them).

use core::borrow::Borrow;
use core::ffi::{c_char, CStr};
use core::fmt;
use core::ops;

use crate::borrow::{Cow, ToOwned};
use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;

pub use core::ffi::*;

/// An owned C string, for passing to C: its bytes have no interior nul and end with one.
#[derive(PartialEq, PartialOrd, Eq, Ord, Hash, Clone)]
pub struct CString {
    /// The bytes with the nul at the end.
    inner: Box<[u8]>,
}

/// `CString::new` found a nul in the bytes: where, and the bytes back.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct NulError(usize, Vec<u8>);

/// `CString::into_string` found bytes that are not UTF-8; the string comes back.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct IntoStringError {
    inner: CString,
    error: core::str::Utf8Error,
}

/// Why `CString::from_vec_with_nul` refused the bytes.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FromVecWithNulError {
    error_kind: FromBytesWithNulError,
    bytes: Vec<u8>,
}

impl CString {
    /// A C string of `t`'s bytes; an error if they contain a nul.
    pub fn new<T: Into<Vec<u8>>>(t: T) -> Result<CString, NulError> {
        let bytes: Vec<u8> = t.into();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == 0 {
                return Err(NulError(i, bytes));
            }
            i += 1;
        }
        Ok(unsafe { CString::from_vec_unchecked(bytes) })
    }

    /// A C string of bytes the caller promises contain no nul (one is added).
    pub unsafe fn from_vec_unchecked(v: Vec<u8>) -> CString {
        let mut v = v;
        v.push(0);
        CString { inner: v.into_boxed_slice() }
    }

    /// A C string of bytes that end in their only nul.
    pub fn from_vec_with_nul(v: Vec<u8>) -> Result<CString, FromVecWithNulError> {
        match CStr::from_bytes_with_nul(&v) {
            Ok(_) => Ok(CString { inner: v.into_boxed_slice() }),
            Err(error_kind) => Err(FromVecWithNulError { error_kind, bytes: v }),
        }
    }

    /// Takes back a string `into_raw` gave to C.
    pub unsafe fn from_raw(ptr: *mut c_char) -> CString {
        unsafe {
            let len = CStr::from_ptr(ptr).to_bytes_with_nul().len();
            let slice = core::ptr::slice_from_raw_parts_mut(ptr as *mut u8, len);
            CString { inner: Box::from_raw(slice) }
        }
    }

    /// Gives the string to C (`from_raw` takes it back).
    pub fn into_raw(self) -> *mut c_char {
        Box::into_raw(self.into_inner()) as *mut u8 as *mut c_char
    }

    /// The bytes as a `String`, if they are UTF-8.
    pub fn into_string(self) -> Result<String, IntoStringError> {
        match core::str::from_utf8(self.as_bytes()) {
            Ok(_) => {
                let v = self.into_bytes();
                Ok(unsafe { String::from_utf8_unchecked(v) })
            }
            Err(error) => Err(IntoStringError { inner: self, error }),
        }
    }

    /// The bytes without the nul.
    pub fn into_bytes(self) -> Vec<u8> {
        let mut v = self.into_inner().into_vec();
        v.pop();
        v
    }

    pub fn into_bytes_with_nul(self) -> Vec<u8> {
        self.into_inner().into_vec()
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.inner[..self.inner.len() - 1]
    }

    #[inline]
    pub fn as_bytes_with_nul(&self) -> &[u8] {
        &self.inner
    }

    #[inline]
    pub fn as_c_str(&self) -> &CStr {
        unsafe { CStr::from_bytes_with_nul_unchecked(&self.inner) }
    }

    pub fn into_boxed_c_str(self) -> Box<CStr> {
        unsafe { Box::from_raw(Box::into_raw(self.into_inner()) as *mut CStr) }
    }

    fn into_inner(self) -> Box<[u8]> {
        let this = core::mem::ManuallyDrop::new(self);
        unsafe { core::ptr::read(&this.inner) }
    }
}

impl ops::Deref for CString {
    type Target = CStr;

    #[inline]
    fn deref(&self) -> &CStr {
        self.as_c_str()
    }
}

impl fmt::Debug for CString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl Default for CString {
    fn default() -> CString {
        let a: &CStr = Default::default();
        a.to_owned()
    }
}

impl Borrow<CStr> for CString {
    #[inline]
    fn borrow(&self) -> &CStr {
        self
    }
}

impl AsRef<CStr> for CString {
    #[inline]
    fn as_ref(&self) -> &CStr {
        self
    }
}

impl ToOwned for CStr {
    type Owned = CString;

    fn to_owned(&self) -> CString {
        CString { inner: Box::from(self.to_bytes_with_nul()) }
    }
}

impl From<&CStr> for CString {
    fn from(s: &CStr) -> CString {
        s.to_owned()
    }
}

impl From<CString> for Vec<u8> {
    fn from(s: CString) -> Vec<u8> {
        s.into_bytes()
    }
}

impl From<CString> for Box<CStr> {
    fn from(s: CString) -> Box<CStr> {
        s.into_boxed_c_str()
    }
}

impl From<&CStr> for Box<CStr> {
    fn from(s: &CStr) -> Box<CStr> {
        let boxed: Box<[u8]> = Box::from(s.to_bytes_with_nul());
        unsafe { Box::from_raw(Box::into_raw(boxed) as *mut CStr) }
    }
}

impl<'a> From<Cow<'a, CStr>> for CString {
    fn from(s: Cow<'a, CStr>) -> CString {
        s.into_owned()
    }
}

impl<'a> From<&'a CStr> for Cow<'a, CStr> {
    fn from(s: &'a CStr) -> Cow<'a, CStr> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<CString> for Cow<'a, CStr> {
    fn from(s: CString) -> Cow<'a, CStr> {
        Cow::Owned(s)
    }
}

impl NulError {
    /// Where the nul is.
    pub fn nul_position(&self) -> usize {
        self.0
    }

    /// The bytes `CString::new` was given.
    pub fn into_vec(self) -> Vec<u8> {
        self.1
    }
}

impl fmt::Display for NulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "nul byte found in provided data at position: {}", self.0)
    }
}

impl core::error::Error for NulError {}

impl IntoStringError {
    pub fn into_cstring(self) -> CString {
        self.inner
    }

    pub fn utf8_error(&self) -> core::str::Utf8Error {
        self.error
    }
}

impl fmt::Display for IntoStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("C string contained non-utf8 bytes")
    }
}

impl core::error::Error for IntoStringError {}

impl FromVecWithNulError {
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl fmt::Display for FromVecWithNulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.error_kind {
            FromBytesWithNulError::InteriorNul { position } => {
                write!(f, "data provided contains an interior nul byte at pos {}", position)
            }
            FromBytesWithNulError::NotNulTerminated => f.write_str("data provided is not nul terminated"),
        }
    }
}

impl core::error::Error for FromVecWithNulError {}
