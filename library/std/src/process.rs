//! Processes.

/// Terminates the current process with the specified exit code.
pub fn exit(code: i32) -> ! {
    unsafe { core::intrinsics::ferrite_exit(code) }
}

/// Terminates the process in an abnormal fashion.
pub fn abort() -> ! {
    unsafe { core::intrinsics::abort() }
}
