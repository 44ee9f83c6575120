//! Panic support in the standard library.

use crate::fmt;

/// The location of a panic: file, line and column (of the `#[track_caller]` caller).
#[lang = "panic_location"]
#[derive(Copy, Clone, Debug, Hash, PartialEq, Eq, PartialOrd, Ord)]
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

/// What the panic handler is told about a panic: the message and where it happened.
pub struct PanicInfo<'a> {
    message: &'a fmt::Arguments<'a>,
    location: &'a Location<'a>,
    can_unwind: bool,
}

impl<'a> PanicInfo<'a> {
    #[doc(hidden)]
    pub fn new(message: &'a fmt::Arguments<'a>, location: &'a Location<'a>, can_unwind: bool) -> PanicInfo<'a> {
        PanicInfo { message, location, can_unwind }
    }

    /// The `panic!` message, to be displayed.
    pub fn message(&self) -> PanicMessage<'_> {
        PanicMessage { message: self.message }
    }

    /// Where the panic happened (always known in this implementation).
    pub fn location(&self) -> Option<&Location<'_>> {
        crate::option::Option::Some(self.location)
    }

    /// Whether the panic may unwind (false for panics in functions that must not unwind).
    pub fn can_unwind(&self) -> bool {
        self.can_unwind
    }
}

impl fmt::Display for PanicInfo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("panicked at ")?;
        fmt::Display::fmt(self.location, f)?;
        f.write_str(":\n")?;
        fmt::Display::fmt(self.message, f)
    }
}

impl fmt::Debug for PanicInfo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PanicInfo")
            .field("message", self.message)
            .field("location", self.location)
            .field("can_unwind", &self.can_unwind)
            .finish()
    }
}

/// The message of a panic, as `PanicInfo::message` gives it.
pub struct PanicMessage<'a> {
    message: &'a fmt::Arguments<'a>,
}

impl<'a> PanicMessage<'a> {
    /// The message if it has no arguments to format (`panic!("text")`).
    pub fn as_str(&self) -> Option<&'static str> {
        self.message.as_str()
    }
}

impl fmt::Display for PanicMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.message, f)
    }
}

impl fmt::Debug for PanicMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.message, f)
    }
}

// ---- unwind safety ----

/// Types whose values stay consistent when a panic unwinds past code that was using them, so a
/// closure capturing them may be run by `catch_unwind`. An auto trait: a type is `UnwindSafe` when
/// all its parts are, except mutable references (the referent may be left half-updated) and
/// shared references to types with interior mutability (`&RefCell<T>`).
pub auto trait UnwindSafe {}

/// Types whose shared references are `UnwindSafe`: those without interior mutability that a
/// panic could leave broken (everything but `UnsafeCell` and what contains one, except where the
/// type itself guards against it, as locks and atomics do).
pub auto trait RefUnwindSafe {}

impl<T: ?Sized> !UnwindSafe for &mut T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for &T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for *const T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for *mut T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for crate::ptr::NonNull<T> {}
impl<T> UnwindSafe for AssertUnwindSafe<T> {}

impl<T: ?Sized> !RefUnwindSafe for crate::cell::UnsafeCell<T> {}
impl<T> RefUnwindSafe for AssertUnwindSafe<T> {}
impl RefUnwindSafe for crate::sync::atomic::AtomicBool {}
impl<T> RefUnwindSafe for crate::sync::atomic::AtomicPtr<T> {}

macro_rules! atomics_ref_unwind_safe {
    ($($t:ident)*) => {
        $(impl RefUnwindSafe for crate::sync::atomic::$t {})*
    };
}

atomics_ref_unwind_safe! {
    AtomicI8 AtomicU8 AtomicI16 AtomicU16 AtomicI32 AtomicU32 AtomicI64 AtomicU64 AtomicIsize AtomicUsize
}

/// A wrapper that asserts its contents are unwind safe: `catch_unwind(AssertUnwindSafe(|| ..))`
/// accepts a closure capturing `&mut` state, the caller having checked that a panic does not
/// leave that state broken (or not caring). It calls the closure it wraps and dereferences to it.
pub struct AssertUnwindSafe<T>(pub T);

impl<T> crate::ops::Deref for AssertUnwindSafe<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> crate::ops::DerefMut for AssertUnwindSafe<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<R, F: FnOnce() -> R> FnOnce<()> for AssertUnwindSafe<F> {
    type Output = R;

    extern "rust-call" fn call_once(self, _args: ()) -> R {
        (self.0)()
    }
}

impl<T: fmt::Debug> fmt::Debug for AssertUnwindSafe<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("AssertUnwindSafe").field(&self.0).finish()
    }
}

impl<T: crate::default::Default> crate::default::Default for AssertUnwindSafe<T> {
    fn default() -> Self {
        AssertUnwindSafe(crate::default::Default::default())
    }
}
