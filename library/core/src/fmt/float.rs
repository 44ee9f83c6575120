//! Formatting of `f32` and `f64`: exact decimal digits from a small bignum (Steele & White /
//! Dragon4 style), with a fast path for values that are small exact integers.

use super::{Debug, Display, Formatter, LowerExp, Result, UpperExp};
use crate::num::bignum::Big;

const LIMBS: usize = 40;

/// The digit-generation bignum (`LIMBS` 32-bit limbs); its basic arithmetic is shared with float
/// parsing in `num::bignum`.
type FloatBig = Big<LIMBS>;

impl Big<LIMBS> {
    fn add(&mut self, o: &FloatBig) {
        let n = if self.n > o.n { self.n } else { o.n };
        let mut carry: u64 = 0;
        let mut i = 0;
        while i < n {
            let s = (self.d[i] as u64) + (o.d[i] as u64) + carry;
            self.d[i] = s as u32;
            carry = s >> 32;
            i += 1;
        }
        self.n = n;
        if carry != 0 {
            self.d[n] = carry as u32;
            self.n += 1;
        }
    }

    /// `self -= o`; requires `self >= o`.
    fn sub(&mut self, o: &FloatBig) {
        let mut borrow: u64 = 0;
        let mut i = 0;
        while i < self.n {
            let a = self.d[i] as u64;
            let b = (o.d[i] as u64) + borrow;
            if a >= b {
                self.d[i] = (a - b) as u32;
                borrow = 0;
            } else {
                self.d[i] = (a + (1u64 << 32) - b) as u32;
                borrow = 1;
            }
            i += 1;
        }
        self.trim();
    }

    /// Divides by `m` in place and returns the remainder.
    fn div_rem_small(&mut self, m: u32) -> u32 {
        let mut rem: u64 = 0;
        let mut i = self.n;
        while i > 0 {
            i -= 1;
            let cur = (rem << 32) | (self.d[i] as u64);
            self.d[i] = (cur / (m as u64)) as u32;
            rem = cur % (m as u64);
        }
        self.trim();
        rem as u32
    }

    fn is_zero(&self) -> bool {
        self.n == 0
    }

    /// Divides by `s`, knowing the quotient is below 10: returns it and leaves the remainder.
    fn div_digit(&mut self, s: &FloatBig) -> u8 {
        if self.n < s.n {
            return 0;
        }
        // Estimate from the top limbs (never too large), subtract q*s at once, then correct.
        let top = s.n - 1;
        let mut rt: u64 = self.d[top] as u64;
        if self.n > s.n {
            rt += (self.d[top + 1] as u64) << 32;
        }
        let mut q = (rt / ((s.d[top] as u64) + 1)) as u32;
        if q > 0 {
            let mut borrow: u64 = 0;
            let mut carry: u64 = 0;
            let mut i = 0;
            while i < self.n {
                let p = (s.d[i] as u64) * (q as u64) + carry;
                carry = p >> 32;
                let sub = (p & 0xffff_ffff) + borrow;
                let a = self.d[i] as u64;
                if a >= sub {
                    self.d[i] = (a - sub) as u32;
                    borrow = 0;
                } else {
                    self.d[i] = (a + (1u64 << 32) - sub) as u32;
                    borrow = 1;
                }
                i += 1;
            }
            self.trim();
        }
        while self.cmp(s) >= 0 {
            self.sub(s);
            q += 1;
        }
        q as u8
    }

    /// The sign of `self + b - c`, as -1, 0 or 1.
    fn cmp_sum(&self, b: &FloatBig, c: &FloatBig) -> i32 {
        let mut n = if self.n > b.n { self.n } else { b.n };
        if c.n > n {
            n = c.n;
        }
        let mut carry: i64 = 0;
        let mut nonzero = false;
        let mut i = 0;
        while i < n {
            let t = (self.d[i] as i64) + (b.d[i] as i64) - (c.d[i] as i64) + carry;
            let low = t & 0xffff_ffff;
            if low != 0 {
                nonzero = true;
            }
            carry = (t - low) >> 32;
            i += 1;
        }
        if carry < 0 {
            -1
        } else if carry > 0 || nonzero {
            1
        } else {
            0
        }
    }
}

/// A finite nonzero float split as `f * 2^e`; `lower_closer` when the gap below is half the one above.
struct FloatDecoded {
    f: u64,
    e: i32,
    lower_closer: bool,
}

