//! `LowerExp`/`UpperExp` for the integer types: `1234` as `1.234e3`.
//!
//! Without a precision the mantissa keeps every significant digit (trailing zeros dropped);
//! with one it is rounded to that many fractional digits, halves to even, or padded with zeros.

use crate::fmt::{Formatter, LowerExp, Result, UpperExp};

/// The most fractional digits written; a larger precision is cut to this.
const MAX_FRACTION: usize = 200;

/// Writes the magnitude `n` in scientific notation and pads it as the formatter asks.
fn fmt_exp(n: u128, is_nonnegative: bool, upper: bool, f: &mut Formatter<'_>) -> Result {
    // The decimal digits of `n`, most significant first.
    let mut digits = [0u8; 40];
    let mut len = 0;
    let mut v = n;
    loop {
        digits[len] = (v % 10) as u8;
        v /= 10;
        len += 1;
        if v == 0 {
            break;
        }
    }
    let mut i = 0;
    while i < len / 2 {
        let t = digits[i];
        digits[i] = digits[len - 1 - i];
        digits[len - 1 - i] = t;
        i += 1;
    }
    let mut exp = len - 1;

    // How many of the digits are kept (at least the first one), and how many zeros follow them.
    let (kept, zeros) = match f.precision() {
        None => {
            let mut k = len;
            while k > 1 && digits[k - 1] == 0 {
                k -= 1;
            }
            (k, 0)
        }
        Some(p) => {
            let p = if p > MAX_FRACTION { MAX_FRACTION } else { p };
            if p + 1 >= len {
                (len, p + 1 - len)
            } else {
                let k = p + 1;
                let first = digits[k];
                let mut rest_nonzero = false;
                let mut j = k + 1;
                while j < len {
                    if digits[j] != 0 {
                        rest_nonzero = true;
                    }
                    j += 1;
                }
                let round_up = first > 5 || (first == 5 && (rest_nonzero || digits[k - 1] % 2 == 1));
                if round_up {
                    let mut j = k;
                    loop {
                        if j == 0 {
                            // Every kept digit was 9: the mantissa becomes 1.00… one decade up.
                            digits[0] = 1;
                            exp += 1;
                            break;
                        }
                        j -= 1;
                        if digits[j] == 9 {
                            digits[j] = 0;
                        } else {
                            digits[j] += 1;
                            break;
                        }
                    }
                }
                (k, 0)
            }
        }
    };
    let mut buf = [0u8; MAX_FRACTION + 48];
    let mut pos = 0;
    buf[pos] = b'0' + digits[0];
    pos += 1;
    if kept > 1 || zeros > 0 {
        buf[pos] = b'.';
        pos += 1;
        let mut j = 1;
        while j < kept {
            buf[pos] = b'0' + digits[j];
            pos += 1;
            j += 1;
        }
        let mut z = 0;
        while z < zeros {
            buf[pos] = b'0';
            pos += 1;
            z += 1;
        }
    }
    buf[pos] = if upper { b'E' } else { b'e' };
    pos += 1;
    let mut exp_digits = [0u8; 3];
    let mut elen = 0;
    loop {
        exp_digits[elen] = b'0' + (exp % 10) as u8;
        exp /= 10;
        elen += 1;
        if exp == 0 {
            break;
        }
    }
    while elen > 0 {
        elen -= 1;
        buf[pos] = exp_digits[elen];
        pos += 1;
    }
    let s = unsafe { crate::str::from_utf8_unchecked(&buf[..pos]) };
    f.pad_integral(is_nonnegative, "", s)
}

macro_rules! int_exp {
    ($($t:ident)*) => {
        $(
            impl LowerExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    #[allow(unused_comparisons)]
                    let is_nonnegative = *self >= 0;
                    fmt_exp((*self).unsigned_abs_u128(), is_nonnegative, false, f)
                }
            }

            impl UpperExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    #[allow(unused_comparisons)]
                    let is_nonnegative = *self >= 0;
                    fmt_exp((*self).unsigned_abs_u128(), is_nonnegative, true, f)
                }
            }
        )*
    };
}

int_exp! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize }

/// The magnitude of an integer, widened to `u128`.
trait UnsignedAbsU128 {
    fn unsigned_abs_u128(self) -> u128;
}

macro_rules! abs_u128 {
    (signed $($t:ident)*) => {
        $(
            impl UnsignedAbsU128 for $t {
                #[inline]
                fn unsigned_abs_u128(self) -> u128 {
                    self.unsigned_abs() as u128
                }
            }
        )*
    };
    (unsigned $($t:ident)*) => {
        $(
            impl UnsignedAbsU128 for $t {
                #[inline]
                fn unsigned_abs_u128(self) -> u128 {
                    self as u128
                }
            }
        )*
    };
}

abs_u128! { signed i8 i16 i32 i64 i128 isize }
abs_u128! { unsigned u8 u16 u32 u64 u128 usize }
