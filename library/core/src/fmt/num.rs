//! Formatting of integers: decimal (`Display`, `Debug`) and the radix traits.

use super::{Binary, Debug, Display, Formatter, LowerHex, Octal, Result, UpperHex};

macro_rules! decimal {
    ($fmt:ident, $t:ty) => {
        /// Writes `n`'s decimal digits at the end of a buffer and pads them as the formatter asks.
        fn $fmt(mut n: $t, is_nonnegative: bool, f: &mut Formatter<'_>) -> Result {
            let mut buf = [0u8; 40];
            let mut curr = 40;
            loop {
                curr -= 1;
                buf[curr] = b'0' + (n % 10) as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            f.pad_integral(is_nonnegative, "", crate::str::from_ascii_tail(&buf, curr))
        }
    };
}

decimal!(fmt_u64, u64);
decimal!(fmt_u128, u128);

/// Formats `n` in a power-of-two radix (`shift` bits per digit).
fn fmt_radix(mut n: u128, shift: u32, upper: bool, prefix: &str, f: &mut Formatter<'_>) -> Result {
    let mut buf = [0u8; 130];
    let mut curr = 130;
    let mask: u128 = (1 << shift) - 1;
    loop {
        curr -= 1;
        let d = (n & mask) as u8;
        buf[curr] = if d < 10 {
            b'0' + d
        } else if upper {
            b'A' + d - 10
        } else {
            b'a' + d - 10
        };
        n >>= shift;
        if n == 0 {
            break;
        }
    }
    f.pad_integral(true, prefix, crate::str::from_ascii_tail(&buf, curr))
}

macro_rules! int_fmt {
    (signed $($t:ty => $wide:ty, $fmt:ident);*) => {
        $(
            impl Display for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let is_nonnegative = *self >= 0;
                    let n = if is_nonnegative {
                        *self as $wide
                    } else {
                        (!(*self as $wide)).wrapping_add(1)
                    };
                    $fmt(n, is_nonnegative, f)
                }
            }
        )*
        int_fmt!(common $($t => $wide),*);
    };
    (unsigned $($t:ty => $wide:ty, $fmt:ident);*) => {
        $(
            impl Display for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    $fmt(*self as $wide, true, f)
                }
            }
        )*
        int_fmt!(common $($t => $wide),*);
    };
    (common $($t:ty => $wide:ty),*) => {
        $(
            impl Debug for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    if f.debug_lower_hex() {
                        LowerHex::fmt(self, f)
                    } else if f.debug_upper_hex() {
                        UpperHex::fmt(self, f)
                    } else {
                        Display::fmt(self, f)
                    }
                }
            }

            impl LowerHex for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    fmt_radix(*self as $wide as u128 & mask_of::<$t>(), 4, false, "0x", f)
                }
            }

            impl UpperHex for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    fmt_radix(*self as $wide as u128 & mask_of::<$t>(), 4, true, "0x", f)
                }
            }

            impl Octal for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    fmt_radix(*self as $wide as u128 & mask_of::<$t>(), 3, false, "0o", f)
                }
            }

            impl Binary for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    fmt_radix(*self as $wide as u128 & mask_of::<$t>(), 1, false, "0b", f)
                }
            }
        )*
    };
}

/// The bits of the type's width: radix formatting shows the two's complement of negative numbers.
fn mask_of<T>() -> u128 {
    let bits = crate::mem::size_of::<T>() * 8;
    if bits >= 128 { !0 } else { (1u128 << bits) - 1 }
}

int_fmt!(signed i8 => u64, fmt_u64; i16 => u64, fmt_u64; i32 => u64, fmt_u64; i64 => u64, fmt_u64;
    isize => u64, fmt_u64; i128 => u128, fmt_u128);
int_fmt!(unsigned u8 => u64, fmt_u64; u16 => u64, fmt_u64; u32 => u64, fmt_u64; u64 => u64, fmt_u64;
    usize => u64, fmt_u64; u128 => u128, fmt_u128);