/// Decimal digits `0.d1d2d3... * 10^k` (no leading zero), at most 800 of them.
struct FloatDigits {
    buf: [u8; 800],
    len: usize,
    k: i32,
}

impl FloatDigits {
    fn new() -> FloatDigits {
        FloatDigits { buf: [0; 800], len: 0, k: 0 }
    }
    fn push(&mut self, d: u8) {
        self.buf[self.len] = b'0' + d;
        self.len += 1;
    }
}

fn bit_len(f: u64) -> i32 {
    let mut n = 0;
    let mut v = f;
    while v != 0 {
        v >>= 1;
        n += 1;
    }
    n
}

/// A first guess of `k` with `10^(k-1) <= v < 10^k` (corrected by the callers).
fn estimate_k(d: &FloatDecoded) -> i32 {
    let l = (d.e + bit_len(d.f)) as i64;
    ((l * 1233) >> 12) as i32
}

/// Scales `r / s` (and the margins) by `10^-k`.
fn scale(k: i32, r: &mut FloatBig, s: &mut FloatBig, mp: &mut FloatBig, mm: &mut FloatBig) {
    if k >= 0 {
        s.mul_pow10(k as u32);
    } else {
        r.mul_pow10((-k) as u32);
        mp.mul_pow10((-k) as u32);
        mm.mul_pow10((-k) as u32);
    }
}

fn less_than_tenth(r: &FloatBig, s: &FloatBig) -> bool {
    let mut t = *r;
    t.mul_small(10);
    t.cmp(s) < 0
}

/// The shortest digits that read back as the same float.
fn shortest(d: &FloatDecoded, out: &mut FloatDigits) {
    // Fast path: an exact integer below 2^64 has as shortest form its digits without trailing
    // zeros, since the rounding interval is narrower than 1.
    if d.e <= 0 && d.e > -64 && d.f >> 53 == 0 {
        let sh = (-d.e) as u32;
        if d.f & ((1u64 << sh) - 1) == 0 {
            let mut n = d.f >> sh;
            let mut tmp = [0u8; 20];
            let mut len = 0;
            while n != 0 {
                tmp[len] = (n % 10) as u8;
                n /= 10;
                len += 1;
            }
            out.k = len as i32;
            let mut last = 0;
            while tmp[last] == 0 {
                last += 1;
            }
            let mut i = len;
            while i > last {
                i -= 1;
                out.push(tmp[i]);
            }
            return;
        }
    }
    let even = d.f & 1 == 0;
    let mut r;
    let mut s;
    let mut mp;
    let mut mm;
    if d.e >= 0 {
        r = Big::from_u64(d.f);
        r.shl(d.e as u32 + 1);
        s = Big::from_u64(2);
        mp = Big::from_u64(1);
        mp.shl(d.e as u32);
        mm = mp;
    } else {
        r = Big::from_u64(d.f);
        r.shl(1);
        s = Big::from_u64(1);
        s.shl((1 - d.e) as u32);
        mp = Big::from_u64(1);
        mm = Big::from_u64(1);
    }
    if d.lower_closer {
        r.shl(1);
        s.shl(1);
        mp.shl(1);
    }
    let mut k = estimate_k(d);
    scale(k, &mut r, &mut s, &mut mp, &mut mm);
    // Correct k so that r + m+ stays within s (the first digit is below 10).
    loop {
        let c = r.cmp_sum(&mp, &s);
        if c > 0 || (even && c == 0) {
            s.mul_small(10);
            k += 1;
        } else {
            break;
        }
    }
    loop {
        let mut hi = r;
        hi.add(&mp);
        hi.mul_small(10);
        let c = hi.cmp(&s);
        if c < 0 || (!even && c == 0) {
            r.mul_small(10);
            mp.mul_small(10);
            mm.mul_small(10);
            k -= 1;
        } else {
            break;
        }
    }
    out.k = k;
    loop {
        r.mul_small(10);
        mp.mul_small(10);
        mm.mul_small(10);
        let mut digit = r.div_digit(&s);
        let cl = r.cmp(&mm);
        let low = cl < 0 || (even && cl == 0);
        let ch = r.cmp_sum(&mp, &s);
        let high = ch > 0 || (even && ch == 0);
        if !low && !high {
            out.push(digit);
            continue;
        }
        if low && high {
            let mut r2 = r;
            r2.shl(1);
            if r2.cmp(&s) >= 0 {
                digit += 1;
            }
        } else if high {
            digit += 1;
        }
        out.push(digit);
        break;
    }
}

