//! std's side of panics: the `#[panic_handler]` that core's `panic_fmt` reaches, the panic hook,
//! the payload a panic carries, and catching it again.
//!
//! A panic goes: `panic!` -> core's `panic_fmt` -> `panic_handler` here (the payload is the
//! message: a `&'static str` if it has no arguments, else the formatted `String`) ->
//! `panic_with_hook` (counts the panic, runs the hook, which prints the message by default) ->
//! `start_unwind` (boxes the payload and hands it to the `ferrite_begin_panic` intrinsic, which
//! unwinds the stack, running destructors) -> the `catch_unwind` intrinsic of the innermost
//! `catch_unwind`, which gives the payload back to Rust; or the top of the thread (exit code 101
//! for the main thread, `Err(payload)` from `join` for the others).

use core::any::Any;
use core::fmt;
use core::mem::{self, ManuallyDrop};
use core::panic::{Location, PanicInfo};

use alloc::boxed::Box;
use alloc::string::String;

use crate::panic::PanicHookInfo;
use crate::sync::RwLock;

/// A panic hook: what runs when a thread panics, before it unwinds.
type HookFn = Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static>;

enum Hook {
    Default,
    Custom(HookFn),
}

static HOOK: RwLock<Hook> = RwLock::new(Hook::Default);

/// Installs `hook` as the panic hook, replacing the previous one (which is dropped).
pub fn set_hook(hook: HookFn) {
    if panicking() {
        panic!("cannot modify the panic hook from a panicking thread");
    }
    let old = {
        let mut slot = match HOOK.write() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        mem::replace(&mut *slot, Hook::Custom(hook))
    };
    // the old hook is dropped after the lock is released: its destructor may panic or set a hook
    drop(old);
}

/// Removes the panic hook and returns it; the default hook is back in place.
pub fn take_hook() -> HookFn {
    if panicking() {
        panic!("cannot modify the panic hook from a panicking thread");
    }
    let old = {
        let mut slot = match HOOK.write() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        mem::replace(&mut *slot, Hook::Default)
    };
    match old {
        Hook::Default => Box::new(default_hook),
        Hook::Custom(hook) => hook,
    }
}

/// The message of a payload: the string of a `&'static str` or `String` payload.
pub(crate) fn payload_as_str(payload: &dyn Any) -> Option<&str> {
    if let Some(s) = payload.downcast_ref::<&'static str>() {
        Some(*s)
    } else if let Some(s) = payload.downcast_ref::<String>() {
        Some(s.as_str())
    } else {
        None
    }
}

/// Standard error for the messages of the panic machinery (unbuffered, errors ignored).
struct PanicOutput;

impl fmt::Write for PanicOutput {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        unsafe {
            core::intrinsics::ferrite_write(2, s.as_ptr(), s.len());
        }
        Ok(())
    }
}

/// Whether a panic message has printed the RUST_BACKTRACE note (once per process).
static mut BACKTRACE_NOTE_SHOWN: bool = false;

/// The hook in place when no other is: prints `thread '..' (..) panicked at ..:` and the
/// message to standard error, with the RUST_BACKTRACE note after the first panic.
fn default_hook(info: &PanicHookInfo<'_>) {
    let msg = payload_as_str(info.payload()).unwrap_or("Box<dyn Any>");
    let location = match info.location() {
        Some(l) => l,
        None => Location::caller(),
    };
    let thread = crate::thread::current();
    let name = thread.name().unwrap_or("<unnamed>");
    let mut err = PanicOutput;
    let _ = fmt::Write::write_fmt(
        &mut err,
        format_args!("\nthread '{}' ({}) panicked at {}:\n{}\n", name, thread.id().as_u64(), location, msg),
    );
    unsafe {
        if !BACKTRACE_NOTE_SHOWN {
            BACKTRACE_NOTE_SHOWN = true;
            let _ = fmt::Write::write_str(
                &mut err,
                "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
            );
        }
    }
}

/// The number of panics the current thread is in (more than one while a destructor run by an
/// unwinding panics and catches again), and whether it is running the panic hook.
mod panic_count {
    /// The keys of the two thread-local words (their addresses are what counts).
    static COUNT: u8 = 0;
    static IN_HOOK: u8 = 0;

    fn read(key: &'static u8) -> usize {
        unsafe { core::intrinsics::ferrite_tls_get(key as *const u8) as usize }
    }

    fn write(key: &'static u8, v: usize) {
        unsafe { core::intrinsics::ferrite_tls_set(key as *const u8, v as *mut u8) }
    }

    /// Counts a new panic; false if the thread is running the panic hook (a panic in the hook
    /// aborts the process).
    pub fn increase(run_hook: bool) -> bool {
        if read(&IN_HOOK) != 0 {
            return false;
        }
        write(&COUNT, read(&COUNT) + 1);
        write(&IN_HOOK, run_hook as usize);
        true
    }

