//! `Duration`: a span of time in seconds and nanoseconds.

use crate::fmt;
use crate::iter::{Iterator, Sum};
use crate::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Sub, SubAssign};

const NANOS_PER_SEC: u32 = 1_000_000_000;
const NANOS_PER_MILLI: u32 = 1_000_000;
const NANOS_PER_MICRO: u32 = 1_000;

/// A span of time: whole seconds and the nanoseconds below a second.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Duration {
    secs: u64,
    nanos: u32,
}

impl Duration {
    pub const ZERO: Duration = Duration { secs: 0, nanos: 0 };
    pub const MAX: Duration = Duration { secs: u64::MAX, nanos: NANOS_PER_SEC - 1 };
    pub const SECOND: Duration = Duration { secs: 1, nanos: 0 };
    pub const MILLISECOND: Duration = Duration { secs: 0, nanos: NANOS_PER_MILLI };
    pub const MICROSECOND: Duration = Duration { secs: 0, nanos: NANOS_PER_MICRO };
    pub const NANOSECOND: Duration = Duration { secs: 0, nanos: 1 };

    /// `secs` seconds plus `nanos` nanoseconds (which may exceed a second).
    pub const fn new(secs: u64, nanos: u32) -> Duration {
        if nanos < NANOS_PER_SEC {
            Duration { secs, nanos }
        } else {
            let extra = (nanos / NANOS_PER_SEC) as u64;
            let secs = match secs.checked_add(extra) {
                Some(s) => s,
                None => panic!("overflow in Duration::new"),
            };
            Duration { secs, nanos: nanos % NANOS_PER_SEC }
        }
    }

    pub const fn from_secs(secs: u64) -> Duration {
        Duration { secs, nanos: 0 }
    }

    pub const fn from_millis(millis: u64) -> Duration {
        Duration { secs: millis / 1_000, nanos: ((millis % 1_000) as u32) * NANOS_PER_MILLI }
    }

    pub const fn from_micros(micros: u64) -> Duration {
        Duration { secs: micros / 1_000_000, nanos: ((micros % 1_000_000) as u32) * NANOS_PER_MICRO }
    }

    pub const fn from_nanos(nanos: u64) -> Duration {
        Duration { secs: nanos / (NANOS_PER_SEC as u64), nanos: (nanos % (NANOS_PER_SEC as u64)) as u32 }
    }

    pub const fn from_mins(mins: u64) -> Duration {
        Duration::from_secs(mins * 60)
    }

    pub const fn from_hours(hours: u64) -> Duration {
        Duration::from_secs(hours * 3600)
    }

    /// A duration of `secs` seconds, rounded to the nearest nanosecond (ties to even); panics
    /// if `secs` is negative, not finite or too big.
    #[track_caller]
    pub fn from_secs_f64(secs: f64) -> Duration {
        match Duration::try_from_secs_f64(secs) {
            Ok(d) => d,
            Err(e) => panic!("{}", e.description()),
        }
    }

    #[track_caller]
    pub fn from_secs_f32(secs: f32) -> Duration {
        match Duration::try_from_secs_f32(secs) {
            Ok(d) => d,
            Err(e) => panic!("{}", e.description()),
        }
    }

