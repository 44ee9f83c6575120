//! A fixed-size unsigned bignum: `N` 32-bit limbs, least significant first. Float formatting
//! (`fmt::float`, digit generation) and float parsing (`num::dec2flt`, exact comparisons with
//! halfway points) each add the operations they need to their own size.

#[derive(Clone, Copy)]
pub(crate) struct Big<const N: usize> {
    pub(crate) d: [u32; N],
    pub(crate) n: usize,
}

impl<const N: usize> Big<N> {
    pub(crate) fn from_u64(v: u64) -> Big<N> {
        let mut b = Big { d: [0; N], n: 2 };
        b.d[0] = v as u32;
        b.d[1] = (v >> 32) as u32;
        b.trim();
        b
    }

    pub(crate) fn trim(&mut self) {
        while self.n > 0 && self.d[self.n - 1] == 0 {
            self.n -= 1;
        }
    }

    /// `self = self * m + a`.
    pub(crate) fn mul_add_small(&mut self, m: u32, a: u32) {
        let mut carry = a as u64;
        let mut i = 0;
        while i < self.n {
            let p = (self.d[i] as u64) * (m as u64) + carry;
            self.d[i] = p as u32;
            carry = p >> 32;
            i += 1;
        }
        if carry != 0 {
            self.d[self.n] = carry as u32;
            self.n += 1;
        }
    }

    pub(crate) fn mul_small(&mut self, m: u32) {
        self.mul_add_small(m, 0);
    }

    pub(crate) fn mul_pow10(&mut self, mut k: u32) {
        while k >= 9 {
            self.mul_small(1_000_000_000);
            k -= 9;
        }
        let mut p: u32 = 1;
        while k > 0 {
            p *= 10;
            k -= 1;
        }
        if p != 1 {
            self.mul_small(p);
        }
    }

    pub(crate) fn shl(&mut self, bits: u32) {
        if self.n == 0 || bits == 0 {
            return;
        }
        let words = (bits / 32) as usize;
        let b = bits % 32;
        let mut i = self.n;
        // room for the shifted value plus one partial limb
        self.d[self.n + words] = 0;
        while i > 0 {
            i -= 1;
            let v = self.d[i];
            if b == 0 {
                self.d[i + words] = v;
            } else {
                self.d[i + words + 1] |= v >> (32 - b);
                self.d[i + words] = v << b;
            }
        }
        let mut j = 0;
        while j < words {
            self.d[j] = 0;
            j += 1;
        }
        self.n += words + 1;
        self.trim();
    }

    /// -1, 0 or 1 as `self` is less than, equal to or greater than `o`.
    pub(crate) fn cmp(&self, o: &Big<N>) -> i32 {
        if self.n != o.n {
            return if self.n < o.n { -1 } else { 1 };
        }
        let mut i = self.n;
        while i > 0 {
            i -= 1;
            if self.d[i] != o.d[i] {
                return if self.d[i] < o.d[i] { -1 } else { 1 };
            }
        }
        0
    }
}
