//! Generic hashing support: `core::hash` and the default hasher of the hashed collections.

mod random;

pub use core::hash::*;

pub use self::random::{DefaultHasher, RandomState};