    /// A duration of `secs` seconds, rounded to the nearest nanosecond (ties to even), or an
    /// error if `secs` is negative, not finite or too big.
    pub fn try_from_secs_f64(secs: f64) -> Result<Duration, TryFromFloatSecsError> {
        if secs.is_nan() || secs.is_infinite() && secs > 0.0 {
            return Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::OverflowOrNan });
        }
        if secs == 0.0 {
            return Ok(Duration::ZERO);
        }
        if secs < 0.0 {
            return Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::Negative });
        }
        // secs = mant * 2^exp exactly; the nanoseconds are rounded from the exact product
        let bits = secs.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1u64 << 52) - 1);
        let (mant, exp) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
        let overflow = Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::OverflowOrNan });
        if exp >= 0 {
            if exp >= 64 || (mant as u128) << exp > u64::MAX as u128 {
                return overflow;
            }
            return Ok(Duration { secs: mant << exp, nanos: 0 });
        }
        let shift = (-exp) as u32;
        if shift > 120 {
            // below 2^-67 seconds: far less than half a nanosecond
            return Ok(Duration::ZERO);
        }
        let m = mant as u128;
        let mut whole = if shift >= 64 { 0 } else { m >> shift };
        let rest = m & ((1u128 << shift) - 1);
        let product = rest * NANOS_PER_SEC as u128;
        let mut nanos = product >> shift;
        let dropped = product & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if dropped > half || (dropped == half && nanos & 1 == 1) {
            nanos += 1;
        }
        if nanos == NANOS_PER_SEC as u128 {
            nanos = 0;
            whole += 1;
        }
        if whole > u64::MAX as u128 {
            return overflow;
        }
        Ok(Duration { secs: whole as u64, nanos: nanos as u32 })
    }

    /// `try_from_secs_f64` of the `f32`'s exact value.
    pub fn try_from_secs_f32(secs: f32) -> Result<Duration, TryFromFloatSecsError> {
        Duration::try_from_secs_f64(secs as f64)
    }

    pub const fn is_zero(&self) -> bool {
        self.secs == 0 && self.nanos == 0
    }

    pub const fn as_secs(&self) -> u64 {
        self.secs
    }

    pub const fn subsec_millis(&self) -> u32 {
        self.nanos / NANOS_PER_MILLI
    }

    pub const fn subsec_micros(&self) -> u32 {
        self.nanos / NANOS_PER_MICRO
    }

    pub const fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    pub const fn as_millis(&self) -> u128 {
        self.secs as u128 * 1_000 + (self.nanos / NANOS_PER_MILLI) as u128
    }

    pub const fn as_micros(&self) -> u128 {
        self.secs as u128 * 1_000_000 + (self.nanos / NANOS_PER_MICRO) as u128
    }

    pub const fn as_nanos(&self) -> u128 {
        self.secs as u128 * NANOS_PER_SEC as u128 + self.nanos as u128
    }

    pub fn as_secs_f64(&self) -> f64 {
        (self.secs as f64) + (self.nanos as f64) / (NANOS_PER_SEC as f64)
    }

    pub fn as_secs_f32(&self) -> f32 {
        (self.secs as f32) + (self.nanos as f32) / (NANOS_PER_SEC as f32)
    }

    pub fn as_millis_f64(&self) -> f64 {
        (self.secs as f64) * 1000.0 + (self.nanos as f64) / (NANOS_PER_MILLI as f64)
    }

    pub fn checked_add(self, rhs: Duration) -> Option<Duration> {
        let mut secs = match self.secs.checked_add(rhs.secs) {
            Some(s) => s,
            None => return None,
        };
        let mut nanos = self.nanos + rhs.nanos;
        if nanos >= NANOS_PER_SEC {
            nanos -= NANOS_PER_SEC;
            secs = match secs.checked_add(1) {
                Some(s) => s,
                None => return None,
            };
        }
        Some(Duration { secs, nanos })
    }

    pub fn checked_sub(self, rhs: Duration) -> Option<Duration> {
        let mut secs = match self.secs.checked_sub(rhs.secs) {
            Some(s) => s,
            None => return None,
        };
        let nanos = if self.nanos >= rhs.nanos {
            self.nanos - rhs.nanos
        } else {
            secs = match secs.checked_sub(1) {
                Some(s) => s,
                None => return None,
            };
            self.nanos + NANOS_PER_SEC - rhs.nanos
        };
        Some(Duration { secs, nanos })
    }

    pub fn checked_mul(self, rhs: u32) -> Option<Duration> {
        let total = self.nanos as u64 * rhs as u64;
        let extra = total / (NANOS_PER_SEC as u64);
        let nanos = (total % (NANOS_PER_SEC as u64)) as u32;
        match self.secs.checked_mul(rhs as u64) {
            Some(s) => match s.checked_add(extra) {
                Some(secs) => Some(Duration { secs, nanos }),
                None => None,
            },
            None => None,
        }
    }

    pub fn checked_div(self, rhs: u32) -> Option<Duration> {
        if rhs == 0 {
            return None;
        }
        let secs = self.secs / (rhs as u64);
        let carry = self.secs - secs * (rhs as u64);
        let extra = carry * (NANOS_PER_SEC as u64) / (rhs as u64);
        let nanos = self.nanos / rhs + extra as u32;
        Some(Duration::new(secs, nanos))
    }

    pub fn saturating_add(self, rhs: Duration) -> Duration {
        match self.checked_add(rhs) {
            Some(d) => d,
            None => Duration::MAX,
        }
    }

    pub fn saturating_sub(self, rhs: Duration) -> Duration {
        match self.checked_sub(rhs) {
            Some(d) => d,
            None => Duration::ZERO,
        }
    }

    pub fn saturating_mul(self, rhs: u32) -> Duration {
        match self.checked_mul(rhs) {
            Some(d) => d,
            None => Duration::MAX,
        }
    }

    pub fn abs_diff(self, other: Duration) -> Duration {
        if self > other { self - other } else { other - self }
    }

    pub fn mul_f64(self, rhs: f64) -> Duration {
        Duration::from_secs_f64(rhs * self.as_secs_f64())
    }

    pub fn div_f64(self, rhs: f64) -> Duration {
        Duration::from_secs_f64(self.as_secs_f64() / rhs)
    }

    pub fn div_duration_f64(self, rhs: Duration) -> f64 {
        self.as_secs_f64() / rhs.as_secs_f64()
    }
}

