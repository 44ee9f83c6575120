//! A growable UTF-8 string, `String`, and `ToString`.
//!
//! FIXME: real Rust defines these in the `alloc` crate; Ferrite's library has no `alloc` crate yet.

use crate::borrow::ToOwned;
use crate::vec::Vec;
use core::clone::Clone;
use core::cmp::PartialEq;
use core::convert::From;
use core::fmt;
use core::iter::{Extend, FromIterator, IntoIterator, Iterator};
use core::ops::{Add, AddAssign, Deref, DerefMut, FnMut};
use core::option::Option::{self, None, Some};

/// A UTF-8 encoded, growable string.
pub struct String {
    vec: Vec<u8>,
}

impl String {
    #[inline]
    pub const fn new() -> String {
        String { vec: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.vec.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.vec.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.vec.capacity()
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        unsafe { core::str::from_utf8_unchecked(self.vec.as_slice()) }
    }

    pub fn as_mut_str(&mut self) -> &mut str {
        unsafe { core::mem::transmute::<&mut [u8], &mut str>(self.vec.as_mut_slice()) }
    }

    pub fn push_str(&mut self, s: &str) {
        self.vec.extend_from_slice(s.as_bytes());
    }

    pub fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        self.push_str(s);
    }

    pub fn pop(&mut self) -> Option<char> {
        let c = self.as_str().chars().next_back()?;
        let n = c.len_utf8();
        self.vec.truncate(self.vec.len() - n);
        Some(c)
    }

    pub fn truncate(&mut self, new_len: usize) {
        if new_len < self.len() {
            self.vec.truncate(new_len);
        }
    }

    pub fn clear(&mut self) {
        self.vec.clear();
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.vec.as_slice()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.vec
    }

    /// Inserts `c` at byte `idx` (a char boundary).
    #[track_caller]
    pub fn insert(&mut self, idx: usize, c: char) {
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        self.insert_str(idx, s);
    }

    /// Inserts `s` at byte `idx` (a char boundary).
    #[track_caller]
    pub fn insert_str(&mut self, idx: usize, s: &str) {
        assert!(self.is_char_boundary(idx));
        let rest = String::from(&self.as_str()[idx..]);
        self.vec.truncate(idx);
        self.push_str(s);
        self.push_str(rest.as_str());
    }

    /// Removes and returns the char at byte `idx`.
    #[track_caller]
    pub fn remove(&mut self, idx: usize) -> char {
        let c = match self.as_str()[idx..].chars().next() {
            Some(c) => c,
            None => panic!("cannot remove a char from the end of a string"),
        };
        let rest = String::from(&self.as_str()[idx + c.len_utf8()..]);
        self.vec.truncate(idx);
        self.push_str(rest.as_str());
        c
    }

    /// Keeps only the chars for which `f` returns true.
    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut f: F) {
        let mut kept = String::with_capacity(self.len());
        for c in self.as_str().chars() {
            if f(c) {
                kept.push(c);
            }
        }
        *self = kept;
    }

    /// Splits the string at byte `at`, returning the part from `at` on.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> String {
        assert!(self.is_char_boundary(at));
        let rest = String::from(&self.as_str()[at..]);
        self.vec.truncate(at);
        rest
    }

    pub fn reserve(&mut self, additional: usize) {
        self.vec.reserve(additional);
    }
}

impl Deref for String {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl DerefMut for String {
    fn deref_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl Clone for String {
    fn clone(&self) -> String {
        String { vec: self.vec.clone() }
    }
}

impl<'a> From<&'a str> for String {
    fn from(s: &'a str) -> String {
        let mut out = String::with_capacity(s.len());
        out.push_str(s);
        out
    }
}

impl From<char> for String {
    fn from(c: char) -> String {
        let mut out = String::new();
        out.push(c);
        out
    }
}

impl<'a> From<&'a String> for String {
    fn from(s: &'a String) -> String {
        s.clone()
    }
}

impl<'a> From<&'a mut str> for String {
    fn from(s: &'a mut str) -> String {
        String::from(&*s)
    }
}

impl From<String> for Vec<u8> {
    fn from(s: String) -> Vec<u8> {
        s.into_bytes()
    }
}

impl core::convert::AsRef<str> for String {
    #[inline]
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl core::convert::AsMut<str> for String {
    #[inline]
    fn as_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl core::convert::AsRef<[u8]> for String {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl fmt::Display for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Write for String {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        fmt::Result::Ok(())
    }
}

impl PartialEq for String {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl<'a> PartialEq<&'a str> for String {
    fn eq(&self, other: &&'a str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for String {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl<'a> PartialEq<String> for &'a str {
    fn eq(&self, other: &String) -> bool {
        *self == other.as_str()
    }
}

impl core::cmp::Eq for String {}

impl<'a> Add<&'a str> for String {
    type Output = String;

    fn add(mut self, other: &'a str) -> String {
        self.push_str(other);
        self
    }
}

impl<'a> AddAssign<&'a str> for String {
    fn add_assign(&mut self, other: &'a str) {
        self.push_str(other);
    }
}

impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut s = String::new();
        for c in iter {
            s.push(c);
        }
        s
    }
}

impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String {
        let mut s = String::new();
        for p in iter {
            s.push_str(p);
        }
        s
    }
}

impl Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        for c in iter {
            self.push(c);
        }
    }
}

impl<'a> Extend<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(s);
        }
    }
}

impl<'a> Extend<&'a char> for String {
    fn extend<I: IntoIterator<Item = &'a char>>(&mut self, iter: I) {
        for c in iter {
            self.push(*c);
        }
    }
}

impl Extend<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(s.as_str());
        }
    }
}

impl FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut out = String::new();
        for s in iter {
            out.push_str(s.as_str());
        }
        out
    }
}

impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String {
        let mut out = String::new();
        for c in iter {
            out.push(*c);
        }
        out
    }
}

impl core::default::Default for String {
    fn default() -> String {
        String::new()
    }
}

/// Conversion to a `String` through `Display` (`x.to_string()`).
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: fmt::Display + ?Sized> ToString for T {
    fn to_string(&self) -> String {
        let mut s = String::new();
        let _ = fmt::write(&mut s, format_args!("{}", self));
        s
    }
}

/// Owned copies of borrowed data (`"abc".to_owned()`).
/// What `format!` calls.
pub fn format(args: fmt::Arguments<'_>) -> String {
    let mut s = String::new();
    let _ = fmt::write(&mut s, args);
    s
}

impl PartialOrd for String {
    #[inline]
    fn partial_cmp(&self, other: &String) -> Option<core::cmp::Ordering> {
        self.as_str().partial_cmp(other.as_str())
    }
}

impl Ord for String {
    #[inline]
    fn cmp(&self, other: &String) -> core::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl core::hash::Hash for String {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl core::borrow::Borrow<str> for String {
    #[inline]
    fn borrow(&self) -> &str {
        self.as_str()
    }
}
