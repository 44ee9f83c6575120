//! `Any`: dynamic typing of `'static` values, by their `TypeId`.

use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::{Send, Sync};

/// A globally unique identifier of a type (within one run of the program).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TypeId {
    t: u128,
}

impl TypeId {
    /// The `TypeId` of `T`.
    pub fn of<T: ?Sized + 'static>() -> TypeId {
        TypeId { t: unsafe { crate::intrinsics::type_id::<T>() } }
    }
}

impl Hash for TypeId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.t.hash(state)
    }
}

impl fmt::Debug for TypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TypeId({:#034x})", self.t)
    }
}

/// The name of a type, as the compiler prints it.
pub fn type_name<T: ?Sized>() -> &'static str {
    unsafe { crate::intrinsics::type_name::<T>() }
}

/// A type that can be inspected at run time: every `'static` type is `Any`.
pub trait Any: 'static {
    /// The `TypeId` of `self`'s type.
    fn type_id(&self) -> TypeId;
}

impl<T: 'static + ?Sized> Any for T {
    fn type_id(&self) -> TypeId {
        TypeId::of::<T>()
    }
}

macro_rules! any_methods {
    ($t:ty) => {
        impl $t {
            /// Whether the value's type is `T`.
            pub fn is<T: Any>(&self) -> bool {
                let t = TypeId::of::<T>();
                let concrete = self.type_id();
                t == concrete
            }

            /// The value as a `T`, if that is its type.
            pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
                if self.is::<T>() { unsafe { Some(&*(self as *const Self as *const T)) } } else { None }
            }

            /// The value as a mutable `T`, if that is its type.
            pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T> {
                if self.is::<T>() { unsafe { Some(&mut *(self as *mut Self as *mut T)) } } else { None }
            }
        }

        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("Any { .. }")
            }
        }
    };
}

any_methods!(dyn Any);
any_methods!(dyn Any + Send);
any_methods!(dyn Any + Send + Sync);
