//! The `char` type: its methods (in `methods`), conversions, and the iterators of its case
//! mappings.

mod methods;

use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Iterator};
use crate::option::Option::{self, None, Some};

pub const MAX: char = char::MAX;

/// The char with code point `i`, if it is one.
#[inline]
pub const fn from_u32(i: u32) -> Option<char> {
    char::from_u32(i)
}

/// The char of digit `num` in `radix`, if it is one.
#[inline]
pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
    char::from_digit(num, radix)
}

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

            /// The remaining chars, written one after the other.
            impl fmt::Display for $name {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    self.0.fmt(f)
                }
            }
        )*
    };
}

// FIXME: doc comments in the macro call do not match `$(#[$doc:meta])*` in Ferrite yet.
case_mapping_iter! { ToUppercase "to_uppercase", ToLowercase "to_lowercase" }
