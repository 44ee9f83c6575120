//! A growable UTF-8 string, `String`, its conversions from bytes and UTF-16, and `ToString`.

use crate::borrow::{Cow, ToOwned};
use crate::boxed::Box;
use crate::vec::Vec;
use core::clone::Clone;
use core::cmp::{Eq, PartialEq};
use core::convert::From;
use core::fmt;
use core::iter::{DoubleEndedIterator, Extend, FromIterator, FusedIterator, IntoIterator, Iterator};
use core::marker::PhantomData;
use core::ops::{Add, AddAssign, Deref, DerefMut, Drop, FnMut, Index, IndexMut, Range, RangeBounds};
use core::option::Option::{self, None, Some};
use core::result::Result::{self, Err, Ok};
use core::slice::SliceIndex;
use core::str::{Chars, Utf8Error};

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

    /// Shortens the string to `new_len` bytes (a char boundary); nothing if it is not longer.
    #[track_caller]
    pub fn truncate(&mut self, new_len: usize) {
        if new_len <= self.len() {
            assert!(self.is_char_boundary(new_len));
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

    pub fn reserve_exact(&mut self, additional: usize) {
        self.vec.reserve_exact(additional);
    }

    /// `reserve`, returning an error instead of panicking or aborting.
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), crate::collections::TryReserveError> {
        self.vec.try_reserve(additional)
    }

    /// `reserve_exact`, returning an error instead of panicking or aborting.
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), crate::collections::TryReserveError> {
        self.vec.try_reserve_exact(additional)
    }

    /// Drops the capacity beyond the length.
    pub fn shrink_to_fit(&mut self) {
        self.vec.shrink_to_fit();
    }

    /// Drops the capacity beyond both the length and `min_capacity`.
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.vec.shrink_to(min_capacity);
    }

    /// The bytes as a `String`, if they are UTF-8; else the error with the bytes.
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
        match core::str::from_utf8(vec.as_slice()) {
            Ok(_) => Ok(String { vec }),
            Err(error) => Err(FromUtf8Error { bytes: vec, error }),
        }
    }

    /// The bytes as a string, each invalid sequence replaced by U+FFFD; borrowed if they are
    /// all valid.
    pub fn from_utf8_lossy(v: &[u8]) -> Cow<'_, str> {
        let mut chunks = v.utf8_chunks();
        let first = match chunks.next() {
            Some(chunk) => chunk,
            None => return Cow::Borrowed(""),
        };
        if first.invalid().is_empty() {
            // all of `v` was valid
            return Cow::Borrowed(first.valid());
        }
        let mut out = String::with_capacity(v.len());
        out.push_str(first.valid());
        out.push_str("\u{FFFD}");
        for chunk in chunks {
            out.push_str(chunk.valid());
            if !chunk.invalid().is_empty() {
                out.push_str("\u{FFFD}");
            }
        }
        Cow::Owned(out)
    }

    /// The bytes as a `String`, without checking that they are UTF-8.
    #[inline]
    pub unsafe fn from_utf8_unchecked(bytes: Vec<u8>) -> String {
        String { vec: bytes }
    }

    /// The string of UTF-16 units, if they have no unpaired surrogate.
    pub fn from_utf16(v: &[u16]) -> Result<String, FromUtf16Error> {
        let mut out = String::with_capacity(v.len());
        let mut i = 0;
        while i < v.len() {
            match decode_utf16_at(v, i) {
                (Some(c), n) => {
                    out.push(c);
                    i += n;
                }
                (None, _) => return Err(FromUtf16Error(())),
            }
        }
        Ok(out)
    }

    /// The string of UTF-16 units, each unpaired surrogate replaced by U+FFFD.
    pub fn from_utf16_lossy(v: &[u16]) -> String {
        let mut out = String::with_capacity(v.len());
        let mut i = 0;
        while i < v.len() {
            let (c, n) = decode_utf16_at(v, i);
            out.push(match c {
                Some(c) => c,
                None => '\u{FFFD}',
            });
            i += n;
        }
        out
    }

    /// A `String` from the parts `into_raw_parts` gave (or a `Vec<u8>` of UTF-8 would have).
    #[inline]
    pub unsafe fn from_raw_parts(buf: *mut u8, length: usize, capacity: usize) -> String {
        String { vec: Vec::from_raw_parts(buf, length, capacity) }
    }

    /// The pointer, length and capacity of the string's buffer, which the caller now owns.
    pub fn into_raw_parts(self) -> (*mut u8, usize, usize) {
        let mut me = core::mem::ManuallyDrop::new(self);
        let (len, cap) = (me.vec.len(), me.vec.capacity());
        (me.vec.as_mut_slice().as_mut_ptr(), len, cap)
    }

    /// The contents, never freed.
    pub fn leak<'a>(self) -> &'a mut str {
        let (p, len, _) = self.into_raw_parts();
        unsafe { core::str::from_utf8_unchecked_mut(core::slice::from_raw_parts_mut(p, len)) }
    }

    /// The bytes, mutable: the caller keeps them UTF-8.
    #[inline]
    pub unsafe fn as_mut_vec(&mut self) -> &mut Vec<u8> {
        &mut self.vec
    }

    /// The string as a boxed `str`, without its spare capacity.
    pub fn into_boxed_str(self) -> Box<str> {
        let b = self.vec.into_boxed_slice();
        unsafe { Box::from_raw(Box::into_raw(b) as *mut str) }
    }

    /// Removes the chars of a byte range and yields them; the string closes up when the
    /// `Drain` is dropped.
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_> {
        let Range { start, end } = core::slice::range(range, ..self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        let chars = unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(self.as_ptr(), end)) }[start..].chars();
        Drain { string: self as *mut String, start, end, iter: chars, _marker: PhantomData }
    }

    /// Replaces a byte range (on char boundaries) with `replace_with`.
    #[track_caller]
    pub fn replace_range<R: RangeBounds<usize>>(&mut self, range: R, replace_with: &str) {
        let len = self.len();
        // the bounds are checked as std does: the char boundaries first, then the range
        match range.start_bound() {
            core::ops::Bound::Included(&n) => assert!(self.is_char_boundary(n), "start of range should be a character boundary"),
            core::ops::Bound::Excluded(&n) => assert!(self.is_char_boundary(n + 1), "start of range should be a character boundary"),
            core::ops::Bound::Unbounded => {}
        }
        match range.end_bound() {
            core::ops::Bound::Included(&n) => assert!(self.is_char_boundary(n + 1), "end of range should be a character boundary"),
            core::ops::Bound::Excluded(&n) => assert!(self.is_char_boundary(n), "end of range should be a character boundary"),
            core::ops::Bound::Unbounded => {}
        }
        let Range { start, end } = core::slice::range(range, ..len);
        let mut out = Vec::with_capacity(len - (end - start) + replace_with.len());
        out.extend_from_slice(&self.vec.as_slice()[..start]);
        out.extend_from_slice(replace_with.as_bytes());
        out.extend_from_slice(&self.vec.as_slice()[end..]);
        self.vec = out;
    }

    /// Appends a copy of a byte range (on char boundaries) of the string.
    #[track_caller]
    pub fn extend_from_within<R: RangeBounds<usize>>(&mut self, src: R) {
        let Range { start, end } = core::slice::range(src, ..self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        let mut i = start;
        self.vec.reserve(end - start);
        while i < end {
            let b = self.vec.as_slice()[i];
            self.vec.push(b);
            i += 1;
        }
    }
}

