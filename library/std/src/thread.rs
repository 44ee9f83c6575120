//! Threads: `spawn`, `JoinHandle`, `sleep`, `current`, scoped threads.
//!
//! Ferrite's threads are the interpreter's green threads over one memory, scheduled
//! deterministically: a thread runs until it blocks (join, a contended lock, an empty channel,
//! sleep) or yields. A spawned thread's result travels back in a `Packet` that the thread and its
//! `JoinHandle` share.

use core::any::Any;
use core::cell::{RefCell, UnsafeCell};
use core::fmt;
use core::marker::{PhantomData, Send, Sync};
use core::time::Duration;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;

/// What `JoinHandle::join` returns: the thread's result, or its panic's payload.
pub type Result<T> = core::result::Result<T, Box<dyn Any + Send + 'static>>;

/// Runs the boxed closure a new thread starts with.
fn start<M: FnOnce()>(data: *mut u8) {
    let main = unsafe { Box::from_raw(data as *mut M) };
    let main = *main;
    main()
}

/// Starts a thread running `main`; returns its id.
fn spawn_raw<M: FnOnce()>(main: M, name: Option<&str>) -> u64 {
    let data = Box::into_raw(Box::new(main)) as *mut u8;
    let (ptr, len) = match name {
        Some(n) => (n.as_ptr(), n.len()),
        None => (core::ptr::null(), 0),
    };
    unsafe { core::intrinsics::ferrite_thread_spawn(start::<M> as fn(*mut u8), data, ptr, len) }
}

/// Where a thread leaves its result for `join`: its return value, or the payload of the panic
/// that ended it (a thread's closure runs inside `catch_unwind`, as std's threads do).
struct Packet<T> {
    result: UnsafeCell<Option<Result<T>>>,
}

unsafe impl<T: Send> Send for Packet<T> {}
unsafe impl<T: Send> Sync for Packet<T> {}

impl<T> Packet<T> {
    fn new() -> Arc<Packet<T>> {
        Arc::new(Packet { result: UnsafeCell::new(None) })
    }

    /// Runs `f`, catching its panic, and leaves the outcome in the packet.
    fn run<F: FnOnce() -> T>(&self, f: F) {
        let r = crate::panic::catch_unwind(crate::panic::AssertUnwindSafe(f));
        unsafe { *self.result.get() = Some(r) };
    }

    /// The outcome, once the thread has finished; taking it is what joining means.
    fn take(&self) -> Result<T> {
        match unsafe { (*self.result.get()).take() } {
            Some(r) => r,
            // the thread ended without leaving an outcome (its unwinding was not caught)
            None => Err(Box::new("the thread ended without a result")),
        }
    }

    fn is_set(&self) -> bool {
        unsafe { (*self.result.get()).is_some() }
    }
}

/// A scoped thread's packet, seen by its scope: whether the thread panicked and nobody joined it.
trait UnjoinedPanic {
    fn unjoined_panic(&self) -> bool;
}

impl<T> UnjoinedPanic for Arc<Packet<T>> {
    fn unjoined_panic(&self) -> bool {
        matches!(unsafe { &*self.result.get() }, Some(Err(_)))
    }
}

/// A thread's identifier, unique for the program's run.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ThreadId(u64);

impl ThreadId {
    pub fn as_u64(&self) -> u64 {
        self.0
    }
}

/// A handle to a thread.
#[derive(Clone, Debug)]
pub struct Thread {
    id: ThreadId,
    name: Option<&'static str>,
}

impl Thread {
    pub fn id(&self) -> ThreadId {
        self.id
    }

    pub fn name(&self) -> Option<&str> {
        self.name
    }

    /// Wakes the thread from `park` (parking only yields in Ferrite, so there is nothing to do).
    pub fn unpark(&self) {}
}

/// The handle of the calling thread.
pub fn current() -> Thread {
    let id = unsafe { core::intrinsics::ferrite_thread_id() };
    let name = unsafe { core::intrinsics::ferrite_thread_name() };
    Thread { id: ThreadId(id), name: if name.is_empty() { None } else { Some(name) } }
}

