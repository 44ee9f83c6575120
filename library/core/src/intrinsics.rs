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

    /// Writes `len` bytes at `ptr` to the program's file descriptor `fd` (1 = stdout, 2 = stderr).
    pub fn ferrite_write(fd: i32, ptr: *const u8, len: usize) -> isize;
    /// Ends the program with the exit code.
    pub fn ferrite_exit(code: i32) -> !;
    /// Starts unwinding the current thread; the panic message has been printed already.
    pub fn ferrite_begin_panic() -> !;
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
    pub fn ferrite_alloc(size: usize, align: usize) -> *mut u8;
    pub fn ferrite_dealloc(ptr: *mut u8, size: usize, align: usize);
    pub fn ferrite_realloc(ptr: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8;
}
