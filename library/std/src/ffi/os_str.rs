//! `OsStr` and `OsString`: the platform's strings. On Unix they are any bytes (file names need
//! not be UTF-8); converting from `str` is free, converting back checks the UTF-8.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::ops;

use alloc::borrow::{Cow, ToOwned};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// A borrowed platform string (unsized, like `str`).
#[repr(transparent)]
pub struct OsStr {
    inner: [u8],
}

/// An owned, growable platform string.
#[derive(Clone, Default)]
pub struct OsString {
    inner: Vec<u8>,
}

impl OsStr {
    /// Any string-like value as an `OsStr` (free).
    #[inline]
    pub fn new<S: AsRef<OsStr> + ?Sized>(s: &S) -> &OsStr {
        s.as_ref()
    }

    #[inline]
    fn from_inner(bytes: &[u8]) -> &OsStr {
        unsafe { &*(bytes as *const [u8] as *const OsStr) }
    }

    #[inline]
    fn from_inner_mut(bytes: &mut [u8]) -> &mut OsStr {
        unsafe { &mut *(bytes as *mut [u8] as *mut OsStr) }
    }

    /// The bytes as they are stored (on Unix, the platform's bytes).
    #[inline]
    pub fn as_encoded_bytes(&self) -> &[u8] {
        &self.inner
    }

    /// The bytes as an `OsStr`; the caller promises they came from `as_encoded_bytes` (or are
    /// valid UTF-8).
    #[inline]
    pub unsafe fn from_encoded_bytes_unchecked(bytes: &[u8]) -> &OsStr {
        OsStr::from_inner(bytes)
    }

    /// The string as a `str`, if it is UTF-8.
    pub fn to_str(&self) -> Option<&str> {
        core::str::from_utf8(&self.inner).ok()
    }

    /// The string as UTF-8, with U+FFFD for bytes that are not.
    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.inner)
    }

    pub fn to_os_string(&self) -> OsString {
        OsString { inner: self.inner.to_vec() }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn into_os_string(self: Box<OsStr>) -> OsString {
        let boxed: Box<[u8]> = unsafe { Box::from_raw(Box::into_raw(self) as *mut [u8]) };
        OsString { inner: boxed.into_vec() }
    }

    pub fn to_ascii_lowercase(&self) -> OsString {
        OsString { inner: self.inner.to_ascii_lowercase() }
    }

    pub fn to_ascii_uppercase(&self) -> OsString {
        OsString { inner: self.inner.to_ascii_uppercase() }
    }

    pub fn make_ascii_lowercase(&mut self) {
        self.inner.make_ascii_lowercase()
    }

    pub fn make_ascii_uppercase(&mut self) {
        self.inner.make_ascii_uppercase()
    }

    pub fn is_ascii(&self) -> bool {
        self.inner.is_ascii()
    }

    pub fn eq_ignore_ascii_case<S: AsRef<OsStr>>(&self, other: S) -> bool {
        self.inner.eq_ignore_ascii_case(&other.as_ref().inner)
    }

    /// Displays the string, with U+FFFD for bytes that are not UTF-8.
    pub fn display(&self) -> Display<'_> {
        Display { os_str: self }
    }
}

/// What `OsStr::display` returns.
pub struct Display<'a> {
    os_str: &'a OsStr,
}

impl fmt::Display for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.os_str.to_string_lossy(), f)
    }
}

impl fmt::Debug for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.os_str, f)
    }
}

impl OsString {
    #[inline]
    pub fn new() -> OsString {
        OsString { inner: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> OsString {
        OsString { inner: Vec::with_capacity(capacity) }
    }

    #[inline]
    pub fn as_os_str(&self) -> &OsStr {
        OsStr::from_inner(&self.inner)
    }

    /// The string as a `String`, if it is UTF-8 (else it comes back).
    pub fn into_string(self) -> Result<String, OsString> {
        match String::from_utf8(self.inner) {
            Ok(s) => Ok(s),
            Err(e) => Err(OsString { inner: e.into_bytes() }),
        }
    }

    /// Appends a string.
    pub fn push<T: AsRef<OsStr>>(&mut self, s: T) {
        self.inner.extend_from_slice(&s.as_ref().inner)
    }

    pub fn clear(&mut self) {
        self.inner.clear()
    }

    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }

    pub fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }

    pub fn into_encoded_bytes(self) -> Vec<u8> {
        self.inner
    }

    pub unsafe fn from_encoded_bytes_unchecked(bytes: Vec<u8>) -> OsString {
        OsString { inner: bytes }
    }

    pub fn into_boxed_os_str(self) -> Box<OsStr> {
        let boxed = self.inner.into_boxed_slice();
        unsafe { Box::from_raw(Box::into_raw(boxed) as *mut OsStr) }
    }

    pub fn as_mut_os_str(&mut self) -> &mut OsStr {
        OsStr::from_inner_mut(&mut self.inner)
    }
}

impl ops::Deref for OsString {
    type Target = OsStr;

    #[inline]
    fn deref(&self) -> &OsStr {
        self.as_os_str()
    }
}

impl ops::DerefMut for OsString {
    #[inline]
    fn deref_mut(&mut self) -> &mut OsStr {
        self.as_mut_os_str()
    }
}

