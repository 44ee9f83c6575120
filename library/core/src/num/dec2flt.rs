//! Parsing decimal strings into `f32` and `f64` (`FromStr`), correctly rounded (ties to even).
//!
//! The syntax is real Rust's: an optional sign, then `inf`, `infinity` or `nan` in any case, or
//! digits with an optional `.` (at least one digit on either side) and an optional exponent
//! `e`/`E` with an optional sign and at least one digit. Nothing else, not even whitespace.
//!
//! The value is found in two steps: a guess from float arithmetic on the leading digits (within
//! a few units in the last place), then exact corrections: the decimal value is compared, as big
//! integers, with the halfway points between the candidate and its neighbours until it lies
//! between them (Clinger's AlgorithmR). Slow for long or extreme inputs, but always exact.

use crate::fmt;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::num::bignum::Big;
use crate::str::FromStr;

/// Significant digits kept; any further non-zero digit is represented by one extra digit `1`,
/// which keeps every comparison with a halfway point (at most 767 significant digits) exact.
const MAX_DIGITS: usize = 800;

/// Limbs of the comparison bignums: 4096 bits holds 801 digits shifted by 1100 bits.
const BIG_LIMBS: usize = 128;

/// The comparison bignum.
type DecBig = Big<BIG_LIMBS>;

/// The format of a binary float type: `p` mantissa bits (with the hidden one), `emin` the
/// exponent of the least subnormal's bit, `emax` the largest exponent `k` of `m * 2^k`.
struct Format {
    p: u32,
    emin: i32,
    emax: i32,
}

const F64: Format = Format { p: 53, emin: -1074, emax: 971 };
const F32: Format = Format { p: 24, emin: -149, emax: 104 };

/// A positive decimal `digits * 10^exp` with its significant digits (no leading zeros).
struct Decimal<'a> {
    /// The digits and at most one `.`, as written.
    text: &'a [u8],
    exp: i64,
}

/// How a string parses: a special value or a decimal, and the sign.
enum Parsed<'a> {
    Inf,
    Nan,
    Zero,
    Num(Decimal<'a>),
}

