//! SipHash-c-d with keys chosen by the caller: SipHash-1-3 (one compression round per 8-byte
//! word, three finalisation rounds) behind std's `DefaultHasher`, and SipHash-2-4, the original
//! (`SipHasher`, deprecated but stable).

use super::Hasher;

/// One SipRound on four state words (a macro so that hashing runs without calls per step).
macro_rules! sip_round {
    ($v0:ident, $v1:ident, $v2:ident, $v3:ident) => {
        $v0 = crate::intrinsics::wrapping_add($v0, $v1);
        $v1 = ($v1 << 13) | ($v1 >> 51);
        $v1 ^= $v0;
        $v0 = ($v0 << 32) | ($v0 >> 32);
        $v2 = crate::intrinsics::wrapping_add($v2, $v3);
        $v3 = ($v3 << 16) | ($v3 >> 48);
        $v3 ^= $v2;
        $v0 = crate::intrinsics::wrapping_add($v0, $v3);
        $v3 = ($v3 << 21) | ($v3 >> 43);
        $v3 ^= $v0;
        $v2 = crate::intrinsics::wrapping_add($v2, $v1);
        $v1 = ($v1 << 17) | ($v1 >> 47);
        $v1 ^= $v2;
        $v2 = ($v2 << 32) | ($v2 >> 32);
    };
}

macro_rules! sip_hasher {
    ($name:ident, $c:literal, $d:literal) => {
        /// SipHash with `$c` compression and `$d` finalisation rounds over the bytes written so far.
        #[derive(Clone, Copy, Debug)]
        pub struct $name {
            v0: u64,
            v1: u64,
            v2: u64,
            v3: u64,
            /// Bytes not yet compressed, little-endian in the low `ntail` bytes.
            tail: u64,
            ntail: usize,
            length: usize,
        }

        impl $name {
            /// A hasher with the keys `(0, 0)`.
            #[inline]
            pub const fn new() -> $name {
                $name::new_with_keys(0, 0)
            }

            pub const fn new_with_keys(key0: u64, key1: u64) -> $name {
                $name {
                    v0: key0 ^ 0x736f6d6570736575,
                    v1: key1 ^ 0x646f72616e646f6d,
                    v2: key0 ^ 0x6c7967656e657261,
                    v3: key1 ^ 0x7465646279746573,
                    tail: 0,
                    ntail: 0,
                    length: 0,
                }
            }

            /// Compresses one 8-byte message word.
            #[inline]
            fn compress(&mut self, m: u64) {
                let mut v0 = self.v0;
                let mut v1 = self.v1;
                let mut v2 = self.v2;
                let mut v3 = self.v3 ^ m;
                let mut r = 0;
                while r < $c {
                    sip_round!(v0, v1, v2, v3);
                    r += 1;
                }
                self.v0 = v0 ^ m;
                self.v1 = v1;
                self.v2 = v2;
                self.v3 = v3;
            }

            /// Appends the low `size` bytes of `x` (an integer written in native, little-endian order).
            #[inline]
            fn short_write(&mut self, x: u64, size: usize) {
                self.length += size;
                let room = 8 - self.ntail;
                self.tail |= if self.ntail == 0 { x } else { x << (8 * self.ntail) };
                if size < room {
                    self.ntail += size;
                    return;
                }
                let word = self.tail;
                self.compress(word);
                self.ntail = size - room;
                self.tail = if room < 8 { x >> (8 * room) } else { 0 };
            }
        }

        impl Hasher for $name {
            fn write(&mut self, bytes: &[u8]) {
                let len = bytes.len();
                self.length += len;
                let mut i = 0;
                if self.ntail != 0 {
                    while i < len && self.ntail < 8 {
                        self.tail |= (bytes[i] as u64) << (8 * self.ntail);
                        self.ntail += 1;
                        i += 1;
                    }
                    if self.ntail < 8 {
                        return;
                    }
                    let word = self.tail;
                    self.compress(word);
                    self.tail = 0;
                    self.ntail = 0;
                }
                while i + 8 <= len {
                    let mut word = 0u64;
                    let mut j = 8;
                    while j > 0 {
                        j -= 1;
                        word = (word << 8) | bytes[i + j] as u64;
                    }
                    self.compress(word);
                    i += 8;
                }
                while i < len {
                    self.tail |= (bytes[i] as u64) << (8 * self.ntail);
                    self.ntail += 1;
                    i += 1;
                }
            }

            #[inline]
            fn write_u8(&mut self, i: u8) {
                self.short_write(i as u64, 1)
            }

            #[inline]
            fn write_u16(&mut self, i: u16) {
                self.short_write(i as u64, 2)
            }

            #[inline]
            fn write_u32(&mut self, i: u32) {
                self.short_write(i as u64, 4)
            }

            #[inline]
            fn write_u64(&mut self, i: u64) {
                self.short_write(i, 8)
            }

            #[inline]
            fn write_usize(&mut self, i: usize) {
                self.short_write(i as u64, 8)
            }

            fn finish(&self) -> u64 {
                let mut v0 = self.v0;
                let mut v1 = self.v1;
                let mut v2 = self.v2;
                let mut v3 = self.v3;
                let b = (((self.length as u64) & 0xff) << 56) | self.tail;
                v3 ^= b;
                let mut r = 0;
                while r < $c {
                    sip_round!(v0, v1, v2, v3);
                    r += 1;
                }
                v0 ^= b;
                v2 ^= 0xff;
                let mut r = 0;
                while r < $d {
                    sip_round!(v0, v1, v2, v3);
                    r += 1;
                }
                v0 ^ v1 ^ v2 ^ v3
            }
        }
    };
}

sip_hasher!(SipHasher13, 1, 3);
sip_hasher!(SipHasher24, 2, 4);

/// SipHash-2-4 with 128-bit keys (zero unless given): the hasher std used before choosing
/// SipHash-1-3 for `DefaultHasher`; it gives the same hashes as rustc's.
#[deprecated(note = "use `std::hash::DefaultHasher` instead")]
#[derive(Clone, Copy, Debug, Default)]
pub struct SipHasher(SipHasher24);

#[allow(deprecated)]
impl SipHasher {
    #[inline]
    pub const fn new() -> SipHasher {
        SipHasher(SipHasher24::new_with_keys(0, 0))
    }

    #[inline]
    pub const fn new_with_keys(key0: u64, key1: u64) -> SipHasher {
        SipHasher(SipHasher24::new_with_keys(key0, key1))
    }
}

#[allow(deprecated)]
impl Hasher for SipHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes)
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0.finish()
    }
}

impl Default for SipHasher13 {
    fn default() -> SipHasher13 {
        SipHasher13::new()
    }
}

impl Default for SipHasher24 {
    fn default() -> SipHasher24 {
        SipHasher24::new()
    }
}
