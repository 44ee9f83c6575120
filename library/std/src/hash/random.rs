//! `RandomState` and `DefaultHasher`: SipHash-1-3 with keys chosen per map.
//!
//! FIXME: real std seeds the keys from the operating system's randomness once per thread (and
//! varies them per map); Ferrite has no source of randomness yet, so the keys are fixed. Programs
//! must not rely on the iteration order of a `HashMap` either way.

use core::fmt;
use core::hash::{BuildHasher, Hasher, SipHasher13};

/// The default `BuildHasher` of `HashMap` and `HashSet`.
#[derive(Clone)]
pub struct RandomState {
    k0: u64,
    k1: u64,
}

impl RandomState {
    #[inline]
    pub fn new() -> RandomState {
        RandomState { k0: 0x0123_4567_89ab_cdef, k1: 0x0fed_cba9_8765_4321 }
    }
}

impl BuildHasher for RandomState {
    type Hasher = DefaultHasher;

    #[inline]
    fn build_hasher(&self) -> DefaultHasher {
        DefaultHasher(SipHasher13::new_with_keys(self.k0, self.k1))
    }
}

impl Default for RandomState {
    #[inline]
    fn default() -> RandomState {
        RandomState::new()
    }
}

impl fmt::Debug for RandomState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RandomState { .. }")
    }
}

/// The hasher `RandomState` makes: SipHash-1-3. `DefaultHasher::new()` uses the keys `(0, 0)`.
#[derive(Clone)]
pub struct DefaultHasher(SipHasher13);

impl DefaultHasher {
    #[inline]
    pub const fn new() -> DefaultHasher {
        DefaultHasher(SipHasher13::new_with_keys(0, 0))
    }
}

impl Default for DefaultHasher {
    #[inline]
    fn default() -> DefaultHasher {
        DefaultHasher::new()
    }
}

impl Hasher for DefaultHasher {
    #[inline]
    fn write(&mut self, msg: &[u8]) {
        self.0.write(msg)
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0.write_u8(i)
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.0.write_u32(i)
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0.write_u64(i)
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0.write_usize(i)
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0.finish()
    }
}