/// Exactly `count(k)` digits, rounded half to even on the exact value: for `limit = Some(n)` the
/// digits down to `10^-n` (fixed notation), for `None` with `sig` significant digits.
fn exact(d: &FloatDecoded, frac: Option<usize>, sig: usize, out: &mut FloatDigits) {
    if d.e >= 0 {
        exact_integer(d, frac, sig, out);
        return;
    }
    let mut r;
    let mut s;
    if d.e >= 0 {
        r = Big::from_u64(d.f);
        r.shl(d.e as u32);
        s = Big::from_u64(1);
    } else {
        r = Big::from_u64(d.f);
        s = Big::from_u64(1);
        s.shl((-d.e) as u32);
    }
    let mut k = estimate_k(d);
    let mut z1 = Big::from_u64(0);
    let mut z2 = Big::from_u64(0);
    scale(k, &mut r, &mut s, &mut z1, &mut z2);
    while r.cmp(&s) >= 0 {
        s.mul_small(10);
        k += 1;
    }
    while less_than_tenth(&r, &s) {
        r.mul_small(10);
        k -= 1;
    }
    let count: i64 = match frac {
        Some(n) => k as i64 + n as i64,
        None => sig as i64,
    };
    out.k = k;
    out.len = 0;
    if count < 0 {
        return;
    }
    let mut i = 0;
    while (i as i64) < count && out.len < 799 {
        r.mul_small(10);
        let digit = r.div_digit(&s);
        out.push(digit);
        i += 1;
    }
    // Round the rest: compare it against half a unit of the last digit.
    let mut r2 = r;
    r2.shl(1);
    let c = r2.cmp(&s);
    let last_odd = out.len > 0 && (out.buf[out.len - 1] - b'0') % 2 == 1;
    let up = c > 0 || (c == 0 && last_odd);
    if up {
        let mut j = out.len;
        loop {
            if j == 0 {
                // All nines (or no digits): the result is 10^k.
                let mut t = out.len;
                while t > 0 {
                    out.buf[t] = out.buf[t - 1];
                    t -= 1;
                }
                out.buf[0] = b'1';
                out.k += 1;
                match frac {
                    Some(_) => out.len += 1,
                    None => {}
                }
                if out.len == 0 {
                    out.len = 1;
                }
                break;
            }
            j -= 1;
            if out.buf[j] == b'9' {
                out.buf[j] = b'0';
            } else {
                out.buf[j] += 1;
                break;
            }
        }
    }
}

/// The bytes `buf[a..b]`.
fn part(buf: &[u8], a: usize, b: usize) -> &[u8] {
    unsafe { crate::slice::from_raw_parts(buf.as_ptr().add(a), b - a) }
}

/// `exact` for an integer value: its digits come from short divisions by 10^9, nine at a time.
fn exact_integer(d: &FloatDecoded, frac: Option<usize>, sig: usize, out: &mut FloatDigits) {
    let mut n = Big::from_u64(d.f);
    n.shl(d.e as u32);
    // Digits in reverse order, least significant first.
    let mut rev = [0u8; 320];
    let mut len = 0;
    while !n.is_zero() {
        let mut chunk = n.div_rem_small(1_000_000_000);
        let mut j = 0;
        while j < 9 {
            rev[len] = (chunk % 10) as u8;
            chunk /= 10;
            len += 1;
            j += 1;
        }
    }
    while len > 1 && rev[len - 1] == 0 {
        len -= 1;
    }
    out.k = len as i32;
    out.len = 0;
    let count = match frac {
        Some(p) => len + p,
        None => sig,
    };
    let keep = if count < len { count } else { len };
    let mut i = 0;
    while i < keep {
        out.push(rev[len - 1 - i]);
        i += 1;
    }
    while out.len < count && out.len < 799 {
        out.push(0);
    }
    if keep < len {
        // Round half to even on the dropped digits rev[0 .. len - keep].
        let first = rev[len - 1 - keep];
        let mut rest_nonzero = false;
        let mut j = 0;
        while j < len - 1 - keep {
            if rev[j] != 0 {
                rest_nonzero = true;
            }
            j += 1;
        }
        let last_odd = out.len > 0 && (out.buf[out.len - 1] - b'0') % 2 == 1;
        let up = first > 5 || (first == 5 && (rest_nonzero || last_odd));
        if up {
            round_up(out, false);
        }
    }
}

