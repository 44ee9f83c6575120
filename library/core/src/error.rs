//! The `Error` trait: what error values offer beyond `Debug` and `Display`.

use crate::fmt::{Debug, Display};
use crate::option::Option::{self, None};

/// A value describing an error, with an optional lower-level cause.
pub trait Error: Debug + Display {
    /// The lower-level error that caused this one, if any.
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }

    /// Deprecated in Rust: use `Display`.
    fn description(&self) -> &str {
        "description() is deprecated; use Display"
    }

    /// Deprecated in Rust: use `source`.
    fn cause(&self) -> Option<&dyn Error> {
        self.source()
    }
}

impl Error for crate::num::ParseIntError {}

impl Error for crate::num::TryFromIntError {}

impl Error for crate::convert::Infallible {}

impl Error for crate::fmt::Error {}

impl<'a, E: Error + ?Sized> Error for &'a E {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Error::source(&**self)
    }
}
