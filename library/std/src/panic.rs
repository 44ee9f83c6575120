//! Panic support: catching panics, the panic hook, panics with any payload.

use core::any::Any;
use core::fmt;

use alloc::boxed::Box;

pub use core::panic::{AssertUnwindSafe, Location, PanicMessage, RefUnwindSafe, UnwindSafe};

pub use crate::panicking::{set_hook, take_hook};

/// The former name of `PanicHookInfo`.
pub type PanicInfo<'a> = PanicHookInfo<'a>;

/// What a panic hook is told: the panic's payload and where it happened.
#[derive(Debug)]
pub struct PanicHookInfo<'a> {
    payload: &'a (dyn Any + Send),
    location: &'a Location<'a>,
    can_unwind: bool,
}

impl<'a> PanicHookInfo<'a> {
    pub(crate) fn new(location: &'a Location<'a>, payload: &'a (dyn Any + Send), can_unwind: bool) -> Self {
        PanicHookInfo { payload, location, can_unwind }
    }

    /// The payload: a `&'static str` or `String` for `panic!`'s message, any value for
    /// `panic_any`.
    pub fn payload(&self) -> &(dyn Any + Send) {
        self.payload
    }

    /// The payload if it is a message (`&'static str` or `String`).
    pub fn payload_as_str(&self) -> Option<&str> {
        crate::panicking::payload_as_str(self.payload)
    }

    /// Where the panic happened (always known in this implementation).
    pub fn location(&self) -> Option<&Location<'_>> {
        Some(self.location)
    }

    /// Whether the panic may unwind.
    pub fn can_unwind(&self) -> bool {
        self.can_unwind
    }
}

impl fmt::Display for PanicHookInfo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("panicked at ")?;
        fmt::Display::fmt(self.location, f)?;
        if let Some(msg) = self.payload_as_str() {
            f.write_str(":\n")?;
            f.write_str(msg)?;
        }
        Ok(())
    }
}

/// Panics with `msg` as the payload (which `catch_unwind` and the hook can downcast).
#[track_caller]
pub fn panic_any<M: 'static + Any + Send>(msg: M) -> ! {
    crate::panicking::begin_panic(msg)
}

/// Runs `f` and returns its result, or `Err` with the payload if it panics. The panic hook has
/// printed the message by then; the panic goes no further than here.
pub fn catch_unwind<F: FnOnce() -> R + UnwindSafe, R>(f: F) -> crate::thread::Result<R> {
    unsafe { crate::panicking::catch_unwind(f) }
}

/// Panics again with a payload `catch_unwind` returned, without running the hook.
pub fn resume_unwind(payload: Box<dyn Any + Send>) -> ! {
    crate::panicking::resume_unwind(payload)
}

/// How much of a backtrace the default hook prints (Ferrite prints none).
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BacktraceStyle {
    Short,
    Full,
    Off,
}

/// The backtrace style the default hook uses: off, as Ferrite prints no backtraces.
pub fn get_backtrace_style() -> Option<BacktraceStyle> {
    Some(BacktraceStyle::Off)
}
