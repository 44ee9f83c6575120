//! Borrowed and owned data: `ToOwned`, and `core`'s `Borrow`.

pub use core::borrow::{Borrow, BorrowMut};

use crate::string::String;
use core::clone::Clone;
use core::convert::From;

/// A generalisation of `Clone` to borrowed data: `str` owns as `String`, `[T]` as `Vec<T>`.
pub trait ToOwned {
    type Owned;
    fn to_owned(&self) -> Self::Owned;
}

impl<T: Clone> ToOwned for T {
    type Owned = T;

    fn to_owned(&self) -> T {
        self.clone()
    }
}

impl ToOwned for str {
    type Owned = String;

    fn to_owned(&self) -> String {
        String::from(self)
    }
}
