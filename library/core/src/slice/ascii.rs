//! The methods of byte slices `[u8]`: ASCII tests and case, trimming, escaping, UTF-8 chunks.

use super::iter::EscapeAscii;
use crate::str::Utf8Chunks;

impl [u8] {
    /// Whether all bytes are ASCII.
    pub fn is_ascii(&self) -> bool {
        let mut i = 0;
        while i < self.len() {
            if self[i] >= 0x80 {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Whether the two slices are equal when ASCII letters are compared without case.
    pub fn eq_ignore_ascii_case(&self, other: &[u8]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if self[i].to_ascii_lowercase() != other[i].to_ascii_lowercase() {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Converts ASCII letters to upper case in place.
    pub fn make_ascii_uppercase(&mut self) {
        let mut i = 0;
        while i < self.len() {
            self[i] = self[i].to_ascii_uppercase();
            i += 1;
        }
    }

    /// Converts ASCII letters to lower case in place.
    pub fn make_ascii_lowercase(&mut self) {
        let mut i = 0;
        while i < self.len() {
            self[i] = self[i].to_ascii_lowercase();
            i += 1;
        }
    }

    /// The bytes without ASCII white space at the start.
    pub fn trim_ascii_start(&self) -> &[u8] {
        let mut i = 0;
        while i < self.len() && self[i].is_ascii_whitespace() {
            i += 1;
        }
        unsafe { super::from_raw_parts(self.as_ptr().add(i), self.len() - i) }
    }

    /// The bytes without ASCII white space at the end.
    pub fn trim_ascii_end(&self) -> &[u8] {
        let mut j = self.len();
        while j > 0 && self[j - 1].is_ascii_whitespace() {
            j -= 1;
        }
        unsafe { super::from_raw_parts(self.as_ptr(), j) }
    }

    /// The bytes without ASCII white space at either end.
    pub fn trim_ascii(&self) -> &[u8] {
        self.trim_ascii_start().trim_ascii_end()
    }

    /// The bytes escaped as in a byte string literal: `\n`, `\\`, `\"`, `\xff`, ...
    pub fn escape_ascii(&self) -> EscapeAscii<'_> {
        EscapeAscii { bytes: self.iter(), buf: [0; 4], pos: 0, len: 0 }
    }

    /// The runs of valid UTF-8 in the bytes, each with the invalid bytes after it.
    pub fn utf8_chunks(&self) -> Utf8Chunks<'_> {
        Utf8Chunks::new(self)
    }
}
