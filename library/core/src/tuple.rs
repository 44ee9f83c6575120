//! Comparison, hashing and `Default` for tuples, element by element (lexicographic order).

use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::default::Default;
use crate::hash::{Hash, Hasher};
use crate::option::Option::{self, Some};

macro_rules! tuple_impls {
    ($( ($($T:ident $i:tt),+) )*) => {
        $(
            impl<$($T: PartialEq),+> PartialEq for ($($T,)+) {
                #[inline]
                fn eq(&self, other: &($($T,)+)) -> bool {
                    $(self.$i == other.$i)&&+
                }
            }

            impl<$($T: Eq),+> Eq for ($($T,)+) {}

            impl<$($T: PartialOrd),+> PartialOrd for ($($T,)+) {
                fn partial_cmp(&self, other: &($($T,)+)) -> Option<Ordering> {
                    $(
                        match self.$i.partial_cmp(&other.$i) {
                            Some(Ordering::Equal) => {}
                            not_equal => return not_equal,
                        }
                    )+
                    Some(Ordering::Equal)
                }
            }

            impl<$($T: Ord),+> Ord for ($($T,)+) {
                fn cmp(&self, other: &($($T,)+)) -> Ordering {
                    $(
                        match self.$i.cmp(&other.$i) {
                            Ordering::Equal => {}
                            not_equal => return not_equal,
                        }
                    )+
                    Ordering::Equal
                }
            }

            impl<$($T: Hash),+> Hash for ($($T,)+) {
                fn hash<S: Hasher>(&self, state: &mut S) {
                    $(self.$i.hash(state);)+
                }
            }

            impl<$($T: Default),+> Default for ($($T,)+) {
                fn default() -> ($($T,)+) {
                    ($($T::default(),)+)
                }
            }
        )*
    };
}

tuple_impls! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}
