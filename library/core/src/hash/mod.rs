//! Generic hashing support: `Hash` for values that can be fed to a `Hasher`, and `BuildHasher`
//! for the factories of hashers that hashed collections keep.

mod sip;

#[doc(hidden)]
#[allow(deprecated)]
pub use self::sip::{SipHasher, SipHasher13};

use crate::default::Default;
use crate::marker::PhantomData;

/// A hashable type.
pub trait Hash {
    fn hash<H: Hasher>(&self, state: &mut H);
}

/// A trait for hashing an arbitrary stream of bytes.
pub trait Hasher {
    fn finish(&self) -> u64;

    fn write(&mut self, bytes: &[u8]);

    fn write_u8(&mut self, i: u8) {
        self.write(&[i])
    }

    fn write_u16(&mut self, i: u16) {
        self.write(&[i as u8, (i >> 8) as u8])
    }

    fn write_u32(&mut self, i: u32) {
        self.write(&[i as u8, (i >> 8) as u8, (i >> 16) as u8, (i >> 24) as u8])
    }

    fn write_u64(&mut self, i: u64) {
        self.write(&[
            i as u8, (i >> 8) as u8, (i >> 16) as u8, (i >> 24) as u8,
            (i >> 32) as u8, (i >> 40) as u8, (i >> 48) as u8, (i >> 56) as u8,
        ])
    }

    fn write_u128(&mut self, i: u128) {
        self.write_u64(i as u64);
        self.write_u64((i >> 64) as u64)
    }

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64)
    }

    fn write_i8(&mut self, i: i8) {
        self.write_u8(i as u8)
    }

    fn write_i16(&mut self, i: i16) {
        self.write_u16(i as u16)
    }

    fn write_i32(&mut self, i: i32) {
        self.write_u32(i as u32)
    }

    fn write_i64(&mut self, i: i64) {
        self.write_u64(i as u64)
    }

    fn write_i128(&mut self, i: i128) {
        self.write_u128(i as u128)
    }

    fn write_isize(&mut self, i: isize) {
        self.write_usize(i as usize)
    }
}

impl<H: Hasher + ?Sized> Hasher for &mut H {
    fn finish(&self) -> u64 {
        (**self).finish()
    }

    fn write(&mut self, bytes: &[u8]) {
        (**self).write(bytes)
    }
}

macro_rules! impl_hash_int {
    ($($t:ty, $write:ident;)*) => {
        $(
            impl Hash for $t {
                #[inline]
                fn hash<H: Hasher>(&self, state: &mut H) {
                    state.$write(*self)
                }
            }
        )*
    };
}

impl_hash_int! {
    u8, write_u8; u16, write_u16; u32, write_u32; u64, write_u64; u128, write_u128; usize, write_usize;
    i8, write_i8; i16, write_i16; i32, write_i32; i64, write_i64; i128, write_i128; isize, write_isize;
}

impl Hash for bool {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u8(*self as u8)
    }
}

impl Hash for char {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u32(*self as u32)
    }
}

impl Hash for str {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.as_bytes());
        state.write_u8(0xff)
    }
}

impl Hash for () {
    fn hash<H: Hasher>(&self, _state: &mut H) {}
}

impl<T: Hash> Hash for [T] {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        let mut i = 0;
        while i < self.len() {
            self[i].hash(state);
            i += 1;
        }
    }
}

impl<T: ?Sized + Hash> Hash for &T {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + Hash> Hash for &mut T {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: Hash> Hash for crate::option::Option<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self {
            crate::option::Option::None => state.write_isize(0),
            crate::option::Option::Some(v) => {
                state.write_isize(1);
                v.hash(state)
            }
        }
    }
}

impl<T: Hash, const N: usize> Hash for [T; N] {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Hash::hash(&self[..], state)
    }
}

/// Makes hashers; each hasher made from one `BuildHasher` hashes equal values equally.
pub trait BuildHasher {
    type Hasher: Hasher;

    fn build_hasher(&self) -> Self::Hasher;

    /// Hashes one value with a fresh hasher.
    fn hash_one<T: Hash>(&self, x: T) -> u64
    where
        Self: crate::marker::Sized,
    {
        let mut hasher = self.build_hasher();
        x.hash(&mut hasher);
        hasher.finish()
    }
}

/// A `BuildHasher` that makes hashers with their `Default`.
pub struct BuildHasherDefault<H>(PhantomData<fn() -> H>);

impl<H> BuildHasherDefault<H> {
    pub const fn new() -> BuildHasherDefault<H> {
        BuildHasherDefault(PhantomData)
    }
}

impl<H: Default + Hasher> BuildHasher for BuildHasherDefault<H> {
    type Hasher = H;

    fn build_hasher(&self) -> H {
        H::default()
    }
}

impl<H> crate::clone::Clone for BuildHasherDefault<H> {
    fn clone(&self) -> BuildHasherDefault<H> {
        BuildHasherDefault(PhantomData)
    }
}

impl<H> Default for BuildHasherDefault<H> {
    fn default() -> BuildHasherDefault<H> {
        BuildHasherDefault(PhantomData)
    }
}

impl<H> crate::fmt::Debug for BuildHasherDefault<H> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("BuildHasherDefault")
    }
}
