//! The entry points of panics: `panic!` and failing checks end up here.
//!
//! core does not know how to print a message or unwind: `panic_fmt` hands the message and the
//! location to the panic handler, the `#[panic_handler]` function of std (declared here as the
//! weak lang item `panic_impl`, which the backend joins to its definition as rustc's linker does).

use crate::fmt;
use crate::panic::{Location, PanicInfo};

extern "Rust" {
    /// std's `#[panic_handler]`: runs the panic hook and starts unwinding.
    #[lang = "panic_impl"]
    fn panic_impl(info: &PanicInfo<'_>) -> !;
}

/// The panic implementation behind `panic!("...", args)`.
#[lang = "panic_fmt"]
#[track_caller]
#[inline(never)]
pub fn panic_fmt(args: fmt::Arguments<'_>) -> ! {
    let info = PanicInfo::new(&args, Location::caller(), true);
    unsafe { panic_impl(&info) }
}

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