/// Adds one unit in the last digit; a carry out of all nines gives `1000…` one place higher.
fn round_up(out: &mut FloatDigits, fixed: bool) {
    let mut j = out.len;
    loop {
        if j == 0 {
            let mut t = out.len;
            while t > 0 {
                out.buf[t] = out.buf[t - 1];
                t -= 1;
            }
            out.buf[0] = b'1';
            out.k += 1;
            if fixed || out.len == 0 {
                out.len += 1;
            }
            break;
        }
        j -= 1;
        if out.buf[j] == b'9' {
            out.buf[j] = b'0';
        } else {
            out.buf[j] += 1;
            break;
        }
    }
}

/// A text buffer for the formatted number (without its sign).
struct FloatOut {
    buf: [u8; 1200],
    len: usize,
}

impl FloatOut {
    fn new() -> FloatOut {
        FloatOut { buf: [0; 1200], len: 0 }
    }
    fn byte(&mut self, b: u8) {
        if self.len < 1200 {
            self.buf[self.len] = b;
            self.len += 1;
        }
    }
    fn bytes(&mut self, s: &[u8]) {
        let mut i = 0;
        while i < s.len() {
            self.byte(s[i]);
            i += 1;
        }
    }
    fn zeros(&mut self, n: i64) {
        let mut i = 0;
        while i < n {
            self.byte(b'0');
            i += 1;
        }
    }
    fn int(&mut self, v: i32) {
        if v < 0 {
            self.byte(b'-');
        }
        let mut n = if v < 0 { (-(v as i64)) as u64 } else { v as u64 };
        let mut tmp = [0u8; 12];
        let mut len = 0;
        loop {
            tmp[len] = b'0' + (n % 10) as u8;
            n /= 10;
            len += 1;
            if n == 0 {
                break;
            }
        }
        while len > 0 {
            len -= 1;
            self.byte(tmp[len]);
        }
    }
    fn as_str(&self) -> &str {
        crate::str::from_ascii_tail(part(&self.buf, 0, self.len), 0)
    }
}

/// Fixed notation of `0.digits * 10^k` with at least `min_frac` fractional digits.
fn write_fixed(o: &mut FloatOut, dg: &FloatDigits, min_frac: usize) {
    let digits = part(&dg.buf, 0, dg.len);
    let k = dg.k as i64;
    let len = dg.len as i64;
    let frac_len;
    if dg.len == 0 {
        o.byte(b'0');
        frac_len = 0;
        if min_frac > 0 {
            o.byte(b'.');
        }
    } else if k <= 0 {
        o.bytes(b"0.");
        o.zeros(-k);
        o.bytes(digits);
        frac_len = len - k;
    } else if len <= k {
        o.bytes(digits);
        o.zeros(k - len);
        frac_len = 0;
        if min_frac > 0 {
            o.byte(b'.');
        }
    } else {
        o.bytes(part(digits, 0, k as usize));
        o.byte(b'.');
        o.bytes(part(digits, k as usize, digits.len()));
        frac_len = len - k;
    }
    if (min_frac as i64) > frac_len {
        o.zeros(min_frac as i64 - frac_len);
    }
}

/// Exponent notation `d.ddd e X` with at least `min_frac` digits after the point.
fn write_exp(o: &mut FloatOut, dg: &FloatDigits, min_frac: usize, upper: bool) {
    if dg.len == 0 {
        o.byte(b'0');
        if min_frac > 0 {
            o.byte(b'.');
            o.zeros(min_frac as i64);
        }
        o.bytes(if upper { b"E0" } else { b"e0" });
        return;
    }
    o.byte(dg.buf[0]);
    let rest = dg.len - 1;
    if rest > 0 || min_frac > 0 {
        o.byte(b'.');
        o.bytes(part(&dg.buf, 1, dg.len));
        if min_frac > rest {
            o.zeros((min_frac - rest) as i64);
        }
    }
    o.byte(if upper { b'E' } else { b'e' });
    o.int(dg.k - 1);
}

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Display,
    Debug,
    Exp(bool),
}

