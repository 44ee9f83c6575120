//! `Utf8Chunks`: bytes split into runs of valid UTF-8, each followed by the bad bytes after it
//! (what `String::from_utf8_lossy` replaces by U+FFFD, one per bad sequence).

use super::from_utf8_unchecked;
use super::validations::run_utf8_validation;
use crate::fmt;
use crate::iter::{FusedIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{Err, Ok};

/// A run of valid UTF-8 and the invalid bytes that end it (empty at the end of the input).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Utf8Chunk<'a> {
    valid: &'a str,
    invalid: &'a [u8],
}

impl<'a> Utf8Chunk<'a> {
    /// The valid UTF-8 of the chunk.
    pub fn valid(&self) -> &'a str {
        self.valid
    }

    /// The bad bytes after the valid part: one bad sequence (1 to 3 bytes), or nothing.
    pub fn invalid(&self) -> &'a [u8] {
        self.invalid
    }
}

/// The iterator of `[u8]::utf8_chunks`.
#[derive(Clone)]
pub struct Utf8Chunks<'a> {
    source: &'a [u8],
}

impl<'a> Utf8Chunks<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Utf8Chunks<'a> {
        Utf8Chunks { source: bytes }
    }

    /// The remaining bytes as a string literal shows them (`"ab\xFF"`): the `Debug` of
    /// `CStr`, `OsStr` and `Path`.
    pub fn debug(&self) -> Debug<'a> {
        Debug(self.source)
    }
}

impl<'a> Iterator for Utf8Chunks<'a> {
    type Item = Utf8Chunk<'a>;

    fn next(&mut self) -> Option<Utf8Chunk<'a>> {
        if self.source.is_empty() {
            return None;
        }
        let src = self.source;
        let (valid_len, bad_len) = match run_utf8_validation(src) {
            Ok(()) => (src.len(), 0),
            Err(e) => match e.error_len {
                Some(n) => (e.valid_up_to, n as usize),
                None => (e.valid_up_to, src.len() - e.valid_up_to),
            },
        };
        let valid = unsafe { from_utf8_unchecked(&src[..valid_len]) };
        let invalid = &src[valid_len..valid_len + bad_len];
        self.source = &src[valid_len + bad_len..];
        Some(Utf8Chunk { valid, invalid })
    }
}

impl<'a> FusedIterator for Utf8Chunks<'a> {}

impl<'a> fmt::Debug for Utf8Chunks<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Utf8Chunks").field("source", &Debug(self.source)).finish()
    }
}

/// Bytes as a byte string literal shows them: `b"ab\xFF"` without the `b`.
pub struct Debug<'a>(&'a [u8]);

impl<'a> fmt::Debug for Debug<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for chunk in Utf8Chunks::new(self.0) {
            for c in chunk.valid().chars() {
                match c {
                    '\0' => f.write_str("\\0")?,
                    '\t' => f.write_str("\\t")?,
                    '\r' => f.write_str("\\r")?,
                    '\n' => f.write_str("\\n")?,
                    '\\' => f.write_str("\\\\")?,
                    '"' => f.write_str("\\\"")?,
                    _ => {
                        if (c as u32) < 0x20 || c as u32 == 0x7F {
                            write!(f, "\\x{:02X}", c as u32)?;
                        } else {
                            let mut buf = [0u8; 4];
                            f.write_str(c.encode_utf8(&mut buf))?;
                        }
                    }
                }
            }
            for b in chunk.invalid() {
                write!(f, "\\x{:02X}", b)?;
            }
        }
        f.write_str("\"")
    }
}
