//! `str` as `alloc` extends it: the methods that build a `String` (`replace`, `repeat`,
//! `to_uppercase`, ...). Everything of `core::str` is re-exported.

pub use core::str::*;

use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;
use core::iter::Iterator;

/// A boxed `str` from boxed bytes, without checking that they are UTF-8.
#[inline]
pub unsafe fn from_boxed_utf8_unchecked(v: Box<[u8]>) -> Box<str> {
    Box::from_raw(Box::into_raw(v) as *mut str)
}

impl str {
    /// The boxed string as boxed bytes, without copying.
    pub fn into_boxed_bytes(self: Box<str>) -> Box<[u8]> {
        unsafe { Box::from_raw(Box::into_raw(self) as *mut [u8]) }
    }

    /// The boxed string as a `String`, without copying.
    pub fn into_string(self: Box<str>) -> String {
        let bytes: Vec<u8> = self.into_boxed_bytes().into_vec();
        unsafe { String::from_utf8_unchecked(bytes) }
    }

    /// A copy of the string with every match of `from` replaced by `to`.
    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String {
        self.replacen(from, to, usize::MAX)
    }

    /// A copy of the string with the first `count` matches of `pat` replaced by `to`.
    pub fn replacen<P: Pattern>(&self, pat: P, to: &str, count: usize) -> String {
        let mut out = String::with_capacity(self.len());
        let mut last = 0;
        let mut n = 0;
        let mut it = self.match_indices(pat);
        while n < count {
            match it.next() {
                Some((i, m)) => {
                    out.push_str(&self[last..i]);
                    out.push_str(to);
                    last = i + m.len();
                }
                None => break,
            }
            n += 1;
        }
        out.push_str(&self[last..]);
        out
    }

    /// The string repeated `n` times.
    pub fn repeat(&self, n: usize) -> String {
        let mut out = String::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            out.push_str(self);
            i += 1;
        }
        out
    }

    /// A copy with ASCII letters in upper case.
    pub fn to_ascii_uppercase(&self) -> String {
        let mut out = String::from(self);
        out.make_ascii_uppercase();
        out
    }

    /// A copy with ASCII letters in lower case.
    pub fn to_ascii_lowercase(&self) -> String {
        let mut out = String::from(self);
        out.make_ascii_lowercase();
        out
    }

    /// The upper-case equivalent, by Unicode's full case mapping.
    pub fn to_uppercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            for u in c.to_uppercase() {
                out.push(u);
            }
        }
        out
    }

    /// The lower-case equivalent, by Unicode's full case mapping. A capital sigma at the end of
    /// a word becomes the final sigma `ς`.
    pub fn to_lowercase(&self) -> String {
        let mut out = String::with_capacity(self.len());
        let mut it = self.char_indices();
        while let Some((i, c)) = it.next() {
            if c == 'Σ' {
                out.push(if final_sigma(self, i) { 'ς' } else { 'σ' });
                continue;
            }
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
        out
    }
}

/// Whether the `Σ` at byte `i` ends a word: a cased letter comes before it and none right after.
/// FIXME: Unicode's rule also skips case-ignorable chars (apostrophes, combining marks) on both
/// sides; this looks at the neighbouring chars only.
fn final_sigma(s: &str, i: usize) -> bool {
    let cased = |c: char| c.is_lowercase() || c.is_uppercase();
    let before = match s[..i].chars().next_back() {
        Some(c) => cased(c),
        None => false,
    };
    let after = match s[i + 'Σ'.len_utf8()..].chars().next() {
        Some(c) => cased(c),
        None => false,
    };
    before && !after
}
