//! The inherent methods of the integer types, written once as macros: `int_impl!` for what all
//! integers share, `signed_impl!`/`unsigned_impl!` for what depends on the sign.

macro_rules! int_impl {
    ($($t:ident $u:ident $bits:literal $signed:literal),*) => {
        $(
            impl $t {
                pub const BITS: u32 = $bits;
                pub const MIN: $t = if $signed { (1 as $t) << ($bits - 1) } else { 0 };
                pub const MAX: $t = !Self::MIN;

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
            }
        )*
    };
}
