//! `Barrier`: lets a fixed number of threads wait for each other.

use core::fmt;

use super::{Condvar, Mutex};

/// A meeting point for `n` threads: `wait` blocks until `n` threads have called it, then all go
/// on (and the barrier can be used again).
pub struct Barrier {
    lock: Mutex<BarrierState>,
    cvar: Condvar,
    num_threads: usize,
}

struct BarrierState {
    count: usize,
    /// Which round of waiting this is (a thread waits until the round it joined ends).
    generation: usize,
}

/// What `Barrier::wait` returns: whether this thread is the round's leader (exactly one is).
pub struct BarrierWaitResult(bool);

impl Barrier {
    pub const fn new(n: usize) -> Barrier {
        Barrier { lock: Mutex::new(BarrierState { count: 0, generation: 0 }), cvar: Condvar::new(), num_threads: n }
    }

    /// Blocks until `n` threads are waiting; the last one to arrive is the leader.
    pub fn wait(&self) -> BarrierWaitResult {
        let mut state = self.lock.lock().unwrap();
        let generation = state.generation;
        state.count += 1;
        if state.count < self.num_threads {
            while generation == state.generation {
                state = self.cvar.wait(state).unwrap();
            }
            BarrierWaitResult(false)
        } else {
            state.count = 0;
            state.generation = state.generation.wrapping_add(1);
            self.cvar.notify_all();
            BarrierWaitResult(true)
        }
    }
}

impl fmt::Debug for Barrier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Barrier").finish_non_exhaustive()
    }
}

impl BarrierWaitResult {
    pub fn is_leader(&self) -> bool {
        self.0
    }
}

impl fmt::Debug for BarrierWaitResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BarrierWaitResult").field("is_leader", &self.0).finish()
    }
}