    pub fn finished_hook() {
        write(&IN_HOOK, 0);
    }

    /// A panic was caught.
    pub fn decrease() {
        write(&COUNT, read(&COUNT) - 1);
        write(&IN_HOOK, 0);
    }

    pub fn get() -> usize {
        read(&COUNT)
    }
}

/// Whether the current thread is unwinding because of a panic.
pub fn panicking() -> bool {
    panic_count::get() != 0
}

/// Entry point of every panic of core (`panic!`, failed assertions, `unwrap` on `None`, ...).
#[panic_handler]
fn panic_handler(info: &PanicInfo<'_>) -> ! {
    let location = match info.location() {
        Some(l) => l,
        None => Location::caller(),
    };
    let message = info.message();
    let payload: Box<dyn Any + Send> = match message.as_str() {
        Some(s) => Box::new(s),
        None => {
            let mut s = String::new();
            let _ = fmt::Write::write_fmt(&mut s, format_args!("{}", message));
            Box::new(s)
        }
    };
    panic_with_hook(payload, location, info.can_unwind())
}

/// A panic with any payload (`panic_any`, and `panic!(value)` before the 2021 edition).
#[track_caller]
#[inline(never)]
pub fn begin_panic<M: Any + Send>(msg: M) -> ! {
    panic_with_hook(Box::new(msg), Location::caller(), true)
}

/// Counts the panic, runs the hook and unwinds (or aborts, where a panic must not unwind).
fn panic_with_hook(payload: Box<dyn Any + Send>, location: &Location<'_>, can_unwind: bool) -> ! {
    if !panic_count::increase(true) {
        // a panic inside the hook: printing the message could panic again, unless it is a string
        let msg = payload_as_str(&*payload).unwrap_or("");
        let _ = fmt::Write::write_fmt(
            &mut PanicOutput,
            format_args!("panicked at {}:\n{}\nthread panicked while processing panic. aborting.\n", location, msg),
        );
        crate::process::abort();
    }
    {
        let info = PanicHookInfo::new(location, &*payload, can_unwind);
        let hook = match HOOK.read() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        match &*hook {
            Hook::Default => default_hook(&info),
            Hook::Custom(hook) => hook(&info),
        }
    }
    panic_count::finished_hook();
    if !can_unwind {
        let _ = fmt::Write::write_str(&mut PanicOutput, "thread caused non-unwinding panic. aborting.\n");
        crate::process::abort();
    }
    start_unwind(payload)
}

/// Unwinds with `payload` without running the hook (`resume_unwind`).
pub fn resume_unwind(payload: Box<dyn Any + Send>) -> ! {
    panic_count::increase(false);
    panic_count::finished_hook();
    start_unwind(payload)
}

/// Hands the payload to the backend's unwinder; `catch` takes it back.
fn start_unwind(payload: Box<dyn Any + Send>) -> ! {
    let raw = Box::into_raw(Box::new(payload));
    unsafe { core::intrinsics::ferrite_begin_panic(raw as *mut u8) }
}

/// What `catch_unwind`'s two callbacks share: the closure going in, then its result or the
/// payload of its panic coming out.
union Data<F, R> {
    f: ManuallyDrop<F>,
    r: ManuallyDrop<R>,
    p: ManuallyDrop<Box<dyn Any + Send>>,
}

/// Runs `f`; a panic that unwinds out of it is stopped here and its payload returned as `Err`.
pub unsafe fn catch_unwind<R, F: FnOnce() -> R>(f: F) -> Result<R, Box<dyn Any + Send>> {
    let mut data = Data::<F, R> { f: ManuallyDrop::new(f) };
    let data_ptr = &mut data as *mut Data<F, R> as *mut u8;
    unsafe {
        if core::intrinsics::catch_unwind(do_call::<F, R>, data_ptr, do_catch::<F, R>) == 0 {
            Ok(ManuallyDrop::into_inner(data.r))
        } else {
            Err(ManuallyDrop::into_inner(data.p))
        }
    }
}

/// Takes the closure out of `data` and leaves its result there.
fn do_call<F: FnOnce() -> R, R>(data: *mut u8) {
    unsafe {
        let data = &mut *(data as *mut Data<F, R>);
        let f = ManuallyDrop::take(&mut data.f);
        data.r = ManuallyDrop::new(f());
    }
}

/// Leaves the caught panic's payload in `data` (the closure was consumed by the call).
fn do_catch<F: FnOnce() -> R, R>(data: *mut u8, payload: *mut u8) {
    unsafe {
        let data = &mut *(data as *mut Data<F, R>);
        let payload = *Box::from_raw(payload as *mut Box<dyn Any + Send>);
        panic_count::decrease();
        data.p = ManuallyDrop::new(payload);
    }
}