impl Add for Duration {
    type Output = Duration;
    fn add(self, rhs: Duration) -> Duration {
        self.checked_add(rhs).expect("overflow when adding durations")
    }
}

impl AddAssign for Duration {
    fn add_assign(&mut self, rhs: Duration) {
        *self = *self + rhs;
    }
}

impl Sub for Duration {
    type Output = Duration;
    fn sub(self, rhs: Duration) -> Duration {
        self.checked_sub(rhs).expect("overflow when subtracting durations")
    }
}

impl SubAssign for Duration {
    fn sub_assign(&mut self, rhs: Duration) {
        *self = *self - rhs;
    }
}

impl Mul<u32> for Duration {
    type Output = Duration;
    fn mul(self, rhs: u32) -> Duration {
        self.checked_mul(rhs).expect("overflow when multiplying duration by scalar")
    }
}

impl Mul<Duration> for u32 {
    type Output = Duration;
    fn mul(self, rhs: Duration) -> Duration {
        rhs * self
    }
}

impl MulAssign<u32> for Duration {
    fn mul_assign(&mut self, rhs: u32) {
        *self = *self * rhs;
    }
}

impl Div<u32> for Duration {
    type Output = Duration;
    fn div(self, rhs: u32) -> Duration {
        self.checked_div(rhs).expect("divide by zero error when dividing duration by scalar")
    }
}

impl DivAssign<u32> for Duration {
    fn div_assign(&mut self, rhs: u32) {
        *self = *self / rhs;
    }
}

impl Sum for Duration {
    fn sum<I: Iterator<Item = Duration>>(iter: I) -> Duration {
        iter.fold(Duration::ZERO, |a, b| a + b)
    }
}

impl<'a> Sum<&'a Duration> for Duration {
    fn sum<I: Iterator<Item = &'a Duration>>(iter: I) -> Duration {
        iter.fold(Duration::ZERO, |a, b| a + *b)
    }
}

