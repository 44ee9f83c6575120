//! Input and output. Printing writes straight to the file descriptor through Ferrite's
//! `ferrite_write` intrinsic.

use crate::fmt;

/// A raw handle to a file descriptor, written without buffering.
struct FdWriter(i32);

impl fmt::Write for FdWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut done = 0;
        while done < s.len() {
            let n = unsafe { core::intrinsics::ferrite_write(self.0, s.as_ptr().add(done), s.len() - done) };
            if n < 0 {
                return Err(fmt::Error);
            }
            done += n as usize;
        }
        Ok(())
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments<'_>) {
    if fmt::write(&mut FdWriter(1), args).is_err() {
        panic!("failed printing to stdout: formatter error");
    }
}

#[doc(hidden)]
pub fn _eprint(args: fmt::Arguments<'_>) {
    if fmt::write(&mut FdWriter(2), args).is_err() {
        panic!("failed printing to stderr: formatter error");
    }
}

/// An I/O error. FIXME: only a message so far (std has an `ErrorKind` and OS error codes).
pub struct Error {
    msg: &'static str,
}

impl Error {
    #[doc(hidden)]
    pub fn other(msg: &'static str) -> Error {
        Error { msg }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.msg)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.msg)
    }
}

impl core::error::Error for Error {}

/// The result of an I/O operation.
pub type Result<T> = core::result::Result<T, Error>;