// ---- formatting, comparison, hashing ----

impl fmt::Debug for OsStr {
    /// `"name"`, with bytes that are not UTF-8 and ASCII controls escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner.utf8_chunks().debug(), f)
    }
}

impl fmt::Debug for OsString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl PartialEq for OsStr {
    fn eq(&self, other: &OsStr) -> bool {
        self.inner == other.inner
    }
}

impl Eq for OsStr {}

impl PartialOrd for OsStr {
    fn partial_cmp(&self, other: &OsStr) -> Option<Ordering> {
        self.inner.partial_cmp(&other.inner)
    }
}

impl Ord for OsStr {
    fn cmp(&self, other: &OsStr) -> Ordering {
        self.inner.cmp(&other.inner)
    }
}

impl Hash for OsStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.inner.hash(state)
    }
}

impl PartialEq for OsString {
    fn eq(&self, other: &OsString) -> bool {
        self.inner == other.inner
    }
}

impl Eq for OsString {}

impl PartialOrd for OsString {
    fn partial_cmp(&self, other: &OsString) -> Option<Ordering> {
        self.inner.partial_cmp(&other.inner)
    }
}

impl Ord for OsString {
    fn cmp(&self, other: &OsString) -> Ordering {
        self.inner.cmp(&other.inner)
    }
}

impl Hash for OsString {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl PartialEq<str> for OsStr {
    fn eq(&self, other: &str) -> bool {
        self.inner == *other.as_bytes()
    }
}

impl PartialEq<OsStr> for str {
    fn eq(&self, other: &OsStr) -> bool {
        *self.as_bytes() == other.inner
    }
}

impl PartialEq<str> for OsString {
    fn eq(&self, other: &str) -> bool {
        self.inner == *other.as_bytes()
    }
}

impl PartialEq<OsString> for str {
    fn eq(&self, other: &OsString) -> bool {
        *self.as_bytes() == *other.inner
    }
}

impl<'a> PartialEq<&'a str> for OsString {
    fn eq(&self, other: &&'a str) -> bool {
        self.inner == *other.as_bytes()
    }
}

impl<'a> PartialEq<OsString> for &'a str {
    fn eq(&self, other: &OsString) -> bool {
        *self.as_bytes() == *other.inner
    }
}

impl PartialEq<OsStr> for OsString {
    fn eq(&self, other: &OsStr) -> bool {
        *self.inner == other.inner
    }
}

impl PartialEq<OsString> for OsStr {
    fn eq(&self, other: &OsString) -> bool {
        self.inner == *other.inner
    }
}

// ---- conversions ----

impl AsRef<OsStr> for OsStr {
    fn as_ref(&self) -> &OsStr {
        self
    }
}

impl AsRef<OsStr> for OsString {
    fn as_ref(&self) -> &OsStr {
        self
    }
}

impl AsRef<OsStr> for str {
    fn as_ref(&self) -> &OsStr {
        OsStr::from_inner(self.as_bytes())
    }
}

impl AsRef<OsStr> for String {
    fn as_ref(&self) -> &OsStr {
        (**self).as_ref()
    }
}

impl Borrow<OsStr> for OsString {
    fn borrow(&self) -> &OsStr {
        self
    }
}

impl ToOwned for OsStr {
    type Owned = OsString;

    fn to_owned(&self) -> OsString {
        self.to_os_string()
    }
}

impl<T: ?Sized + AsRef<OsStr>> From<&T> for OsString {
    fn from(s: &T) -> OsString {
        s.as_ref().to_os_string()
    }
}

impl From<String> for OsString {
    fn from(s: String) -> OsString {
        OsString { inner: s.into_bytes() }
    }
}

impl From<Box<OsStr>> for OsString {
    fn from(boxed: Box<OsStr>) -> OsString {
        boxed.into_os_string()
    }
}

impl From<OsString> for Box<OsStr> {
    fn from(s: OsString) -> Box<OsStr> {
        s.into_boxed_os_str()
    }
}

impl From<&OsStr> for Box<OsStr> {
    fn from(s: &OsStr) -> Box<OsStr> {
        s.to_os_string().into_boxed_os_str()
    }
}

impl<'a> From<Cow<'a, OsStr>> for OsString {
    fn from(s: Cow<'a, OsStr>) -> OsString {
        s.into_owned()
    }
}

impl<'a> From<&'a OsStr> for Cow<'a, OsStr> {
    fn from(s: &'a OsStr) -> Cow<'a, OsStr> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<OsString> for Cow<'a, OsStr> {
    fn from(s: OsString) -> Cow<'a, OsStr> {
        Cow::Owned(s)
    }
}

impl core::str::FromStr for OsString {
    type Err = core::convert::Infallible;

    fn from_str(s: &str) -> Result<OsString, core::convert::Infallible> {
        Ok(OsString::from(s))
    }
}

impl<T: AsRef<OsStr>> Extend<T> for OsString {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for s in iter {
            self.inner.extend_from_slice(&s.as_ref().inner);
        }
    }
}

impl Default for &OsStr {
    fn default() -> Self {
        OsStr::new("")
    }
}