/// The char of the UTF-16 units at `v[i..]` and how many units it took; `None` (one unit) for an
/// unpaired surrogate.
fn decode_utf16_at(v: &[u16], i: usize) -> (Option<char>, usize) {
    let u = v[i] as u32;
    if u < 0xD800 || u > 0xDFFF {
        return (core::char::from_u32(u), 1);
    }
    if u >= 0xDC00 || i + 1 >= v.len() {
        return (None, 1);
    }
    let u2 = v[i + 1] as u32;
    if u2 < 0xDC00 || u2 > 0xDFFF {
        return (None, 1);
    }
    (core::char::from_u32(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)), 2)
}

/// The error of `String::from_utf8`: the bytes, and where they stop being UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: Utf8Error,
}

impl FromUtf8Error {
    /// The bytes that were not UTF-8.
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.as_slice()
    }

    /// The bytes that were not UTF-8, given back.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Where and how the bytes are not UTF-8.
    pub fn utf8_error(&self) -> Utf8Error {
        self.error
    }
}

impl fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl core::error::Error for FromUtf8Error {}

/// The error of `String::from_utf16`: an unpaired surrogate.
#[derive(Debug)]
pub struct FromUtf16Error(());

impl fmt::Display for FromUtf16Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("invalid utf-16: lone surrogate found", f)
    }
}

