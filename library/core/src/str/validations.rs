//! UTF-8: checking bytes (`from_utf8`), with `Utf8Error` saying where and how they go wrong.

use super::from_utf8_unchecked;
use crate::fmt;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// Why bytes are not UTF-8: how many bytes from the start are valid, and how long the bad
/// sequence after them is (`None` when the input ends in the middle of a sequence).
#[derive(Copy, Eq, PartialEq, Clone, Debug)]
pub struct Utf8Error {
    pub(super) valid_up_to: usize,
    pub(super) error_len: Option<u8>,
}

impl Utf8Error {
    /// The length of the longest valid UTF-8 prefix of the input.
    #[inline]
    pub const fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }

    /// The length of the invalid sequence after `valid_up_to` (1 to 3 bytes), or `None` if the
    /// input ends where a longer sequence was still possible.
    #[inline]
    pub const fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(n) => Some(n as usize),
            None => None,
        }
    }
}

impl fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.error_len {
            Some(n) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", n, self.valid_up_to),
            None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
        }
    }
}

impl crate::error::Error for Utf8Error {}

/// The number of bytes of the UTF-8 sequence that starts with `b`, 0 if no sequence does.
#[inline]
pub(crate) const fn utf8_width(b: u8) -> usize {
    if b < 0x80 {
        1
    } else if b < 0xC2 {
        0
    } else if b < 0xE0 {
        2
    } else if b < 0xF0 {
        3
    } else if b < 0xF5 {
        4
    } else {
        0
    }
}

/// Whether `b` continues a UTF-8 sequence (`10xxxxxx`).
#[inline]
const fn is_cont(b: u8) -> bool {
    (b & 0xC0) == 0x80
}

/// Checks that `v` is UTF-8. A sequence is bad at its first byte that cannot continue it: its
/// lead byte alone (1), or up to the byte before the wrong one (2 or 3). The second byte has
/// tighter bounds after E0, ED, F0 and F4 (no overlong forms, surrogates or code points beyond
/// U+10FFFF).
pub(crate) fn run_utf8_validation(v: &[u8]) -> Result<(), Utf8Error> {
    let mut i = 0;
    let len = v.len();
    while i < len {
        let first = v[i];
        let start = i;
        if first < 0x80 {
            i += 1;
            continue;
        }
        let width = utf8_width(first);
        let err = |n: u8| Utf8Error { valid_up_to: start, error_len: Some(n) };
        let incomplete = Utf8Error { valid_up_to: start, error_len: None };
        if width == 0 {
            return Err(err(1));
        }
        // the second byte
        if i + 1 >= len {
            return Err(incomplete);
        }
        let second = v[i + 1];
        let ok = match (first, width) {
            (_, 2) => is_cont(second),
            (0xE0, _) => second >= 0xA0 && second <= 0xBF,
            (0xED, _) => second >= 0x80 && second <= 0x9F,
            (0xF0, _) => second >= 0x90 && second <= 0xBF,
            (0xF4, _) => second >= 0x80 && second <= 0x8F,
            _ => is_cont(second),
        };
        if !ok {
            return Err(err(1));
        }
        let mut k = 2;
        while k < width {
            if i + k >= len {
                return Err(incomplete);
            }
            if !is_cont(v[i + k]) {
                return Err(err(k as u8));
            }
            k += 1;
        }
        i += width;
    }
    Ok(())
}

/// The bytes as a string slice, if they are UTF-8.
pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
    match run_utf8_validation(v) {
        Ok(()) => Ok(unsafe { from_utf8_unchecked(v) }),
        Err(e) => Err(e),
    }
}

/// The bytes as a mutable string slice, if they are UTF-8.
pub fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error> {
    match run_utf8_validation(v) {
        Ok(()) => Ok(unsafe { from_utf8_unchecked_mut(v) }),
        Err(e) => Err(e),
    }
}

/// The bytes as a mutable string slice, without checking that they are UTF-8.
#[inline]
pub unsafe fn from_utf8_unchecked_mut(v: &mut [u8]) -> &mut str {
    crate::intrinsics::transmute::<&mut [u8], &mut str>(v)
}