/// Checks the syntax; `None` for an invalid literal.
fn parse_syntax(s: &[u8]) -> Option<Parsed<'_>> {
    if eq_ignore_case(s, b"inf") || eq_ignore_case(s, b"infinity") {
        return Some(Parsed::Inf);
    }
    if eq_ignore_case(s, b"nan") {
        return Some(Parsed::Nan);
    }
    let mut i = 0;
    let mut digits = 0;
    let mut nonzero = false;
    while i < s.len() && s[i].is_ascii_digit() {
        nonzero |= s[i] != b'0';
        digits += 1;
        i += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            nonzero |= s[i] != b'0';
            digits += 1;
            i += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    let mantissa_end = i;
    let mut exp: i64 = 0;
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        let mut neg = false;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            neg = s[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            // Saturate: beyond this the value is 0 or infinite anyway.
            if exp < 1_000_000 {
                exp = exp * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        if i == start {
            return None;
        }
        if neg {
            exp = -exp;
        }
    }
    if i != s.len() {
        return None;
    }
    if !nonzero {
        return Some(Parsed::Zero);
    }
    Some(Parsed::Num(Decimal { text: &s[..mantissa_end], exp }))
}

fn eq_ignore_case(s: &[u8], word: &[u8]) -> bool {
    if s.len() != word.len() {
        return false;
    }
    let mut i = 0;
    while i < s.len() {
        if s[i].to_ascii_lowercase() != word[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The significant digits of a decimal: the first `MAX_DIGITS` (plus a `1` if any later digit
/// is non-zero) as a bignum, the exponent that scales them, the first 19 as a `u64` with their
/// own exponent, and the decimal exponent of the leading digit.
struct Digits {
    big: DecBig,
    exp: i64,
    lead: u64,
    lead_exp: i64,
    /// Whether `lead * 10^lead_exp` is the exact value (no non-zero digit after the 19th).
    lead_exact: bool,
    /// Number of significant digits before the exponent is applied: the value lies in
    /// [10^(magnitude - 1), 10^magnitude).
    magnitude: i64,
}

fn collect_digits(d: &Decimal<'_>) -> Digits {
    let mut big = Big::from_u64(0);
    let mut exp = d.exp;
    let mut lead: u64 = 0;
    let mut lead_count = 0;
    let mut lead_exp = d.exp;
    let mut lead_exact = true;
    let mut kept = 0;
    let mut int_digits: i64 = 0;
    let mut leading_frac_zeros: i64 = 0;
    let mut sticky = false;
    let mut in_frac = false;
    let mut chunk: u32 = 0;
    let mut chunk_len = 0;
    for &c in d.text {
        if c == b'.' {
            in_frac = true;
            continue;
        }
        let v = (c - b'0') as u32;
        if !in_frac {
            int_digits += 1;
        }
        if kept == 0 && v == 0 {
            if in_frac {
                exp -= 1;
                lead_exp -= 1;
                leading_frac_zeros += 1;
            } else {
                int_digits -= 1;
            }
            continue;
        }
        if kept < MAX_DIGITS {
            chunk = chunk * 10 + v;
            chunk_len += 1;
            if chunk_len == 9 {
                big.mul_add_small(1_000_000_000, chunk);
                chunk = 0;
                chunk_len = 0;
            }
            kept += 1;
            if in_frac {
                exp -= 1;
            }
        } else {
            sticky |= v != 0;
            if !in_frac {
                exp += 1;
            }
        }
        if lead_count < 19 {
            lead = lead * 10 + v as u64;
            lead_count += 1;
            if in_frac {
                lead_exp -= 1;
            }
        } else {
            lead_exact &= v == 0;
            if !in_frac {
                lead_exp += 1;
            }
        }
    }
    if sticky {
        chunk = chunk * 10 + 1;
        chunk_len += 1;
        exp -= 1;
    }
    if chunk_len > 0 {
        let mut p: u32 = 1;
        let mut k = 0;
        while k < chunk_len {
            p *= 10;
            k += 1;
        }
        big.mul_add_small(p, chunk);
    }
    let magnitude = if int_digits > 0 { int_digits } else { -leading_frac_zeros };
    Digits { big, exp, lead, lead_exp, lead_exact, magnitude: magnitude + d.exp }
}

/// `10^e` in f64, for the guess: exact up to 10^22, a few ulps off beyond.
fn pow10_f64(e: i64) -> f64 {
    let mut r = 1.0f64;
    let mut k = e;
    while k >= 22 {
        r *= 1e22;
        k -= 22;
    }
    let mut p = 1.0f64;
    while k > 0 {
        p *= 10.0;
        k -= 1;
    }
    r * p
}

/// A float within a few ulps of the decimal (possibly 0 or infinite near the ends of the range).
fn guess(d: &Digits) -> f64 {
    let mut g = d.lead as f64;
    let mut e = d.lead_exp;
    if e >= 0 {
        while e > 300 {
            g *= pow10_f64(300);
            e -= 300;
        }
        g * pow10_f64(e)
    } else {
        while e < -300 {
            g /= pow10_f64(300);
            e += 300;
        }
        g / pow10_f64(-e)
    }
}

/// Compares `digits * 10^exp` with `c * 2^j`, exactly.
fn cmp_with(d: &Digits, c: u64, j: i32) -> i32 {
    let mut left = d.big;
    let mut right = Big::from_u64(c);
    if d.exp >= 0 {
        left.mul_pow10(d.exp as u32);
    } else {
        right.mul_pow10((-d.exp) as u32);
    }
    if j >= 0 {
        right.shl(j as u32);
    } else {
        left.shl((-j) as u32);
    }
    left.cmp(&right)
}

/// The correctly rounded value of a positive decimal as the bits of a float of format `f`,
/// starting from the candidate `m * 2^k` (a valid mantissa and exponent of the format).
fn round_exact(d: &Digits, f: &Format, mut m: u64, mut k: i32) -> u64 {
    let min_normal: u64 = 1 << (f.p - 1);
    let limit: u64 = 1 << f.p;
    loop {
        // The halfway point above the candidate.
        let c = 2 * m + 1;
        let up = cmp_with(d, c, k - 1);
        if up > 0 || (up == 0 && m % 2 == 1) {
            m += 1;
            if m == limit {
                m = min_normal;
                k += 1;
            }
            if k > f.emax {
                return infinity_bits(f);
            }
            if up == 0 {
                break;
            }
            continue;
        }
        if m == 0 {
            break;
        }
        // The halfway point below: closer when the candidate is the least of its binade.
        let down = if m == min_normal && k > f.emin {
            cmp_with(d, 4 * m - 1, k - 2)
        } else {
            cmp_with(d, 2 * m - 1, k - 1)
        };
        if down < 0 || (down == 0 && m % 2 == 1) {
            if m == min_normal && k > f.emin {
                m = limit - 1;
                k -= 1;
            } else {
                m -= 1;
            }
            if down == 0 {
                break;
            }
            continue;
        }
        break;
    }
    if m < min_normal {
        m
    } else {
        (((k - f.emin + 1) as u64) << (f.p - 1)) | (m - min_normal)
    }
}

fn infinity_bits(f: &Format) -> u64 {
    let exp_bits = if f.p == 53 { 11 } else { 8 };
    ((1u64 << exp_bits) - 1) << (f.p - 1)
}

/// The bits of the correctly rounded positive float of format `f` nearest to the decimal.
fn decimal_to_bits(dec: &Decimal<'_>, f: &Format) -> u64 {
    let d = collect_digits(dec);
    // Outside these bounds the value rounds to 0 or overflows whatever its digits are.
    let (low, high) = if f.p == 53 { (-324, 310) } else { (-46, 40) };
    if d.magnitude <= low {
        return 0;
    }
    if d.magnitude > high {
        return infinity_bits(f);
    }
    // Clinger's fast path: an exact integer times or divided by an exact power of ten is one
    // correctly rounded operation.
    if d.lead_exact && f.p == 53 && d.lead <= 1 << 53 && d.lead_exp >= -22 && d.lead_exp <= 22 {
        let v = d.lead as f64;
        let p = pow10_f64(d.lead_exp.abs());
        let r = if d.lead_exp >= 0 { v * p } else { v / p };
        return r.to_bits();
    }
    if d.lead_exact && f.p == 24 && d.lead <= 1 << 24 && d.lead_exp >= -10 && d.lead_exp <= 10 {
        let v = d.lead as f32;
        let p = pow10_f64(d.lead_exp.abs()) as f32;
        let r = if d.lead_exp >= 0 { v * p } else { v / p };
        return r.to_bits() as u64;
    }
    let g = guess(&d);
    // The guess as (mantissa, exponent) in the target format.
    let gbits = if f.p == 53 { g.to_bits() } else { (g as f32).to_bits() as u64 };
    let field = gbits >> (f.p - 1);
    let frac = gbits & ((1u64 << (f.p - 1)) - 1);
    let max_field = (1u64 << (if f.p == 53 { 11 } else { 8 })) - 1;
    let (m, k) = if field == max_field {
        ((1u64 << f.p) - 1, f.emax)
    } else if field == 0 {
        (frac, f.emin)
    } else {
        (frac | (1u64 << (f.p - 1)), f.emin + field as i32 - 1)
    };
    round_exact(&d, f, m, k)
}

/// The error of parsing a float (`"x".parse::<f64>()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msg = match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        };
        fmt::Display::fmt(msg, f)
    }
}

impl crate::error::Error for ParseFloatError {}

/// The sign and the bits of the magnitude in format `f`; NaN gets the sign too, as in Rust.
fn parse_bits(s: &str, f: &Format) -> Result<(bool, u64), ParseFloatError> {
    let mut b = s.as_bytes();
    if b.is_empty() {
        return Err(ParseFloatError { kind: FloatErrorKind::Empty });
    }
    let mut neg = false;
    if b[0] == b'+' || b[0] == b'-' {
        neg = b[0] == b'-';
        b = &b[1..];
    }
    let bits = match parse_syntax(b) {
        None => return Err(ParseFloatError { kind: FloatErrorKind::Invalid }),
        Some(Parsed::Inf) => infinity_bits(f),
        Some(Parsed::Nan) => infinity_bits(f) | (1u64 << (f.p - 2)),
        Some(Parsed::Zero) => 0,
        Some(Parsed::Num(d)) => decimal_to_bits(&d, f),
    };
    Ok((neg, bits))
}

impl FromStr for f64 {
    type Err = ParseFloatError;

    fn from_str(s: &str) -> Result<f64, ParseFloatError> {
        let (neg, bits) = parse_bits(s, &F64)?;
        Ok(f64::from_bits(bits | if neg { 1u64 << 63 } else { 0 }))
    }
}

impl FromStr for f32 {
    type Err = ParseFloatError;

    fn from_str(s: &str) -> Result<f32, ParseFloatError> {
        let (neg, bits) = parse_bits(s, &F32)?;
        Ok(f32::from_bits(bits as u32 | if neg { 1u32 << 31 } else { 0 }))
    }
}