/// Writes `integer.fraction` + `suffix` as std's `Debug` of `Duration` does: the fraction's
/// digits without trailing zeros, or exactly `precision` digits, rounded half up.
fn fmt_decimal(f: &mut fmt::Formatter<'_>, mut integer: u64, mut frac: u32, mut divisor: u32, suffix: &str) -> fmt::Result {
    let mut digits = [b'0'; 9];
    let mut pos = 0;
    let limit = match f.precision() {
        Some(p) => if p < 9 { p } else { 9 },
        None => 9,
    };
    while frac > 0 && pos < limit {
        digits[pos] = b'0' + (frac / divisor) as u8;
        frac %= divisor;
        divisor /= 10;
        pos += 1;
    }
    if frac > 0 && frac >= divisor * 5 {
        let mut i = pos;
        let mut carry = true;
        while carry && i > 0 {
            i -= 1;
            if digits[i] < b'9' {
                digits[i] += 1;
                carry = false;
            } else {
                digits[i] = b'0';
            }
        }
        if carry {
            integer += 1;
        }
    }
    let shown = match f.precision() {
        Some(p) => if p < 9 { p } else { 9 },
        None => pos,
    };
    // sign, integer (20 digits at most), point, 9 digits, suffix
    let mut buf = [0u8; 40];
    let mut len = 0;
    if f.sign_plus() {
        buf[len] = b'+';
        len += 1;
    }
    let mut int_digits = [0u8; 20];
    let mut n = 0;
    loop {
        int_digits[n] = b'0' + (integer % 10) as u8;
        integer /= 10;
        n += 1;
        if integer == 0 {
            break;
        }
    }
    while n > 0 {
        n -= 1;
        buf[len] = int_digits[n];
        len += 1;
    }
    if shown > 0 {
        buf[len] = b'.';
        len += 1;
        let mut i = 0;
        while i < shown {
            buf[len] = digits[i];
            len += 1;
            i += 1;
        }
    }
    let extra_zeros = match f.precision() {
        Some(p) if p > 9 => p - 9,
        _ => 0,
    };
    let suffix_bytes = suffix.as_bytes();
    let mut i = 0;
    while i < suffix_bytes.len() {
        buf[len] = suffix_bytes[i];
        len += 1;
        i += 1;
    }
    let text = unsafe { crate::str::from_utf8_unchecked(&buf[..len]) };
    if extra_zeros == 0 {
        let chars = crate::str::count_chars(text);
        return f.padded(text, chars, fmt::rt::Alignment::Left);
    }
    // more than nine digits asked for: zeros go between the digits and the unit
    let body = unsafe { crate::str::from_utf8_unchecked(&buf[..len - suffix_bytes.len()]) };
    f.write_str(body)?;
    let mut z = 0;
    while z < extra_zeros {
        f.write_str("0")?;
        z += 1;
    }
    f.write_str(suffix)
}

impl fmt::Debug for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.secs > 0 {
            fmt_decimal(f, self.secs, self.nanos, NANOS_PER_SEC / 10, "s")
        } else if self.nanos >= NANOS_PER_MILLI {
            fmt_decimal(f, (self.nanos / NANOS_PER_MILLI) as u64, self.nanos % NANOS_PER_MILLI, NANOS_PER_MILLI / 10, "ms")
        } else if self.nanos >= NANOS_PER_MICRO {
            fmt_decimal(f, (self.nanos / NANOS_PER_MICRO) as u64, self.nanos % NANOS_PER_MICRO, NANOS_PER_MICRO / 10, "µs")
        } else {
            fmt_decimal(f, self.nanos as u64, 0, 1, "ns")
        }
    }
}

/// Why a float could not become a `Duration`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TryFromFloatSecsError {
    kind: TryFromFloatSecsErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TryFromFloatSecsErrorKind {
    /// The value was negative.
    Negative,
    /// The value was not finite or too big for a `Duration`.
    OverflowOrNan,
}

impl TryFromFloatSecsError {
    const fn description(&self) -> &'static str {
        match self.kind {
            TryFromFloatSecsErrorKind::Negative => "cannot convert float seconds to Duration: value is negative",
            TryFromFloatSecsErrorKind::OverflowOrNan => {
                "cannot convert float seconds to Duration: value is either too big or NaN"
            }
        }
    }
}

impl fmt::Display for TryFromFloatSecsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

impl crate::error::Error for TryFromFloatSecsError {}
