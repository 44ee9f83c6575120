//! `FromStr` (what `str::parse` calls) and the `FromStr` of `bool`.

use crate::fmt;
use crate::result::Result::{self, Err, Ok};

/// Parsing a value from a string (`str::parse`).
pub trait FromStr: Sized {
    /// The error of a string that is not a value.
    type Err;

    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

/// The error of parsing a `bool` from a string other than `"true"` or `"false"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("provided string was not `true` or `false`", f)
    }
}

impl crate::error::Error for ParseBoolError {}

impl FromStr for bool {
    type Err = ParseBoolError;

    /// `"true"` or `"false"`, exactly (no other case, no white space).
    #[inline]
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        match s {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(ParseBoolError),
        }
    }
}