/// Puts the current thread to sleep for `dur` (of the program's clock: when every thread
/// sleeps, the clock skips ahead instead of waiting).
pub fn sleep(dur: Duration) {
    let nanos = dur.as_nanos();
    let nanos = if nanos > u64::MAX as u128 { u64::MAX } else { nanos as u64 };
    unsafe { core::intrinsics::ferrite_thread_sleep(nanos) }
}

/// Sleeps for `ms` milliseconds (the former form of `sleep`).
#[deprecated(note = "replaced by `std::thread::sleep`")]
pub fn sleep_ms(ms: u32) {
    sleep(Duration::from_millis(ms as u64))
}

/// Lets the other threads run.
pub fn yield_now() {
    unsafe { core::intrinsics::ferrite_thread_yield() }
}

/// Blocks until `unpark`; Ferrite's `park` returns after letting the others run (a spurious
/// wake-up, which std allows).
pub fn park() {
    yield_now()
}

/// Whether the current thread is unwinding because of a panic.
pub fn panicking() -> bool {
    crate::panicking::panicking()
}

/// Spawns a thread running `f`; its result comes back from `join`.
pub fn spawn<F, T>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    Builder::new().spawn(f).expect("failed to spawn thread")
}

/// Configuration of a new thread: its name (the stack size is accepted and ignored).
#[derive(Debug)]
pub struct Builder {
    name: Option<String>,
    stack_size: Option<usize>,
}

impl Builder {
    pub fn new() -> Builder {
        Builder { name: None, stack_size: None }
    }

    pub fn name(mut self, name: String) -> Builder {
        self.name = Some(name);
        self
    }

    pub fn stack_size(mut self, size: usize) -> Builder {
        self.stack_size = Some(size);
        self
    }

    pub fn spawn<F, T>(self, f: F) -> crate::io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let packet: Arc<Packet<T>> = Packet::new();
        let their_packet = packet.clone();
        let main = move || their_packet.run(f);
        let name = match &self.name {
            Some(n) => Some(n.as_str()),
            None => None,
        };
        let id = spawn_raw(main, name);
        Ok(JoinHandle { id, packet, _not_send: PhantomData })
    }
}

/// Owns the permission to join a thread (detaching it when dropped).
pub struct JoinHandle<T> {
    id: u64,
    packet: Arc<Packet<T>>,
    _not_send: PhantomData<*const ()>,
}

unsafe impl<T> Send for JoinHandle<T> {}
unsafe impl<T> Sync for JoinHandle<T> {}

impl<T> JoinHandle<T> {
    /// Waits for the thread to finish: its result, or `Err` if it panicked.
    pub fn join(self) -> Result<T> {
        unsafe { core::intrinsics::ferrite_thread_join(self.id) };
        self.packet.take()
    }

    pub fn thread(&self) -> Thread {
        Thread { id: ThreadId(self.id), name: None }
    }

    pub fn is_finished(&self) -> bool {
        self.packet.is_set()
    }
}

impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JoinHandle { .. }")
    }
}

/// The scope of `thread::scope`: threads spawned in it may borrow from outside and are joined
/// before `scope` returns.
pub struct Scope<'scope, 'env: 'scope> {
    threads: RefCell<Vec<(u64, Box<dyn UnjoinedPanic + 'scope>)>>,
    _scope: PhantomData<&'scope mut &'scope ()>,
    _env: PhantomData<&'env mut &'env ()>,
}

/// Owns the permission to join a scoped thread.
pub struct ScopedJoinHandle<'scope, T> {
    id: u64,
    packet: Arc<Packet<T>>,
    _scope: PhantomData<&'scope ()>,
}

/// Runs `f` with a scope for spawning threads that borrow local data; every thread still running
/// when `f` returns is joined. A panic of `f` continues once they are; a panic of a thread nobody
/// joined makes `scope` panic.
pub fn scope<'env, F, T>(f: F) -> T
where
    F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T,
{
    let scope = Scope { threads: RefCell::new(Vec::new()), _scope: PhantomData, _env: PhantomData };
    let result = crate::panic::catch_unwind(crate::panic::AssertUnwindSafe(|| f(&scope)));
    let mut any_panicked = false;
    let threads = core::mem::take(&mut *scope.threads.borrow_mut());
    for (id, packet) in threads {
        unsafe { core::intrinsics::ferrite_thread_join(id) };
        if packet.unjoined_panic() {
            any_panicked = true;
        }
    }
    match result {
        Err(payload) => crate::panic::resume_unwind(payload),
        Ok(_) if any_panicked => panic!("a scoped thread panicked"),
        Ok(v) => v,
    }
}

