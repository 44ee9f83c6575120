//! The inherent methods of the integer types, written once as macros: `int_impl!` for what all
//! integers share, `signed_impl!`/`unsigned_impl!` for what depends on the sign.

/// The panic of an `unchecked_*` method whose precondition does not hold. rustc aborts here
/// (a non-unwinding panic); Ferrite has no such panic yet, so this one unwinds.
macro_rules! unchecked_violated {
    ($t:ident, $op:literal) => {
        crate::panicking::panic(concat!(
            "unsafe precondition(s) violated: ",
            stringify!($t),
            "::",
            $op,
            " cannot overflow\n\nThis indicates a bug in the program. This Undefined Behavior \
             check is optional, and cannot be relied on for safety."
        ))
    };
}

macro_rules! int_impl {
    ($($t:ident $u:ident $bits:literal $signed:literal),*) => {
        $(
            impl $t {
                pub const BITS: u32 = $bits;
                pub const MIN: $t = if $signed { (1 as $t) << ($bits - 1) } else { 0 };
                pub const MAX: $t = !Self::MIN;

                /// The smallest value (the former name of `MIN`).
                #[deprecated(note = "replaced by the `MIN` associated constant on this type")]
                pub const fn min_value() -> $t {
                    Self::MIN
                }

                /// The largest value (the former name of `MAX`).
                #[deprecated(note = "replaced by the `MAX` associated constant on this type")]
                pub const fn max_value() -> $t {
                    Self::MAX
                }

                /// Parses an integer in `radix` (2 to 36), with an optional sign.
                pub fn from_str_radix(src: &str, radix: u32) -> Result<$t, ParseIntError> {
                    if radix < 2 || radix > 36 {
                        panic!("from_ascii_radix: radix must lie in the range `[2, 36]`");
                    }
                    let b = src.as_bytes();
                    if b.is_empty() {
                        return Err(ParseIntError { kind: IntErrorKind::Empty });
                    }
                    let mut i = 0;
                    let mut neg = false;
                    if b[0] == b'+' || ($signed && b[0] == b'-') {
                        neg = b[0] == b'-';
                        i = 1;
                        if b.len() == 1 {
                            return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
                        }
                    }
                    let overflow = if neg { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow };
                    let mut v: $t = 0;
                    while i < b.len() {
                        let digit = match (b[i] as char).to_digit(radix) {
                            Some(d) => d as $t,
                            None => return Err(ParseIntError { kind: IntErrorKind::InvalidDigit }),
                        };
                        v = match v.checked_mul(radix as $t) {
                            Some(x) => x,
                            None => return Err(ParseIntError { kind: overflow }),
                        };
                        let next = if neg { v.checked_sub(digit) } else { v.checked_add(digit) };
                        v = match next {
                            Some(x) => x,
                            None => return Err(ParseIntError { kind: overflow }),
                        };
                        i += 1;
                    }
                    Ok(v)
                }

                #[inline]
                pub const fn count_ones(self) -> u32 {
                    intrinsics::ctpop(self)
                }

                #[inline]
                pub const fn count_zeros(self) -> u32 {
                    intrinsics::ctpop(!self)
                }

                #[inline]
                pub const fn leading_zeros(self) -> u32 {
                    intrinsics::ctlz(self)
                }

                #[inline]
                pub const fn trailing_zeros(self) -> u32 {
                    intrinsics::cttz(self)
                }

                #[inline]
                pub const fn leading_ones(self) -> u32 {
                    intrinsics::ctlz(!self)
                }

                #[inline]
                pub const fn trailing_ones(self) -> u32 {
                    intrinsics::cttz(!self)
                }

                #[inline]
                pub const fn rotate_left(self, n: u32) -> $t {
                    intrinsics::rotate_left(self, n)
                }

                #[inline]
                pub const fn rotate_right(self, n: u32) -> $t {
                    intrinsics::rotate_right(self, n)
                }

                #[inline]
                pub const fn swap_bytes(self) -> $t {
                    intrinsics::bswap(self)
                }

                #[inline]
                pub const fn reverse_bits(self) -> $t {
                    intrinsics::bitreverse(self)
                }

                #[inline]
                pub const fn wrapping_add(self, rhs: $t) -> $t {
                    intrinsics::wrapping_add(self, rhs)
                }

                #[inline]
                pub const fn wrapping_sub(self, rhs: $t) -> $t {
                    intrinsics::wrapping_sub(self, rhs)
                }

                #[inline]
                pub const fn wrapping_mul(self, rhs: $t) -> $t {
                    intrinsics::wrapping_mul(self, rhs)
                }

                #[inline]
                #[track_caller]
                pub const fn wrapping_div(self, rhs: $t) -> $t {
                    self.overflowing_div(rhs).0
                }

                #[inline]
                #[track_caller]
                pub const fn wrapping_rem(self, rhs: $t) -> $t {
                    self.overflowing_rem(rhs).0
                }

                #[inline]
                pub const fn wrapping_neg(self) -> $t {
                    (0 as $t).wrapping_sub(self)
                }

                #[inline]
                pub const fn wrapping_pow(self, exp: u32) -> $t {
                    self.overflowing_pow(exp).0
                }

                #[inline]
                pub const fn overflowing_add(self, rhs: $t) -> ($t, bool) {
                    intrinsics::add_with_overflow(self, rhs)
                }

                #[inline]
                pub const fn overflowing_sub(self, rhs: $t) -> ($t, bool) {
                    intrinsics::sub_with_overflow(self, rhs)
                }

                #[inline]
                pub const fn overflowing_mul(self, rhs: $t) -> ($t, bool) {
                    intrinsics::mul_with_overflow(self, rhs)
                }

                /// `self` to the power `exp`, wrapped, and whether any step overflowed.
                pub const fn overflowing_pow(self, mut exp: u32) -> ($t, bool) {
                    let mut base = self;
                    let mut acc: $t = 1;
                    let mut overflowed = false;
                    while exp > 0 {
                        if exp & 1 == 1 {
                            let (r, o) = acc.overflowing_mul(base);
                            acc = r;
                            overflowed |= o;
                        }
                        exp >>= 1;
                        if exp > 0 {
                            let (r, o) = base.overflowing_mul(base);
                            base = r;
                            overflowed |= o;
                        }
                    }
                    (acc, overflowed)
                }

                #[inline]
                pub const fn checked_add(self, rhs: $t) -> Option<$t> {
                    let (r, o) = self.overflowing_add(rhs);
                    if o { None } else { Some(r) }
                }

                #[inline]
                pub const fn checked_sub(self, rhs: $t) -> Option<$t> {
                    let (r, o) = self.overflowing_sub(rhs);
                    if o { None } else { Some(r) }
                }

                #[inline]
                pub const fn checked_mul(self, rhs: $t) -> Option<$t> {
                    let (r, o) = self.overflowing_mul(rhs);
                    if o { None } else { Some(r) }
                }

                #[inline]
                pub const fn checked_div(self, rhs: $t) -> Option<$t> {
                    if rhs == 0 {
                        return None;
                    }
                    let (r, o) = self.overflowing_div(rhs);
                    if o { None } else { Some(r) }
                }

                #[inline]
                pub const fn checked_rem(self, rhs: $t) -> Option<$t> {
                    if rhs == 0 {
                        return None;
                    }
                    let (r, o) = self.overflowing_rem(rhs);
                    if o { None } else { Some(r) }
                }

                #[inline]
                pub const fn checked_div_euclid(self, rhs: $t) -> Option<$t> {
                    if rhs == 0 || self.overflowing_div(rhs).1 {
                        return None;
                    }
                    Some(self.div_euclid(rhs))
                }

                #[inline]
                pub const fn checked_rem_euclid(self, rhs: $t) -> Option<$t> {
                    if rhs == 0 || self.overflowing_rem(rhs).1 {
                        return None;
                    }
                    Some(self.rem_euclid(rhs))
                }

                #[inline]
                pub const fn checked_neg(self) -> Option<$t> {
                    let (r, o) = self.overflowing_neg();
                    if o { None } else { Some(r) }
                }

                #[inline]
                pub const fn checked_pow(self, exp: u32) -> Option<$t> {
                    let (r, o) = self.overflowing_pow(exp);
                    if o { None } else { Some(r) }
                }

                #[inline]
                pub const fn checked_shl(self, rhs: u32) -> Option<$t> {
                    if rhs < $bits { Some(self << rhs) } else { None }
                }

                #[inline]
                pub const fn checked_shr(self, rhs: u32) -> Option<$t> {
                    if rhs < $bits { Some(self >> rhs) } else { None }
                }

                #[inline]
                pub const fn wrapping_shl(self, rhs: u32) -> $t {
                    self << (rhs & ($bits - 1))
                }

                #[inline]
                pub const fn wrapping_shr(self, rhs: u32) -> $t {
                    self >> (rhs & ($bits - 1))
                }

                #[inline]
                pub const fn saturating_add(self, rhs: $t) -> $t {
                    intrinsics::saturating_add(self, rhs)
                }

                #[inline]
                pub const fn saturating_sub(self, rhs: $t) -> $t {
                    intrinsics::saturating_sub(self, rhs)
                }

                /// `self` to the power `exp`; overflow panics in debug builds as `*` does.
                #[inline]
                #[track_caller]
                pub const fn pow(self, mut exp: u32) -> $t {
                    let mut base = self;
                    let mut acc: $t = 1;
                    while exp > 0 {
                        if exp & 1 == 1 {
                            acc = acc * base;
                        }
                        exp >>= 1;
                        if exp > 0 {
                            base = base * base;
                        }
                    }
                    acc
                }

                // FIXME: the real integers have no inherent `min`/`max`; these are `Ord`'s. Kept
                // because they are `const`.
                #[inline]
                pub const fn min(self, other: $t) -> $t {
                    if self < other { self } else { other }
                }

                #[inline]
                pub const fn max(self, other: $t) -> $t {
                    if self > other { self } else { other }
                }

                #[inline]
                pub const fn to_be(self) -> $t {
                    self.swap_bytes()
                }

                #[inline]
                pub const fn to_le(self) -> $t {
                    self
                }

                #[inline]
                pub const fn from_be(x: $t) -> $t {
                    x.swap_bytes()
                }

                #[inline]
                pub const fn from_le(x: $t) -> $t {
                    x
                }

                /// The bytes of `self`, least significant first.
                #[inline]
                pub const fn to_le_bytes(self) -> [u8; $bits / 8] {
                    let mut out = [0u8; $bits / 8];
                    let mut i = 0;
                    while i < $bits / 8 {
                        out[i] = (self >> (8 * i as u32)) as u8;
                        i += 1;
                    }
                    out
                }

                /// The bytes of `self`, most significant first.
                #[inline]
                pub const fn to_be_bytes(self) -> [u8; $bits / 8] {
                    self.swap_bytes().to_le_bytes()
                }

                /// The bytes of `self` in the target's (little-endian) order.
                #[inline]
                pub const fn to_ne_bytes(self) -> [u8; $bits / 8] {
                    self.to_le_bytes()
                }

                /// The integer whose bytes, least significant first, are `bytes`.
                #[inline]
                pub const fn from_le_bytes(bytes: [u8; $bits / 8]) -> $t {
                    let mut v: $t = 0;
                    let mut i = 0;
                    while i < $bits / 8 {
                        v |= (bytes[i] as $t) << (8 * i as u32);
                        i += 1;
                    }
                    v
                }

                #[inline]
                pub const fn from_be_bytes(bytes: [u8; $bits / 8]) -> $t {
                    <$t>::from_le_bytes(bytes).swap_bytes()
                }

                #[inline]
                pub const fn from_ne_bytes(bytes: [u8; $bits / 8]) -> $t {
                    <$t>::from_le_bytes(bytes)
                }

                #[inline]
                pub const fn overflowing_shl(self, rhs: u32) -> ($t, bool) {
                    (self.wrapping_shl(rhs), rhs >= $bits)
                }

                #[inline]
                pub const fn overflowing_shr(self, rhs: u32) -> ($t, bool) {
                    (self.wrapping_shr(rhs), rhs >= $bits)
                }

                /// `self << rhs`, or 0 once every bit is shifted out.
                #[inline]
                pub const fn unbounded_shl(self, rhs: u32) -> $t {
                    if rhs < $bits { self << rhs } else { 0 }
                }

                /// `self >> rhs`; once every bit is shifted out, what the sign bit fills with.
                #[inline]
                pub const fn unbounded_shr(self, rhs: u32) -> $t {
                    if rhs < $bits { self >> rhs } else { (self >> ($bits - 1)) >> 1 }
                }

                #[inline]
                #[track_caller]
                pub const fn overflowing_div_euclid(self, rhs: $t) -> ($t, bool) {
                    if self.overflowing_div(rhs).1 { (self, true) } else { (self.div_euclid(rhs), false) }
                }

                #[inline]
                #[track_caller]
                pub const fn overflowing_rem_euclid(self, rhs: $t) -> ($t, bool) {
                    if self.overflowing_rem(rhs).1 { (0, true) } else { (self.rem_euclid(rhs), false) }
                }

                #[inline]
                #[track_caller]
                pub const fn wrapping_div_euclid(self, rhs: $t) -> $t {
                    self.overflowing_div_euclid(rhs).0
                }

                #[inline]
                #[track_caller]
                pub const fn wrapping_rem_euclid(self, rhs: $t) -> $t {
                    self.overflowing_rem_euclid(rhs).0
                }

                #[inline]
                pub const fn checked_ilog2(self) -> Option<u32> {
                    if self <= 0 { None } else { Some($bits - 1 - self.leading_zeros()) }
                }

                #[inline]
                pub const fn checked_ilog10(self) -> Option<u32> {
                    if self <= 0 {
                        return None;
                    }
                    let mut n = 0;
                    let mut v = self;
                    while v >= 10 {
                        v /= 10;
                        n += 1;
                    }
                    Some(n)
                }

                #[inline]
                pub const fn checked_ilog(self, base: $t) -> Option<u32> {
                    if self <= 0 || base < 2 {
                        return None;
                    }
                    let mut n = 0;
                    let mut v = self;
                    while v >= base {
                        v /= base;
                        n += 1;
                    }
                    Some(n)
                }

                #[inline]
                #[track_caller]
                pub const fn ilog2(self) -> u32 {
                    match self.checked_ilog2() {
                        Some(n) => n,
                        None => panic!("argument of integer logarithm must be positive"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn ilog10(self) -> u32 {
                    match self.checked_ilog10() {
                        Some(n) => n,
                        None => panic!("argument of integer logarithm must be positive"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn ilog(self, base: $t) -> u32 {
                    if base < 2 {
                        panic!("base of integer logarithm must be at least 2");
                    }
                    match self.checked_ilog(base) {
                        Some(n) => n,
                        None => panic!("argument of integer logarithm must be positive"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_add(self, rhs: $t) -> $t {
                    match self.checked_add(rhs) {
                        Some(r) => r,
                        None => panic!("attempt to add with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_sub(self, rhs: $t) -> $t {
                    match self.checked_sub(rhs) {
                        Some(r) => r,
                        None => panic!("attempt to subtract with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_mul(self, rhs: $t) -> $t {
                    match self.checked_mul(rhs) {
                        Some(r) => r,
                        None => panic!("attempt to multiply with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_div(self, rhs: $t) -> $t {
                    match self.overflowing_div(rhs) {
                        (r, false) => r,
                        (_, true) => panic!("attempt to divide with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_rem(self, rhs: $t) -> $t {
                    match self.overflowing_rem(rhs) {
                        (r, false) => r,
                        (_, true) => panic!("attempt to calculate the remainder with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_div_euclid(self, rhs: $t) -> $t {
                    match self.overflowing_div_euclid(rhs) {
                        (r, false) => r,
                        (_, true) => panic!("attempt to divide with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_rem_euclid(self, rhs: $t) -> $t {
                    match self.overflowing_rem_euclid(rhs) {
                        (r, false) => r,
                        (_, true) => panic!("attempt to calculate the remainder with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_neg(self) -> $t {
                    match self.overflowing_neg() {
                        (r, false) => r,
                        (_, true) => panic!("attempt to negate with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_shl(self, rhs: u32) -> $t {
                    match self.checked_shl(rhs) {
                        Some(r) => r,
                        None => panic!("attempt to shift left with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_shr(self, rhs: u32) -> $t {
                    match self.checked_shr(rhs) {
                        Some(r) => r,
                        None => panic!("attempt to shift right with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_pow(self, exp: u32) -> $t {
                    match self.checked_pow(exp) {
                        Some(r) => r,
                        None => panic!("attempt to multiply with overflow"),
                    }
                }

                /// `self + rhs`, which must not overflow.
                #[inline]
                #[track_caller]
                pub const unsafe fn unchecked_add(self, rhs: $t) -> $t {
                    match self.checked_add(rhs) {
                        Some(r) => r,
                        None => unchecked_violated!($t, "unchecked_add"),
                    }
                }

                /// `self - rhs`, which must not overflow.
                #[inline]
                #[track_caller]
                pub const unsafe fn unchecked_sub(self, rhs: $t) -> $t {
                    match self.checked_sub(rhs) {
                        Some(r) => r,
                        None => unchecked_violated!($t, "unchecked_sub"),
                    }
                }

                /// `self * rhs`, which must not overflow.
                #[inline]
                #[track_caller]
                pub const unsafe fn unchecked_mul(self, rhs: $t) -> $t {
                    match self.checked_mul(rhs) {
                        Some(r) => r,
                        None => unchecked_violated!($t, "unchecked_mul"),
                    }
                }

                /// `self << rhs`, where `rhs` must be less than `BITS`.
                #[inline]
                #[track_caller]
                pub const unsafe fn unchecked_shl(self, rhs: u32) -> $t {
                    match self.checked_shl(rhs) {
                        Some(r) => r,
                        None => unchecked_violated!($t, "unchecked_shl"),
                    }
                }

                /// `self >> rhs`, where `rhs` must be less than `BITS`.
                #[inline]
                #[track_caller]
                pub const unsafe fn unchecked_shr(self, rhs: u32) -> $t {
                    match self.checked_shr(rhs) {
                        Some(r) => r,
                        None => unchecked_violated!($t, "unchecked_shr"),
                    }
                }
            }
        )*
    };
}

macro_rules! signed_impl {
    ($($t:ident $u:ident),*) => {
        $(
            impl $t {
                #[inline]
                #[track_caller]
                pub const fn abs(self) -> $t {
                    if self < 0 { -self } else { self }
                }

                #[inline]
                pub const fn wrapping_abs(self) -> $t {
                    if self < 0 { self.wrapping_neg() } else { self }
                }

                #[inline]
                pub const fn checked_abs(self) -> Option<$t> {
                    if self == <$t>::MIN { None } else { Some(self.wrapping_abs()) }
                }

                #[inline]
                pub const fn overflowing_abs(self) -> ($t, bool) {
                    (self.wrapping_abs(), self == <$t>::MIN)
                }

                #[inline]
                pub const fn saturating_abs(self) -> $t {
                    if self == <$t>::MIN { <$t>::MAX } else { self.wrapping_abs() }
                }

                #[inline]
                pub const fn unsigned_abs(self) -> $u {
                    self.wrapping_abs() as $u
                }

                #[inline]
                pub const fn is_negative(self) -> bool {
                    self < 0
                }

                #[inline]
                pub const fn is_positive(self) -> bool {
                    self > 0
                }

                #[inline]
                pub const fn signum(self) -> $t {
                    if self < 0 { -1 } else if self == 0 { 0 } else { 1 }
                }

                #[inline]
                pub const fn abs_diff(self, other: $t) -> $u {
                    if self < other {
                        (other as $u).wrapping_sub(self as $u)
                    } else {
                        (self as $u).wrapping_sub(other as $u)
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn overflowing_div(self, rhs: $t) -> ($t, bool) {
                    if self == <$t>::MIN && rhs == -1 { (self, true) } else { (self / rhs, false) }
                }

                #[inline]
                #[track_caller]
                pub const fn overflowing_rem(self, rhs: $t) -> ($t, bool) {
                    if rhs == -1 { (0, self == <$t>::MIN) } else { (self % rhs, false) }
                }

                #[inline]
                pub const fn overflowing_neg(self) -> ($t, bool) {
                    (self.wrapping_neg(), self == <$t>::MIN)
                }

                #[inline]
                pub const fn saturating_neg(self) -> $t {
                    if self == <$t>::MIN { <$t>::MAX } else { -self }
                }

                #[inline]
                pub const fn saturating_mul(self, rhs: $t) -> $t {
                    match self.checked_mul(rhs) {
                        Some(r) => r,
                        None => if (self < 0) == (rhs < 0) { <$t>::MAX } else { <$t>::MIN },
                    }
                }

                #[inline]
                pub const fn saturating_div(self, rhs: $t) -> $t {
                    match self.overflowing_div(rhs) {
                        (r, false) => r,
                        (_, true) => <$t>::MAX,
                    }
                }

                #[inline]
                pub const fn saturating_pow(self, exp: u32) -> $t {
                    match self.checked_pow(exp) {
                        Some(r) => r,
                        None => if self < 0 && exp % 2 == 1 { <$t>::MIN } else { <$t>::MAX },
                    }
                }

                /// The quotient of Euclidean division: `self = q * rhs + r` with `0 <= r < |rhs|`.
                #[inline]
                #[track_caller]
                pub const fn div_euclid(self, rhs: $t) -> $t {
                    let q = self / rhs;
                    if self % rhs < 0 {
                        if rhs > 0 { q - 1 } else { q + 1 }
                    } else {
                        q
                    }
                }

                /// The least nonnegative remainder of `self` divided by `rhs`.
                #[inline]
                #[track_caller]
                pub const fn rem_euclid(self, rhs: $t) -> $t {
                    let r = self % rhs;
                    if r < 0 {
                        r.wrapping_add(rhs.wrapping_abs())
                    } else {
                        r
                    }
                }

                #[inline]
                pub const fn cast_unsigned(self) -> $u {
                    self as $u
                }

                #[inline]
                #[track_caller]
                pub const fn strict_abs(self) -> $t {
                    match self.checked_abs() {
                        Some(r) => r,
                        None => panic!("attempt to negate with overflow"),
                    }
                }

                /// `-self`, which must not overflow.
                #[inline]
                #[track_caller]
                pub const unsafe fn unchecked_neg(self) -> $t {
                    match self.checked_neg() {
                        Some(r) => r,
                        None => unchecked_violated!($t, "unchecked_neg"),
                    }
                }

                /// The integer square root, rounded down.
                #[inline]
                pub const fn checked_isqrt(self) -> Option<$t> {
                    if self < 0 { None } else { Some((self as $u).isqrt() as $t) }
                }

                #[inline]
                #[track_caller]
                pub const fn isqrt(self) -> $t {
                    match self.checked_isqrt() {
                        Some(r) => r,
                        None => panic!("argument of integer square root cannot be negative"),
                    }
                }

                /// `(self + rhs) / 2` computed without overflow, rounded towards zero.
                #[inline]
                pub const fn midpoint(self, rhs: $t) -> $t {
                    let floor = ((self ^ rhs) >> 1) + (self & rhs);
                    if (self ^ rhs) & 1 != 0 && floor < 0 { floor + 1 } else { floor }
                }

                #[inline]
                pub const fn overflowing_add_unsigned(self, rhs: $u) -> ($t, bool) {
                    let r = rhs as $t;
                    let (v, o) = self.overflowing_add(r);
                    (v, o != (r < 0))
                }

                #[inline]
                pub const fn overflowing_sub_unsigned(self, rhs: $u) -> ($t, bool) {
                    let r = rhs as $t;
                    let (v, o) = self.overflowing_sub(r);
                    (v, o != (r < 0))
                }

                #[inline]
                pub const fn checked_add_unsigned(self, rhs: $u) -> Option<$t> {
                    let (v, o) = self.overflowing_add_unsigned(rhs);
                    if o { None } else { Some(v) }
                }

                #[inline]
                pub const fn checked_sub_unsigned(self, rhs: $u) -> Option<$t> {
                    let (v, o) = self.overflowing_sub_unsigned(rhs);
                    if o { None } else { Some(v) }
                }

                #[inline]
                pub const fn wrapping_add_unsigned(self, rhs: $u) -> $t {
                    self.wrapping_add(rhs as $t)
                }

                #[inline]
                pub const fn wrapping_sub_unsigned(self, rhs: $u) -> $t {
                    self.wrapping_sub(rhs as $t)
                }

                #[inline]
                pub const fn saturating_add_unsigned(self, rhs: $u) -> $t {
                    match self.checked_add_unsigned(rhs) {
                        Some(v) => v,
                        None => <$t>::MAX,
                    }
                }

                #[inline]
                pub const fn saturating_sub_unsigned(self, rhs: $u) -> $t {
                    match self.checked_sub_unsigned(rhs) {
                        Some(v) => v,
                        None => <$t>::MIN,
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_add_unsigned(self, rhs: $u) -> $t {
                    match self.checked_add_unsigned(rhs) {
                        Some(v) => v,
                        None => panic!("attempt to add with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_sub_unsigned(self, rhs: $u) -> $t {
                    match self.checked_sub_unsigned(rhs) {
                        Some(v) => v,
                        None => panic!("attempt to subtract with overflow"),
                    }
                }
            }
        )*
    };
}

macro_rules! unsigned_impl {
    ($($t:ident $s:ident),*) => {
        $(
            impl $t {
                #[inline]
                pub const fn abs_diff(self, other: $t) -> $t {
                    if self < other { other - self } else { self - other }
                }

                #[inline]
                #[track_caller]
                pub const fn overflowing_div(self, rhs: $t) -> ($t, bool) {
                    (self / rhs, false)
                }

                #[inline]
                #[track_caller]
                pub const fn overflowing_rem(self, rhs: $t) -> ($t, bool) {
                    (self % rhs, false)
                }

                #[inline]
                pub const fn overflowing_neg(self) -> ($t, bool) {
                    (self.wrapping_neg(), self != 0)
                }

                #[inline]
                pub const fn saturating_mul(self, rhs: $t) -> $t {
                    match self.checked_mul(rhs) {
                        Some(r) => r,
                        None => <$t>::MAX,
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn saturating_div(self, rhs: $t) -> $t {
                    self / rhs
                }

                #[inline]
                pub const fn saturating_pow(self, exp: u32) -> $t {
                    match self.checked_pow(exp) {
                        Some(r) => r,
                        None => <$t>::MAX,
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn div_euclid(self, rhs: $t) -> $t {
                    self / rhs
                }

                #[inline]
                #[track_caller]
                pub const fn rem_euclid(self, rhs: $t) -> $t {
                    self % rhs
                }

                #[inline]
                pub const fn is_power_of_two(self) -> bool {
                    self.count_ones() == 1
                }

                /// The smallest power of two at least `self` (overflow panics in debug builds).
                #[inline]
                #[track_caller]
                pub const fn next_power_of_two(self) -> $t {
                    if self <= 1 {
                        return 1;
                    }
                    (<$t>::MAX >> (self - 1).leading_zeros()) + 1
                }

                #[inline]
                pub const fn checked_next_power_of_two(self) -> Option<$t> {
                    if self <= 1 {
                        return Some(1);
                    }
                    (<$t>::MAX >> (self - 1).leading_zeros()).checked_add(1)
                }

                #[inline]
                pub const fn cast_signed(self) -> $s {
                    self as $s
                }

                /// The integer square root, rounded down.
                #[inline]
                pub const fn isqrt(self) -> $t {
                    let mut res: $t = 0;
                    let mut bit = <$t>::BITS / 2;
                    while bit > 0 {
                        bit -= 1;
                        let cand = res | ((1 as $t) << bit);
                        match cand.checked_mul(cand) {
                            Some(sq) if sq <= self => res = cand,
                            _ => {}
                        }
                    }
                    res
                }

                /// `(self + rhs) / 2` computed without overflow, rounded down.
                #[inline]
                pub const fn midpoint(self, rhs: $t) -> $t {
                    ((self ^ rhs) >> 1) + (self & rhs)
                }

                /// The quotient rounded up.
                #[inline]
                #[track_caller]
                pub const fn div_ceil(self, rhs: $t) -> $t {
                    let q = self / rhs;
                    if self % rhs > 0 { q + 1 } else { q }
                }

                /// The smallest multiple of `rhs` at least `self`.
                #[inline]
                pub const fn next_multiple_of(self, rhs: $t) -> $t {
                    match self % rhs {
                        0 => self,
                        r => self + (rhs - r),
                    }
                }

                #[inline]
                pub const fn checked_next_multiple_of(self, rhs: $t) -> Option<$t> {
                    if rhs == 0 {
                        return None;
                    }
                    match self % rhs {
                        0 => Some(self),
                        r => self.checked_add(rhs - r),
                    }
                }

                #[inline]
                pub const fn is_multiple_of(self, rhs: $t) -> bool {
                    if rhs == 0 { self == 0 } else { self % rhs == 0 }
                }

                #[inline]
                pub const fn overflowing_add_signed(self, rhs: $s) -> ($t, bool) {
                    let (v, o) = self.overflowing_add(rhs as $t);
                    (v, o != (rhs < 0))
                }

                #[inline]
                pub const fn overflowing_sub_signed(self, rhs: $s) -> ($t, bool) {
                    let (v, o) = self.overflowing_sub(rhs as $t);
                    (v, o != (rhs < 0))
                }

                #[inline]
                pub const fn checked_add_signed(self, rhs: $s) -> Option<$t> {
                    let (v, o) = self.overflowing_add_signed(rhs);
                    if o { None } else { Some(v) }
                }

                #[inline]
                pub const fn checked_sub_signed(self, rhs: $s) -> Option<$t> {
                    let (v, o) = self.overflowing_sub_signed(rhs);
                    if o { None } else { Some(v) }
                }

                #[inline]
                pub const fn wrapping_add_signed(self, rhs: $s) -> $t {
                    self.wrapping_add(rhs as $t)
                }

                #[inline]
                pub const fn wrapping_sub_signed(self, rhs: $s) -> $t {
                    self.wrapping_sub(rhs as $t)
                }

                #[inline]
                pub const fn saturating_add_signed(self, rhs: $s) -> $t {
                    match self.checked_add_signed(rhs) {
                        Some(v) => v,
                        None => if rhs < 0 { 0 } else { <$t>::MAX },
                    }
                }

                #[inline]
                pub const fn saturating_sub_signed(self, rhs: $s) -> $t {
                    match self.checked_sub_signed(rhs) {
                        Some(v) => v,
                        None => if rhs < 0 { <$t>::MAX } else { 0 },
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_add_signed(self, rhs: $s) -> $t {
                    match self.checked_add_signed(rhs) {
                        Some(v) => v,
                        None => panic!("attempt to add with overflow"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn strict_sub_signed(self, rhs: $s) -> $t {
                    match self.checked_sub_signed(rhs) {
                        Some(v) => v,
                        None => panic!("attempt to subtract with overflow"),
                    }
                }

                /// `self - rhs` as the signed type, if it fits.
                #[inline]
                pub const fn checked_signed_diff(self, rhs: $t) -> Option<$s> {
                    let d = self.wrapping_sub(rhs) as $s;
                    if (self >= rhs) == (d >= 0) { Some(d) } else { None }
                }

                /// `self + rhs + carry`, and whether it carried out.
                #[inline]
                pub const fn carrying_add(self, rhs: $t, carry: bool) -> ($t, bool) {
                    let (a, c1) = self.overflowing_add(rhs);
                    let (b, c2) = a.overflowing_add(carry as $t);
                    (b, c1 | c2)
                }

                /// `self - rhs - borrow`, and whether it borrowed.
                #[inline]
                pub const fn borrowing_sub(self, rhs: $t, borrow: bool) -> ($t, bool) {
                    let (a, b1) = self.overflowing_sub(rhs);
                    let (b, b2) = a.overflowing_sub(borrow as $t);
                    (b, b1 | b2)
                }

                /// `self * rhs + carry + add` as a double-width value: (low half, high half).
                #[inline]
                pub const fn carrying_mul_add(self, rhs: $t, carry: $t, add: $t) -> ($t, $t) {
                    let h = <$t>::BITS / 2;
                    let mask = <$t>::MAX >> h;
                    let (a0, a1, b0, b1) = (self & mask, self >> h, rhs & mask, rhs >> h);
                    let p00 = a0 * b0;
                    let p01 = a0 * b1;
                    let p10 = a1 * b0;
                    let mid = (p00 >> h) + (p01 & mask) + (p10 & mask);
                    let lo = (p00 & mask) | (mid << h);
                    let hi = a1 * b1 + (p01 >> h) + (p10 >> h) + (mid >> h);
                    let (lo, c1) = lo.overflowing_add(carry);
                    let (lo, c2) = lo.overflowing_add(add);
                    (lo, hi + c1 as $t + c2 as $t)
                }

                /// `self * rhs + carry` as a double-width value: (low half, high half).
                #[inline]
                pub const fn carrying_mul(self, rhs: $t, carry: $t) -> ($t, $t) {
                    self.carrying_mul_add(rhs, carry, 0)
                }
            }
        )*
    };
}
