//! Compiler intrinsics: functions without a body in Rust, implemented by each backend (Ferrite's
//! interpreter implements every one listed here). `ferrite_*` intrinsics are Ferrite's runtime
//! interface: the few services the standard library needs from the machine.

extern "rust-intrinsic" {
    pub fn size_of<T>() -> usize;
    pub fn min_align_of<T>() -> usize;
    /// The size of the value `ptr` points at; for unsized types from the pointer's metadata.
    pub fn size_of_val<T: ?Sized>(ptr: *const T) -> usize;
    /// The alignment of the value `ptr` points at; for unsized types from the pointer's metadata.
    pub fn min_align_of_val<T: ?Sized>(ptr: *const T) -> usize;
    pub fn transmute<Src, Dst>(src: Src) -> Dst;
    /// Reads `*ptr` by copying its bytes (`ptr::read`).
    pub fn read_via_copy<T>(ptr: *const T) -> T;
    /// Moves `value` into `*ptr` without dropping the old value (`ptr::write`).
    pub fn write_via_move<T>(ptr: *mut T, value: T);
    pub fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
    pub fn copy<T>(src: *const T, dst: *mut T, count: usize);
    pub fn write_bytes<T>(dst: *mut T, val: u8, count: usize);
    pub fn abort() -> !;
    pub fn unreachable() -> !;
    pub fn black_box<T>(dummy: T) -> T;
    pub fn needs_drop<T: ?Sized>() -> bool;
    pub fn offset<Ptr, Delta>(dst: Ptr, offset: Delta) -> Ptr;
    pub fn wrapping_add<T: Copy>(a: T, b: T) -> T;
    pub fn wrapping_sub<T: Copy>(a: T, b: T) -> T;
    pub fn wrapping_mul<T: Copy>(a: T, b: T) -> T;
    pub fn add_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
    pub fn sub_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
    pub fn mul_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
    pub fn saturating_add<T: Copy>(a: T, b: T) -> T;
    pub fn saturating_sub<T: Copy>(a: T, b: T) -> T;
    pub fn ctpop<T: Copy>(x: T) -> u32;
    pub fn ctlz<T: Copy>(x: T) -> u32;
    pub fn cttz<T: Copy>(x: T) -> u32;
    pub fn rotate_left<T: Copy>(x: T, shift: u32) -> T;
    pub fn rotate_right<T: Copy>(x: T, shift: u32) -> T;
    pub fn bswap<T: Copy>(x: T) -> T;
    pub fn bitreverse<T: Copy>(x: T) -> T;
    pub fn type_name<T: ?Sized>() -> &'static str;
    /// A number unique to the type `T` within one program run.
    pub fn type_id<T: ?Sized + 'static>() -> u128;
    pub fn caller_location() -> &'static crate::panic::Location<'static>;
    /// Calls `try_fn(data)`; if a panic unwinds out of it, calls `catch_fn(data, payload)` with
    /// the panic's payload and returns 1, else returns 0.
    pub fn catch_unwind(try_fn: fn(*mut u8), data: *mut u8, catch_fn: fn(*mut u8, *mut u8)) -> i32;

    // Float math: rustc's intrinsics (each backend maps them to libm or instructions).
    pub fn sqrtf32(x: f32) -> f32;
    pub fn sqrtf64(x: f64) -> f64;
    pub fn floorf32(x: f32) -> f32;
    pub fn floorf64(x: f64) -> f64;
    pub fn ceilf32(x: f32) -> f32;
    pub fn ceilf64(x: f64) -> f64;
    pub fn truncf32(x: f32) -> f32;
    pub fn truncf64(x: f64) -> f64;
    pub fn roundf32(x: f32) -> f32;
    pub fn roundf64(x: f64) -> f64;
    pub fn rintf32(x: f32) -> f32;
    pub fn rintf64(x: f64) -> f64;
    pub fn fabsf32(x: f32) -> f32;
    pub fn fabsf64(x: f64) -> f64;
    pub fn expf32(x: f32) -> f32;
    pub fn expf64(x: f64) -> f64;
    pub fn exp2f32(x: f32) -> f32;
    pub fn exp2f64(x: f64) -> f64;
    pub fn logf32(x: f32) -> f32;
    pub fn logf64(x: f64) -> f64;
    pub fn log2f32(x: f32) -> f32;
    pub fn log2f64(x: f64) -> f64;
    pub fn log10f32(x: f32) -> f32;
    pub fn log10f64(x: f64) -> f64;
    pub fn sinf32(x: f32) -> f32;
    pub fn sinf64(x: f64) -> f64;
    pub fn cosf32(x: f32) -> f32;
    pub fn cosf64(x: f64) -> f64;
    pub fn copysignf32(x: f32, y: f32) -> f32;
    pub fn powf32(a: f32, x: f32) -> f32;
    pub fn powif32(a: f32, x: i32) -> f32;
    pub fn fmaf32(a: f32, b: f32, c: f32) -> f32;
    pub fn minnumf32(x: f32, y: f32) -> f32;
    pub fn maxnumf32(x: f32, y: f32) -> f32;
    pub fn copysignf64(x: f64, y: f64) -> f64;
    pub fn powf64(a: f64, x: f64) -> f64;
    pub fn powif64(a: f64, x: i32) -> f64;
    pub fn fmaf64(a: f64, b: f64, c: f64) -> f64;
    pub fn minnumf64(x: f64, y: f64) -> f64;
    pub fn maxnumf64(x: f64, y: f64) -> f64;

    // libm functions that real std reaches through `extern "C"` (its `cmath` module); Ferrite
    // makes them intrinsics so that backends provide them like the ones above.
    pub fn tanf32(x: f32) -> f32;
    pub fn tanf64(x: f64) -> f64;
    pub fn asinf32(x: f32) -> f32;
    pub fn asinf64(x: f64) -> f64;
    pub fn acosf32(x: f32) -> f32;
    pub fn acosf64(x: f64) -> f64;
    pub fn atanf32(x: f32) -> f32;
    pub fn atanf64(x: f64) -> f64;
    pub fn sinhf32(x: f32) -> f32;
    pub fn sinhf64(x: f64) -> f64;
    pub fn coshf32(x: f32) -> f32;
    pub fn coshf64(x: f64) -> f64;
    pub fn tanhf32(x: f32) -> f32;
    pub fn tanhf64(x: f64) -> f64;
    pub fn cbrtf32(x: f32) -> f32;
    pub fn cbrtf64(x: f64) -> f64;
    pub fn expm1f32(x: f32) -> f32;
    pub fn expm1f64(x: f64) -> f64;
    pub fn log1pf32(x: f32) -> f32;
    pub fn log1pf64(x: f64) -> f64;
    pub fn atan2f32(x: f32, y: f32) -> f32;
    pub fn atan2f64(x: f64, y: f64) -> f64;
    pub fn hypotf32(x: f32, y: f32) -> f32;
    pub fn hypotf64(x: f64, y: f64) -> f64;

    /// Writes `len` bytes at `ptr` to the program's file descriptor `fd` (1 = stdout, 2 = stderr).
    pub fn ferrite_write(fd: i32, ptr: *const u8, len: usize) -> isize;
    /// Reads at most `len` bytes from the program's file descriptor `fd` (0 = stdin) into `ptr`;
    /// returns how many (0 at the end of the input), or -1 for a descriptor it cannot read.
    pub fn ferrite_read(fd: i32, ptr: *mut u8, len: usize) -> isize;
    /// The current thread's pointer for the thread-local key at `key` (null until it is set).
    pub fn ferrite_tls_get(key: *const u8) -> *mut u8;
    /// Sets the current thread's pointer for the thread-local key at `key`.
    pub fn ferrite_tls_set(key: *const u8, value: *mut u8);
    /// How many command-line arguments the program has (the program's name first).
    pub fn ferrite_args_count() -> usize;
    /// The `i`-th command-line argument.
    pub fn ferrite_arg(i: usize) -> &'static str;
    /// Ends the program with the exit code.
    pub fn ferrite_exit(code: i32) -> !;
    /// Starts unwinding the current thread with `payload` (std's boxed panic payload, handed to
    /// the `catch_fn` of the `catch_unwind` that stops the unwinding); the panic hook has run.
    pub fn ferrite_begin_panic(payload: *mut u8) -> !;
    /// A number identifying the current thread, as Rust prints it in panic messages.
    pub fn ferrite_thread_id() -> u64;
    /// The current thread's name as given to `thread::Builder::name`, or "" if it has none.
    pub fn ferrite_thread_name() -> &'static str;
    /// Starts a thread that calls `start(data)`, named by the `name_len` bytes at `name` (unnamed
    /// if `name` is null); returns its id. Threads are scheduled cooperatively: a thread runs
    /// until it blocks or yields.
    pub fn ferrite_thread_spawn(start: fn(*mut u8), data: *mut u8, name: *const u8, name_len: usize) -> u64;
    /// Waits until thread `id` has finished; true if it ended by panicking.
    pub fn ferrite_thread_join(id: u64) -> bool;
    /// Lets the other threads run.
    pub fn ferrite_thread_yield();
    /// Blocks the current thread for `nanos` nanoseconds of the monotonic clock.
    pub fn ferrite_thread_sleep(nanos: u64);
    /// Blocks the current thread while `*addr == expected` (others run meanwhile); a wait no
    /// thread can ever end is reported as a deadlock.
    pub fn ferrite_futex_wait(addr: *const u32, expected: u32);
    /// Nanoseconds of a monotonic clock (its origin is unspecified).
    pub fn ferrite_clock_monotonic() -> u64;
    /// Nanoseconds since 1970-01-01 00:00:00 UTC.
    pub fn ferrite_clock_realtime() -> u64;
    /// Allocates `size` bytes aligned to `align`; null if the memory cannot be had.
    pub fn ferrite_alloc(size: usize, align: usize) -> *mut u8;
    pub fn ferrite_dealloc(ptr: *mut u8, size: usize, align: usize);
    /// Moves the block at `ptr` into a new one of `new_size` bytes and frees it; null (and the
    /// block left as it was) if the memory cannot be had.
    pub fn ferrite_realloc(ptr: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8;
}