impl core::error::Error for FromUtf16Error {}

/// The iterator of `String::drain`.
pub struct Drain<'a> {
    string: *mut String,
    start: usize,
    end: usize,
    iter: Chars<'a>,
    _marker: PhantomData<&'a mut String>,
}

impl<'a> Drain<'a> {
    /// The chars not yet yielded.
    pub fn as_str(&self) -> &str {
        self.iter.as_str()
    }
}

impl<'a> Iterator for Drain<'a> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        self.iter.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn last(mut self) -> Option<char> {
        self.next_back()
    }
}

impl<'a> DoubleEndedIterator for Drain<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<char> {
        self.iter.next_back()
    }
}

impl<'a> FusedIterator for Drain<'a> {}

impl<'a> Drop for Drain<'a> {
    /// Removes the drained range from the string.
    fn drop(&mut self) {
        unsafe {
            let v = &mut (*self.string).vec;
            let _ = v.drain(self.start..self.end);
        }
    }
}

impl<'a> fmt::Debug for Drain<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.as_str()).finish()
    }
}

impl core::str::FromStr for String {
    type Err = core::convert::Infallible;

    #[inline]
    fn from_str(s: &str) -> Result<String, core::convert::Infallible> {
        Ok(String::from(s))
    }
}

impl<I: SliceIndex<str>> Index<I> for String {
    type Output = I::Output;

    #[inline]
    #[track_caller]
    fn index(&self, index: I) -> &I::Output {
        index.index(self.as_str())
    }
}

impl<I: SliceIndex<str>> IndexMut<I> for String {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output {
        index.index_mut(self.as_mut_str())
    }
}

impl core::borrow::BorrowMut<str> for String {
    #[inline]
    fn borrow_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

/// A `&String` searched for as its `&str`.
impl<'b> core::str::Pattern for &'b String {
    #[inline]
    fn match_at(&mut self, s: &str, i: usize) -> Option<usize> {
        let mut p: &str = self.as_str();
        p.match_at(s, i)
    }

    #[inline]
    fn match_back(&mut self, s: &str, end: usize) -> Option<usize> {
        let mut p: &str = self.as_str();
        p.match_back(s, end)
    }

    fn find_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let mut p: &str = self.as_str();
        p.find_in(s)
    }

    fn rfind_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let mut p: &str = self.as_str();
        p.rfind_in(s)
    }
}

impl PartialEq<String> for str {
    #[inline]
    fn eq(&self, other: &String) -> bool {
        self == other.as_str()
    }
}

impl From<Box<str>> for String {
    fn from(s: Box<str>) -> String {
        let b: Box<[u8]> = unsafe { Box::from_raw(Box::into_raw(s) as *mut [u8]) };
        String { vec: b.into_vec() }
    }
}

impl From<String> for Box<str> {
    fn from(s: String) -> Box<str> {
        s.into_boxed_str()
    }
}

impl<'a> Extend<Cow<'a, str>> for String {
    fn extend<I: IntoIterator<Item = Cow<'a, str>>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(&s);
        }
    }
}

impl<'a> FromIterator<Cow<'a, str>> for String {
    fn from_iter<I: IntoIterator<Item = Cow<'a, str>>>(iter: I) -> String {
        let mut out = String::new();
        out.extend(iter);
        out
    }
}

impl Extend<Box<str>> for String {
    fn extend<I: IntoIterator<Item = Box<str>>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(&s);
        }
    }
}

impl FromIterator<Box<str>> for String {
    fn from_iter<I: IntoIterator<Item = Box<str>>>(iter: I) -> String {
        let mut out = String::new();
        out.extend(iter);
        out
    }
}

impl core::convert::TryFrom<Vec<u8>> for String {
    type Error = FromUtf8Error;

    /// The bytes as a `String`, if they are UTF-8 (`String::from_utf8`).
    #[inline]
    fn try_from(bytes: Vec<u8>) -> Result<String, FromUtf8Error> {
        String::from_utf8(bytes)
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
