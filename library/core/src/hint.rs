//! Hints to the compiler that affect how code is optimised (or checked): none changes what a
//! correct program computes.

use crate::intrinsics;

/// Returns `dummy` unchanged while keeping the optimiser from assuming anything about it (what
/// benchmarks use to keep computations from being folded away).
#[inline]
pub fn black_box<T>(dummy: T) -> T {
    intrinsics::black_box(dummy)
}

/// Tells the processor it is in a busy-wait loop; here it lets the other threads run, so that a
/// loop waiting for another thread makes progress under cooperative scheduling.
#[inline]
pub fn spin_loop() {
    unsafe { intrinsics::ferrite_thread_yield() }
}

/// Promises that this point is never reached: reaching it is undefined behaviour (which the
/// interpreter reports).
#[inline]
pub const unsafe fn unreachable_unchecked() -> ! {
    unsafe { intrinsics::unreachable() }
}

/// Promises that `cond` holds: if it does not, the behaviour is undefined (reported).
#[inline]
#[track_caller]
pub const unsafe fn assert_unchecked(cond: bool) {
    if !cond {
        unsafe { intrinsics::unreachable() }
    }
}

/// Marks a value as one whose use matters (the `must_use` lint's business; here the identity).
#[must_use]
#[inline(always)]
pub const fn must_use<T>(value: T) -> T {
    value
}