/// Formats a float given its sign, class and (for finite nonzero values) decoded form.
fn fmt_float(f: &mut Formatter<'_>, neg: bool, nan: bool, inf: bool, dec: Option<FloatDecoded>, style: Style) -> Result {
    if nan {
        return f.pad_float(true, true, "NaN");
    }
    if inf {
        return f.pad_float(!neg, false, "inf");
    }
    let mut o = FloatOut::new();
    let mut dg = FloatDigits::new();
    let prec = f.precision();
    match style {
        Style::Display | Style::Debug => {
            match prec {
                Some(p) => {
                    if let Some(d) = &dec {
                        exact(d, Some(p), 0, &mut dg);
                    }
                    write_fixed_exact(&mut o, &dg, p);
                }
                None => {
                    if let Some(d) = &dec {
                        shortest(d, &mut dg);
                    }
                    let use_exp = style == Style::Debug && dg.len > 0 && (dg.k > 16 || dg.k < -3);
                    if use_exp {
                        write_exp(&mut o, &dg, 0, false);
                    } else {
                        write_fixed(&mut o, &dg, if style == Style::Debug { 1 } else { 0 });
                    }
                }
            }
        }
        Style::Exp(upper) => {
            match prec {
                Some(p) => {
                    if let Some(d) = &dec {
                        exact(d, None, p + 1, &mut dg);
                    }
                    write_exp(&mut o, &dg, p, upper);
                }
                None => {
                    if let Some(d) = &dec {
                        shortest(d, &mut dg);
                    }
                    write_exp(&mut o, &dg, 0, upper);
                }
            }
        }
    }
    f.pad_float(!neg, false, o.as_str())
}

/// Fixed notation for exact digits: the digits are the value times `10^p` rounded to an integer.
fn write_fixed_exact(o: &mut FloatOut, dg: &FloatDigits, p: usize) {
    // FloatDigits count `k + p` (or one more after a carry): the integer `value * 10^p`.
    let len = dg.len as i64;
    let p64 = p as i64;
    if len <= p64 {
        o.byte(b'0');
        if p > 0 {
            o.byte(b'.');
            o.zeros(p64 - len);
            o.bytes(part(&dg.buf, 0, dg.len));
        }
    } else {
        let int_len = (len - p64) as usize;
        o.bytes(part(&dg.buf, 0, int_len));
        if p > 0 {
            o.byte(b'.');
            o.bytes(part(&dg.buf, int_len, dg.len));
        }
    }
}

fn decode64(v: f64) -> Option<FloatDecoded> {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        if frac == 0 {
            return None;
        }
        let d = FloatDecoded { f: frac, e: -1074, lower_closer: false };
        return Some(d);
    }
    let d = FloatDecoded { f: frac | (1u64 << 52), e: exp - 1075, lower_closer: frac == 0 && exp > 1 };
    Some(d)
}

fn decode32(v: f32) -> Option<FloatDecoded> {
    let bits = v.to_bits();
    let exp = ((bits >> 23) & 0xff) as i32;
    let frac = (bits & ((1u32 << 23) - 1)) as u64;
    if exp == 0 {
        if frac == 0 {
            return None;
        }
        let d = FloatDecoded { f: frac, e: -149, lower_closer: false };
        return Some(d);
    }
    let d = FloatDecoded { f: frac | (1u64 << 23), e: exp - 150, lower_closer: frac == 0 && exp > 1 };
    Some(d)
}

macro_rules! float_fmt {
    ($($t:ident $decode:ident),*) => {
        $(
            impl Display for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let v = *self;
                    fmt_float(f, v.is_sign_negative(), v.is_nan(), v.is_infinite(),
                        if v.is_finite() { $decode(v) } else { None }, Style::Display)
                }
            }

            impl Debug for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let v = *self;
                    fmt_float(f, v.is_sign_negative(), v.is_nan(), v.is_infinite(),
                        if v.is_finite() { $decode(v) } else { None }, Style::Debug)
                }
            }

            impl LowerExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let v = *self;
                    fmt_float(f, v.is_sign_negative(), v.is_nan(), v.is_infinite(),
                        if v.is_finite() { $decode(v) } else { None }, Style::Exp(false))
                }
            }

            impl UpperExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let v = *self;
                    fmt_float(f, v.is_sign_negative(), v.is_nan(), v.is_infinite(),
                        if v.is_finite() { $decode(v) } else { None }, Style::Exp(true))
                }
            }
        )*
    };
}

float_fmt! { f32 decode32, f64 decode64 }
