//! The errors of integer parsing and of fallible integer conversions.

use crate::fmt;

/// The error of a checked integral conversion (`u8::try_from(300i32)`).
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromIntError(pub(crate) ());

impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("out of range integral type conversion attempted", f)
    }
}

impl From<crate::convert::Infallible> for TryFromIntError {
    fn from(x: crate::convert::Infallible) -> TryFromIntError {
        match x {}
    }
}

/// The error of parsing an integer (`"x".parse::<i32>()`, `i32::from_str_radix`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    pub(super) kind: IntErrorKind,
}

/// Why parsing an integer failed.
#[derive(Debug, Clone, PartialEq, Eq, Copy)]
#[non_exhaustive]
pub enum IntErrorKind {
    /// The string is empty.
    Empty,
    /// The string holds a character that is not a digit in the radix.
    InvalidDigit,
    /// The value is larger than the type's maximum.
    PosOverflow,
    /// The value is smaller than the type's minimum.
    NegOverflow,
    /// The value is zero, which a non-zero type cannot hold.
    Zero,
}

impl ParseIntError {
    /// Why parsing failed.
    pub const fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        };
        fmt::Display::fmt(text, f)
    }
}
