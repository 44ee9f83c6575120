//! Panic support in the standard library.

use crate::fmt;

/// The location of a panic: file, line and column (of the `#[track_caller]` caller).
#[lang = "panic_location"]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

impl<'a> Location<'a> {
    /// The location of the caller of the `#[track_caller]` function this is called in.
    #[inline]
    #[track_caller]
    pub fn caller() -> &'static Location<'static> {
        crate::intrinsics::caller_location()
    }

    pub fn file(&self) -> &str {
        self.file
    }

    pub fn line(&self) -> u32 {
        self.line
    }

    pub fn column(&self) -> u32 {
        self.col
    }
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.file)?;
        f.write_str(":")?;
        fmt::Display::fmt(&self.line, f)?;
        f.write_str(":")?;
        fmt::Display::fmt(&self.col, f)
    }
}

/// What a panic hook is told: the message and where it happened.
pub struct PanicInfo<'a> {
    message: &'a fmt::Arguments<'a>,
    location: &'a Location<'a>,
}

impl<'a> PanicInfo<'a> {
    pub fn location(&self) -> &Location<'_> {
        self.location
    }

    pub fn message(&self) -> &fmt::Arguments<'a> {
        self.message
    }
}
