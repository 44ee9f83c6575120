//! The `char` type: its methods (in `methods`), conversions, and the iterators of its case
//! mappings, escapes and UTF-16 decoding.

mod decode;
mod escape;
mod methods;
mod tables;

use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

pub use decode::{decode_utf16, DecodeUtf16, DecodeUtf16Error};
pub use escape::{EscapeDebug, EscapeDefault, EscapeUnicode};

pub const MAX: char = char::MAX;

/// `U+FFFD`, the char that stands for undecodable input.
pub const REPLACEMENT_CHARACTER: char = char::REPLACEMENT_CHARACTER;

/// The version of Unicode that `char`'s methods follow.
pub const UNICODE_VERSION: (u8, u8, u8) = char::UNICODE_VERSION;

/// The char with code point `i`, if it is one.
#[inline]
pub const fn from_u32(i: u32) -> Option<char> {
    char::from_u32(i)
}

/// The char with code point `i`, which must be one (not a surrogate, at most `char::MAX`).
#[inline]
pub const unsafe fn from_u32_unchecked(i: u32) -> char {
    unsafe { char::from_u32_unchecked(i) }
}

/// The char of digit `num` in `radix`, if it is one.
#[inline]
pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
    char::from_digit(num, radix)
}

/// Whether `escape_debug` leaves `c` (not ASCII) as it is: printable and, when `grapheme` is set,
/// not a grapheme extender.
fn non_ascii_shown_as_is(c: char, grapheme: bool) -> bool {
    let code = c as u32;
    !in_ranges(tables::NOT_PRINTABLE, code) && !(grapheme && in_ranges(tables::GRAPHEME_EXTENDED, code))
}

/// Whether `c` lies in a table of `first, last` pairs sorted by `first`.
fn in_ranges(table: &[u32], c: u32) -> bool {
    let mut lo = 0;
    let mut hi = table.len() / 2;
    // pairs before `lo` start at or before `c`, pairs from `hi` on start after it
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table[mid * 2] <= c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo > 0 && c <= table[lo * 2 - 1]
}

// ---- conversion errors ----

/// The error of `char::try_from(u32)`: the number is not a char's code point.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct CharTryFromError(());

impl fmt::Display for CharTryFromError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("converted integer out of range for `char`")
    }
}

impl crate::error::Error for CharTryFromError {}

impl crate::convert::TryFrom<u32> for char {
    type Error = CharTryFromError;

    #[inline]
    fn try_from(i: u32) -> Result<char, CharTryFromError> {
        match char::from_u32(i) {
            Some(c) => Ok(c),
            None => Err(CharTryFromError(())),
        }
    }
}

/// The error of `u8::try_from(char)` and `u16::try_from(char)`: the code point is too large.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct TryFromCharError(());

impl fmt::Display for TryFromCharError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unicode code point out of range")
    }
}

impl crate::error::Error for TryFromCharError {}

impl crate::convert::TryFrom<char> for u8 {
    type Error = TryFromCharError;

    #[inline]
    fn try_from(c: char) -> Result<u8, TryFromCharError> {
        let code = c as u32;
        if code <= 0xFF { Ok(code as u8) } else { Err(TryFromCharError(())) }
    }
}

impl crate::convert::TryFrom<char> for u16 {
    type Error = TryFromCharError;

    #[inline]
    fn try_from(c: char) -> Result<u16, TryFromCharError> {
        let code = c as u32;
        if code <= 0xFFFF { Ok(code as u16) } else { Err(TryFromCharError(())) }
    }
}

/// Why a string is not one char.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

/// The error of parsing a char from a string that does not hold exactly one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

impl fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            CharErrorKind::EmptyString => f.write_str("cannot parse char from empty string"),
            CharErrorKind::TooManyChars => f.write_str("too many characters in string"),
        }
    }
}

impl crate::error::Error for ParseCharError {}

impl crate::str::FromStr for char {
    type Err = ParseCharError;

    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Err(ParseCharError { kind: CharErrorKind::EmptyString }),
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError { kind: CharErrorKind::TooManyChars }),
        }
    }
}

// ---- case mappings ----

/// One to three chars of a case mapping, not yet iterated from `start` to `end`.
#[derive(Clone)]
struct CaseMappingIter {
    chars: [char; 3],
    start: usize,
    end: usize,
}

impl CaseMappingIter {
    fn one(c: char) -> CaseMappingIter {
        CaseMappingIter { chars: [c, '\0', '\0'], start: 0, end: 1 }
    }

    /// A mapping padded with NUL (a mapping never contains NUL except as NUL's own).
    fn new(chars: [char; 3]) -> CaseMappingIter {
        let end = if chars[1] == '\0' { 1 } else if chars[2] == '\0' { 2 } else { 3 };
        CaseMappingIter { chars, start: 0, end }
    }

    fn next(&mut self) -> Option<char> {
        if self.start == self.end {
            return None;
        }
        self.start += 1;
        Some(self.chars[self.start - 1])
    }

    fn next_back(&mut self) -> Option<char> {
        if self.start == self.end {
            return None;
        }
        self.end -= 1;
        Some(self.chars[self.end])
    }

    fn len(&self) -> usize {
        self.end - self.start
    }

    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut i = self.start;
        while i < self.end {
            fmt::Write::write_char(f, self.chars[i])?;
            i += 1;
        }
        fmt::Result::Ok(())
    }

    /// As std shows it: `CaseMappingIter(IntoIter(['a']))`, the chars not yet iterated.
    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CaseMappingIter(IntoIter(")?;
        fmt::Debug::fmt(&self.chars[self.start..self.end], f)?;
        f.write_str("))")
    }
}

macro_rules! case_mapping_iter {
    ($($name:ident $method:literal),*) => {
        $(
            #[doc = concat!("The iterator of `char::", $method, "`.")]
            #[derive(Clone)]
            pub struct $name(CaseMappingIter);

            impl Iterator for $name {
                type Item = char;

                fn next(&mut self) -> Option<char> {
                    self.0.next()
                }

                fn size_hint(&self) -> (usize, Option<usize>) {
                    (self.0.len(), Some(self.0.len()))
                }
            }

            impl DoubleEndedIterator for $name {
                fn next_back(&mut self) -> Option<char> {
                    self.0.next_back()
                }
            }

            impl ExactSizeIterator for $name {}

            impl FusedIterator for $name {}

            /// The remaining chars, written one after the other.
            impl fmt::Display for $name {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }

            impl fmt::Debug for $name {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(stringify!($name))?;
                    f.write_str("(")?;
                    self.0.debug(f)?;
                    f.write_str(")")
                }
            }
        )*
    };
}

// FIXME: doc comments in the macro call do not match `$(#[$doc:meta])*` in Ferrite yet.
case_mapping_iter! { ToUppercase "to_uppercase", ToLowercase "to_lowercase" }
