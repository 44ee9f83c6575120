//! `u8::escape_ascii`: a byte as it would be written in a Rust byte literal.

use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use crate::option::Option::{self, None, Some};

/// The iterator of `u8::escape_ascii`: the bytes of the escape of one byte.
// FIXME: std names this `core::ascii::EscapeDefault`; there is no `core::ascii` module yet.
#[derive(Clone)]
pub struct EscapeDefault {
    bytes: [u8; 4],
    start: u8,
    end: u8,
}

impl EscapeDefault {
    /// `\t`, `\r`, `\n`, `\\`, `\'` and `\"` as a backslash and a letter, the other printable ASCII
    /// bytes as themselves, and every other byte as `\x` and two lowercase hex digits.
    pub(crate) fn new(b: u8) -> EscapeDefault {
        let hex = |d: u8| if d < 10 { b'0' + d } else { b'a' + d - 10 };
        let (bytes, end) = match b {
            b'\t' => ([b'\\', b't', 0, 0], 2),
            b'\r' => ([b'\\', b'r', 0, 0], 2),
            b'\n' => ([b'\\', b'n', 0, 0], 2),
            b'\\' | b'\'' | b'"' => ([b'\\', b, 0, 0], 2),
            0x20..=0x7e => ([b, 0, 0, 0], 1),
            _ => ([b'\\', b'x', hex(b >> 4), hex(b & 0xf)], 4),
        };
        EscapeDefault { bytes, start: 0, end }
    }
}

impl Iterator for EscapeDefault {
    type Item = u8;

    #[inline]
    fn next(&mut self) -> Option<u8> {
        if self.start == self.end {
            return None;
        }
        self.start += 1;
        Some(self.bytes[(self.start - 1) as usize])
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.end - self.start) as usize;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for EscapeDefault {
    #[inline]
    fn next_back(&mut self) -> Option<u8> {
        if self.start == self.end {
            return None;
        }
        self.end -= 1;
        Some(self.bytes[self.end as usize])
    }
}

impl ExactSizeIterator for EscapeDefault {}

impl FusedIterator for EscapeDefault {}

impl fmt::Display for EscapeDefault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rest = &self.bytes[self.start as usize..self.end as usize];
        f.write_str(unsafe { crate::str::from_utf8_unchecked(rest) })
    }
}

impl fmt::Debug for EscapeDefault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EscapeDefault { .. }")
    }
}

impl u8 {
    /// An iterator over the bytes of `self` escaped as in a byte literal (`b'\n'` gives `\n`).
    #[inline]
    pub fn escape_ascii(self) -> EscapeDefault {
        EscapeDefault::new(self)
    }
}
