//! Platform types for FFI (C's `char`, `int`, ...) and `CStr`, a borrowed C string.

use crate::cmp::Ordering;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::ops;

/// C's `char` (signed on x86_64 Linux).
#[allow(non_camel_case_types)]
pub type c_char = i8;
#[allow(non_camel_case_types)]
pub type c_schar = i8;
#[allow(non_camel_case_types)]
pub type c_uchar = u8;
#[allow(non_camel_case_types)]
pub type c_short = i16;
#[allow(non_camel_case_types)]
pub type c_ushort = u16;
#[allow(non_camel_case_types)]
pub type c_int = i32;
#[allow(non_camel_case_types)]
pub type c_uint = u32;
#[allow(non_camel_case_types)]
pub type c_long = i64;
#[allow(non_camel_case_types)]
pub type c_ulong = u64;
#[allow(non_camel_case_types)]
pub type c_longlong = i64;
#[allow(non_camel_case_types)]
pub type c_ulonglong = u64;
#[allow(non_camel_case_types)]
pub type c_float = f32;
#[allow(non_camel_case_types)]
pub type c_double = f64;

/// C's `void` behind a pointer (`*mut c_void`); never made as a value.
#[repr(u8)]
#[allow(non_camel_case_types)]
pub enum c_void {
    #[doc(hidden)]
    __variant1,
    #[doc(hidden)]
    __variant2,
}

impl fmt::Debug for c_void {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("c_void").finish()
    }
}

/// A borrowed C string: bytes without an interior nul, followed by a nul. Unsized, like `str`;
/// made from a pointer (`from_ptr`) or a byte slice (`from_bytes_with_nul`).
#[repr(transparent)]
pub struct CStr {
    /// The bytes and the nul that ends them.
    inner: [c_char],
}

/// Why `CStr::from_bytes_with_nul` refused the bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FromBytesWithNulError {
    /// A nul before the end, at `position`.
    InteriorNul { position: usize },
    /// The last byte is not a nul.
    NotNulTerminated,
}

impl fmt::Display for FromBytesWithNulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FromBytesWithNulError::InteriorNul { position } => {
                write!(f, "data provided contains an interior nul byte at byte position {}", position)
            }
            FromBytesWithNulError::NotNulTerminated => f.write_str("data provided is not nul terminated"),
        }
    }
}

impl crate::error::Error for FromBytesWithNulError {}

/// `CStr::from_bytes_until_nul` found no nul.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FromBytesUntilNulError(());

impl fmt::Display for FromBytesUntilNulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("data provided does not contain a nul")
    }
}

impl crate::error::Error for FromBytesUntilNulError {}

/// The index of the first nul in `bytes`.
fn find_nul(bytes: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0 {
            return Some(i);
        }
        i += 1;
    }
    None
}

impl CStr {
    /// The C string starting at `ptr` (up to its nul), for as long as the caller says.
    pub unsafe fn from_ptr<'a>(ptr: *const c_char) -> &'a CStr {
        let mut len = 0;
        unsafe {
            while *ptr.add(len) != 0 {
                len += 1;
            }
            CStr::from_bytes_with_nul_unchecked(crate::slice::from_raw_parts(ptr as *const u8, len + 1))
        }
    }

    /// The C string made of `bytes` up to (and with) their first nul.
    pub fn from_bytes_until_nul(bytes: &[u8]) -> Result<&CStr, FromBytesUntilNulError> {
        match find_nul(bytes) {
            Some(nul) => Ok(unsafe { CStr::from_bytes_with_nul_unchecked(&bytes[..nul + 1]) }),
            None => Err(FromBytesUntilNulError(())),
        }
    }

    /// `bytes` as a C string: they must end in their only nul.
    pub fn from_bytes_with_nul(bytes: &[u8]) -> Result<&CStr, FromBytesWithNulError> {
        match find_nul(bytes) {
            Some(nul) if nul + 1 == bytes.len() => Ok(unsafe { CStr::from_bytes_with_nul_unchecked(bytes) }),
            Some(position) => Err(FromBytesWithNulError::InteriorNul { position }),
            None => Err(FromBytesWithNulError::NotNulTerminated),
        }
    }

    /// `bytes` as a C string; the caller promises they end in their only nul.
    #[inline]
    pub const unsafe fn from_bytes_with_nul_unchecked(bytes: &[u8]) -> &CStr {
        unsafe { &*(bytes as *const [u8] as *const CStr) }
    }

    /// A pointer to the first byte, for C.
    #[inline]
    pub const fn as_ptr(&self) -> *const c_char {
        self.inner.as_ptr()
    }

    /// The length in bytes, without the nul.
    #[inline]
    pub fn count_bytes(&self) -> usize {
        self.inner.len() - 1
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.len() == 1
    }

    /// The bytes without the nul.
    #[inline]
    pub fn to_bytes(&self) -> &[u8] {
        let bytes = self.to_bytes_with_nul();
        &bytes[..bytes.len() - 1]
    }

    /// The bytes with the nul.
    #[inline]
    pub fn to_bytes_with_nul(&self) -> &[u8] {
        unsafe { &*(&self.inner as *const [c_char] as *const [u8]) }
    }

    /// The bytes as a `str`, if they are UTF-8.
    pub fn to_str(&self) -> Result<&str, crate::str::Utf8Error> {
        crate::str::from_utf8(self.to_bytes())
    }
}

impl PartialEq for CStr {
    fn eq(&self, other: &CStr) -> bool {
        self.to_bytes().eq(other.to_bytes())
    }
}

impl Eq for CStr {}

impl PartialOrd for CStr {
    fn partial_cmp(&self, other: &CStr) -> Option<Ordering> {
        self.to_bytes().partial_cmp(other.to_bytes())
    }
}

impl Ord for CStr {
    fn cmp(&self, other: &CStr) -> Ordering {
        self.to_bytes().cmp(other.to_bytes())
    }
}

impl Hash for CStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.to_bytes_with_nul().hash(state);
    }
}

impl fmt::Debug for CStr {
    /// `"text"`, with non-UTF-8 bytes and ASCII controls escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_bytes().utf8_chunks().debug(), f)
    }
}

impl Default for &CStr {
    fn default() -> Self {
        unsafe { CStr::from_bytes_with_nul_unchecked(b"\0") }
    }
}

impl AsRef<CStr> for CStr {
    fn as_ref(&self) -> &CStr {
        self
    }
}

impl ops::Index<ops::RangeFrom<usize>> for CStr {
    type Output = CStr;

    /// The C string from byte `index` on (panics past the nul).
    fn index(&self, index: ops::RangeFrom<usize>) -> &CStr {
        let bytes = self.to_bytes_with_nul();
        if index.start < bytes.len() {
            unsafe { CStr::from_bytes_with_nul_unchecked(&bytes[index.start..]) }
        } else {
            panic!("index out of bounds: the len is {} but the index is {}", bytes.len(), index.start);
        }
    }
}
