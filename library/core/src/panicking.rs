//! The entry points of panics: `panic!` and failing checks end up here.
//!
//! Ferrite has no unwinding runtime in Rust: the message is printed the way std's default hook
//! prints it, then the `ferrite_begin_panic` intrinsic unwinds the stack (running drops) and the
//! program exits with code 101 when the panic reaches the top of `main`.

use crate::fmt;
use crate::fmt::Write;
use crate::panic::Location;

/// The message std's default panic hook prints, to stderr.
struct Stderr;

impl fmt::Write for Stderr {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        unsafe {
            crate::intrinsics::ferrite_write(2, s.as_ptr(), s.len());
        }
        fmt::Result::Ok(())
    }
}

/// The panic implementation behind `panic!("...", args)`.
#[lang = "panic_fmt"]
#[track_caller]
#[inline(never)]
pub fn panic_fmt(args: fmt::Arguments<'_>) -> ! {
    let location = Location::caller();
    let mut err = Stderr;
    let id = unsafe { crate::intrinsics::ferrite_thread_id() };
    let name = unsafe { crate::intrinsics::ferrite_thread_name() };
    let name = if name.is_empty() { "<unnamed>" } else { name };
    let _ = fmt::write(&mut err, format_args!("\nthread '{}' ({}) panicked at {}:\n{}\n", name, id, location, args));
    // std's default hook mentions RUST_BACKTRACE with the first panic of the process only
    unsafe {
        if !BACKTRACE_NOTE_SHOWN {
            BACKTRACE_NOTE_SHOWN = true;
            let _ = err.write_str("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
        }
        crate::intrinsics::ferrite_begin_panic()
    }
}

/// Whether a panic message has printed the RUST_BACKTRACE note (shared by every thread).
static mut BACKTRACE_NOTE_SHOWN: bool = false;

/// The panic for a constant message (`panic!()` and the compiler's own checks).
#[lang = "panic"]
#[track_caller]
#[inline(never)]
pub fn panic(msg: &'static str) -> ! {
    panic_fmt(fmt::Arguments::new_const(&[msg]))
}

/// The panic of `expect(msg)`.
#[track_caller]
#[inline(never)]
pub fn panic_display<T: fmt::Display>(x: &T) -> ! {
    panic_fmt(format_args!("{}", *x))
}

/// The panic of an out-of-bounds index (`index out of bounds: the len is 3 but the index is 5`).
#[lang = "panic_bounds_check"]
#[track_caller]
#[inline(never)]
pub fn panic_bounds_check(index: usize, len: usize) -> ! {
    panic_fmt(format_args!("index out of bounds: the len is {} but the index is {}", len, index))
}