impl<'scope, 'env> Scope<'scope, 'env> {
    pub fn spawn<F, T>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T>
    where
        F: FnOnce() -> T + Send + 'scope,
        T: Send + 'scope,
    {
        let packet: Arc<Packet<T>> = Packet::new();
        let their_packet = packet.clone();
        let main = move || their_packet.run(f);
        let id = spawn_raw(main, None);
        self.threads.borrow_mut().push((id, Box::new(packet.clone())));
        ScopedJoinHandle { id, packet, _scope: PhantomData }
    }
}

impl<'scope, T> ScopedJoinHandle<'scope, T> {
    pub fn join(self) -> Result<T> {
        unsafe { core::intrinsics::ferrite_thread_join(self.id) };
        self.packet.take()
    }

    pub fn thread(&self) -> Thread {
        Thread { id: ThreadId(self.id), name: None }
    }

    pub fn is_finished(&self) -> bool {
        self.packet.is_set()
    }
}

// ---- thread-local storage ----

/// A thread-local static declared with `thread_local!`: each thread has its own value, made by
/// the initialiser on the thread's first access. FIXME: values are not dropped when their thread
/// ends (std drops them then, except on the main thread).
pub struct LocalKey<T: 'static> {
    init: fn() -> T,
}

/// The error of `LocalKey::try_with` (never returned here: values are never destroyed).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct AccessError;

impl fmt::Display for AccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("already destroyed")
    }
}

impl core::error::Error for AccessError {}

impl<T: 'static> LocalKey<T> {
    #[doc(hidden)]
    pub const fn new(init: fn() -> T) -> LocalKey<T> {
        LocalKey { init }
    }

    fn get_or_init(&'static self) -> &'static T {
        let key = self as *const LocalKey<T> as *const u8;
        let mut p = unsafe { core::intrinsics::ferrite_tls_get(key) } as *mut T;
        if p.is_null() {
            p = Box::into_raw(Box::new((self.init)()));
            unsafe { core::intrinsics::ferrite_tls_set(key, p as *mut u8) };
        }
        unsafe { &*p }
    }

    /// Calls `f` with this thread's value.
    pub fn with<F, R>(&'static self, f: F) -> R
    where
        F: FnOnce(&T) -> R,
    {
        f(self.get_or_init())
    }

    pub fn try_with<F, R>(&'static self, f: F) -> core::result::Result<R, AccessError>
    where
        F: FnOnce(&T) -> R,
    {
        Ok(f(self.get_or_init()))
    }
}

impl<T: 'static> LocalKey<core::cell::Cell<T>> {
    pub fn set(&'static self, value: T) {
        self.with(|c| c.set(value))
    }

    pub fn get(&'static self) -> T
    where
        T: Copy,
    {
        self.with(|c| c.get())
    }

    pub fn take(&'static self) -> T
    where
        T: Default,
    {
        self.with(|c| c.take())
    }

    pub fn replace(&'static self, value: T) -> T {
        self.with(|c| c.replace(value))
    }
}

impl<T: 'static> LocalKey<RefCell<T>> {
    pub fn with_borrow<F, R>(&'static self, f: F) -> R
    where
        F: FnOnce(&T) -> R,
    {
        self.with(|c| f(&c.borrow()))
    }

    pub fn with_borrow_mut<F, R>(&'static self, f: F) -> R
    where
        F: FnOnce(&mut T) -> R,
    {
        self.with(|c| f(&mut c.borrow_mut()))
    }

    pub fn set(&'static self, value: T) {
        self.with(|c| *c.borrow_mut() = value)
    }

    pub fn take(&'static self) -> T
    where
        T: Default,
    {
        self.with(|c| c.take())
    }

    pub fn replace(&'static self, value: T) -> T {
        self.with(|c| c.replace(value))
    }
}

impl<T: 'static> fmt::Debug for LocalKey<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LocalKey { .. }")
    }
}
