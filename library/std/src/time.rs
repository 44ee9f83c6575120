//! Temporal quantification: `Duration`, the monotonic `Instant` and the wall clock `SystemTime`.

use core::fmt;
use core::ops::{Add, AddAssign, Sub, SubAssign};

pub use core::time::{Duration, TryFromFloatSecsError};

/// A reading of a monotonic clock, for measuring elapsed time.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant {
    t: Duration,
}

impl Instant {
    pub fn now() -> Instant {
        Instant { t: Duration::from_nanos(unsafe { core::intrinsics::ferrite_clock_monotonic() }) }
    }

    /// The time from `earlier` to `self` (zero if `earlier` is later).
    pub fn duration_since(&self, earlier: Instant) -> Duration {
        self.t.saturating_sub(earlier.t)
    }

    pub fn checked_duration_since(&self, earlier: Instant) -> Option<Duration> {
        self.t.checked_sub(earlier.t)
    }

    pub fn saturating_duration_since(&self, earlier: Instant) -> Duration {
        self.duration_since(earlier)
    }

    pub fn elapsed(&self) -> Duration {
        Instant::now().duration_since(*self)
    }

    pub fn checked_add(&self, d: Duration) -> Option<Instant> {
        match self.t.checked_add(d) {
            Some(t) => Some(Instant { t }),
            None => None,
        }
    }

    pub fn checked_sub(&self, d: Duration) -> Option<Instant> {
        match self.t.checked_sub(d) {
            Some(t) => Some(Instant { t }),
            None => None,
        }
    }
}

impl Add<Duration> for Instant {
    type Output = Instant;
    fn add(self, d: Duration) -> Instant {
        self.checked_add(d).expect("overflow when adding duration to instant")
    }
}

impl AddAssign<Duration> for Instant {
    fn add_assign(&mut self, d: Duration) {
        *self = *self + d;
    }
}

impl Sub<Duration> for Instant {
    type Output = Instant;
    fn sub(self, d: Duration) -> Instant {
        self.checked_sub(d).expect("overflow when subtracting duration from instant")
    }
}

impl SubAssign<Duration> for Instant {
    fn sub_assign(&mut self, d: Duration) {
        *self = *self - d;
    }
}

impl Sub<Instant> for Instant {
    type Output = Duration;
    fn sub(self, other: Instant) -> Duration {
        self.duration_since(other)
    }
}

impl fmt::Debug for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Instant").field("t", &self.t).finish()
    }
}

/// A reading of the wall clock.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SystemTime {
    since_epoch: Duration,
}

/// 1970-01-01 00:00:00 UTC.
pub const UNIX_EPOCH: SystemTime = SystemTime { since_epoch: Duration::ZERO };

/// The error of `SystemTime::duration_since` when the other time is later: how much later.
#[derive(Clone, Debug)]
pub struct SystemTimeError(Duration);

impl SystemTimeError {
    pub fn duration(&self) -> Duration {
        self.0
    }
}

impl fmt::Display for SystemTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("second time provided was later than self")
    }
}

impl core::error::Error for SystemTimeError {}

impl SystemTime {
    pub const UNIX_EPOCH: SystemTime = UNIX_EPOCH;

    pub fn now() -> SystemTime {
        SystemTime { since_epoch: Duration::from_nanos(unsafe { core::intrinsics::ferrite_clock_realtime() }) }
    }

    pub fn duration_since(&self, earlier: SystemTime) -> Result<Duration, SystemTimeError> {
        match self.since_epoch.checked_sub(earlier.since_epoch) {
            Some(d) => Ok(d),
            None => Err(SystemTimeError(earlier.since_epoch - self.since_epoch)),
        }
    }

    pub fn elapsed(&self) -> Result<Duration, SystemTimeError> {
        SystemTime::now().duration_since(*self)
    }

    pub fn checked_add(&self, d: Duration) -> Option<SystemTime> {
        match self.since_epoch.checked_add(d) {
            Some(since_epoch) => Some(SystemTime { since_epoch }),
            None => None,
        }
    }

    pub fn checked_sub(&self, d: Duration) -> Option<SystemTime> {
        match self.since_epoch.checked_sub(d) {
            Some(since_epoch) => Some(SystemTime { since_epoch }),
            None => None,
        }
    }
}

impl Add<Duration> for SystemTime {
    type Output = SystemTime;
    fn add(self, d: Duration) -> SystemTime {
        self.checked_add(d).expect("overflow when adding duration to instant")
    }
}

impl Sub<Duration> for SystemTime {
    type Output = SystemTime;
    fn sub(self, d: Duration) -> SystemTime {
        self.checked_sub(d).expect("overflow when subtracting duration from instant")
    }
}

impl fmt::Debug for SystemTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SystemTime")
            .field("tv_sec", &self.since_epoch.as_secs())
            .field("tv_nsec", &self.since_epoch.subsec_nanos())
            .finish()
    }
}
