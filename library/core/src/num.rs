//! Numeric types: inherent methods of the integer types.

macro_rules! int_impl {
    ($($t:ident $bits:literal $signed:literal),*) => {
        $(
            impl $t {
                pub const BITS: u32 = $bits;
                pub const MIN: $t = if $signed { (1 as $t) << ($bits - 1) } else { 0 };
                pub const MAX: $t = !Self::MIN;

                #[inline]
                pub const fn wrapping_add(self, rhs: $t) -> $t {
                    crate::intrinsics::wrapping_add(self, rhs)
                }

                #[inline]
                pub const fn wrapping_sub(self, rhs: $t) -> $t {
                    crate::intrinsics::wrapping_sub(self, rhs)
                }

                #[inline]
                pub const fn wrapping_mul(self, rhs: $t) -> $t {
                    crate::intrinsics::wrapping_mul(self, rhs)
                }

                #[inline]
                pub const fn overflowing_add(self, rhs: $t) -> ($t, bool) {
                    crate::intrinsics::add_with_overflow(self, rhs)
                }

                #[inline]
                pub const fn overflowing_sub(self, rhs: $t) -> ($t, bool) {
                    crate::intrinsics::sub_with_overflow(self, rhs)
                }

                #[inline]
                pub const fn overflowing_mul(self, rhs: $t) -> ($t, bool) {
                    crate::intrinsics::mul_with_overflow(self, rhs)
                }

                #[inline]
                pub const fn checked_add(self, rhs: $t) -> crate::option::Option<$t> {
                    let (r, o) = self.overflowing_add(rhs);
                    if o { crate::option::Option::None } else { crate::option::Option::Some(r) }
                }

                #[inline]
                pub const fn checked_sub(self, rhs: $t) -> crate::option::Option<$t> {
                    let (r, o) = self.overflowing_sub(rhs);
                    if o { crate::option::Option::None } else { crate::option::Option::Some(r) }
                }

                #[inline]
                pub const fn checked_mul(self, rhs: $t) -> crate::option::Option<$t> {
                    let (r, o) = self.overflowing_mul(rhs);
                    if o { crate::option::Option::None } else { crate::option::Option::Some(r) }
                }

                #[inline]
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

                #[inline]
                pub const fn min(self, other: $t) -> $t {
                    if self < other { self } else { other }
                }

                #[inline]
                pub const fn max(self, other: $t) -> $t {
                    if self > other { self } else { other }
                }
            }
        )*
    };
}

int_impl! {
    i8 8 true, i16 16 true, i32 32 true, i64 64 true, i128 128 true, isize 64 true,
    u8 8 false, u16 16 false, u32 32 false, u64 64 false, u128 128 false, usize 64 false
}

macro_rules! signed_impl {
    ($($t:ident),*) => {
        $(
            impl $t {
                #[inline]
                pub const fn abs(self) -> $t {
                    if self < 0 { -self } else { self }
                }

                #[inline]
                pub const fn is_negative(self) -> bool {
                    self < 0
                }

                #[inline]
                pub const fn signum(self) -> $t {
                    if self < 0 { -1 } else if self == 0 { 0 } else { 1 }
                }
            }
        )*
    };
}

signed_impl! { i8, i16, i32, i64, i128, isize }

macro_rules! float_impl {
    ($($t:ident $bits:ident $max:literal $minpos:literal $eps:literal),*) => {
        $(
            impl $t {
                pub const NAN: $t = 0.0 / 0.0;
                pub const INFINITY: $t = 1.0 / 0.0;
                pub const NEG_INFINITY: $t = -1.0 / 0.0;
                pub const MAX: $t = $max;
                pub const MIN: $t = -$max;
                pub const MIN_POSITIVE: $t = $minpos;
                pub const EPSILON: $t = $eps;

                #[inline]
                pub fn to_bits(self) -> $bits {
                    unsafe { crate::intrinsics::transmute::<$t, $bits>(self) }
                }

                #[inline]
                pub fn from_bits(v: $bits) -> $t {
                    unsafe { crate::intrinsics::transmute::<$bits, $t>(v) }
                }

                #[inline]
                pub fn is_nan(self) -> bool {
                    self != self
                }

                #[inline]
                pub fn is_infinite(self) -> bool {
                    self == 1.0 / 0.0 || self == -1.0 / 0.0
                }

                #[inline]
                pub fn is_finite(self) -> bool {
                    !self.is_nan() && !self.is_infinite()
                }

                #[inline]
                pub fn is_sign_negative(self) -> bool {
                    (self.to_bits() >> ($bits::BITS - 1)) != 0
                }

                #[inline]
                pub fn is_sign_positive(self) -> bool {
                    !self.is_sign_negative()
                }

                #[inline]
                pub fn abs(self) -> $t {
                    $t::from_bits(self.to_bits() & !((1 as $bits) << ($bits::BITS - 1)))
                }
            }
        )*
    };
}

float_impl! { f32 u32 3.40282347e+38 1.17549435e-38 1.19209290e-07,
    f64 u64 1.7976931348623157e308 2.2250738585072014e-308 2.220446049250313e-16 }
