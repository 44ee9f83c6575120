//! Processes.

/// Terminates the current process with the specified exit code.
pub fn exit(code: i32) -> ! {
    unsafe { core::intrinsics::ferrite_exit(code) }
}

/// Terminates the process in an abnormal fashion.
pub fn abort() -> ! {
    unsafe { core::intrinsics::abort() }
}

/// The status code a process returns to its parent when `main` ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitCode(u8);

impl ExitCode {
    /// The conventional success code, 0.
    pub const SUCCESS: ExitCode = ExitCode(0);
    /// The conventional failure code, 1.
    pub const FAILURE: ExitCode = ExitCode(1);

    /// Ends the process with this code, as `exit` does.
    pub fn exit_process(self) -> ! {
        exit(self.to_i32())
    }

    pub(crate) fn to_i32(self) -> i32 {
        self.0 as i32
    }
}

impl From<u8> for ExitCode {
    fn from(code: u8) -> ExitCode {
        ExitCode(code)
    }
}

impl Default for ExitCode {
    fn default() -> ExitCode {
        ExitCode::SUCCESS
    }
}

/// What `main` may return: the runtime turns it into the process's exit code.
#[lang = "termination"]
pub trait Termination {
    /// The exit code for this value; an error is reported on stderr first.
    fn report(self) -> ExitCode;
}

impl Termination for () {
    fn report(self) -> ExitCode {
        ExitCode::SUCCESS
    }
}

impl Termination for ! {
    fn report(self) -> ExitCode {
        self
    }
}

impl Termination for core::convert::Infallible {
    fn report(self) -> ExitCode {
        match self {}
    }
}

impl Termination for ExitCode {
    fn report(self) -> ExitCode {
        self
    }
}

impl<T: Termination, E: core::fmt::Debug> Termination for Result<T, E> {
    fn report(self) -> ExitCode {
        match self {
            Ok(value) => value.report(),
            Err(err) => {
                eprintln!("Error: {err:?}");
                ExitCode::FAILURE
            }
        }
    }
}
