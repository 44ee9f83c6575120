//! What `format_args!` expands to: type-erased arguments and placeholder specs. Not a stable
//! interface; only the compiler's expansion uses it.

use super::{Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Pointer, Result, UpperExp, UpperHex};
use crate::marker::PhantomData;
use crate::option::Option::{self, None, Some};

/// One argument: a pointer to the value and the function that formats it.
pub struct Argument<'a> {
    value: *const (),
    formatter: fn(*const (), &mut Formatter<'_>) -> Result,
    /// Set only for arguments made by `from_usize`, so they can serve as width or precision.
    count: Option<usize>,
    _marker: PhantomData<&'a ()>,
}

impl<'a> Clone for Argument<'a> {
    fn clone(&self) -> Argument<'a> {
        *self
    }
}

impl<'a> crate::marker::Copy for Argument<'a> {}

use crate::clone::Clone;

macro_rules! argument_new {
    ($($name:ident $Trait:ident $shim:ident),*) => {
        $(
            fn $shim<T: $Trait>(value: *const (), f: &mut Formatter<'_>) -> Result {
                unsafe { $Trait::fmt(&*(value as *const T), f) }
            }
        )*

        impl<'a> Argument<'a> {
            $(
                #[inline]
                pub fn $name<T: $Trait>(x: &'a T) -> Argument<'a> {
                    Argument { value: x as *const T as *const (), formatter: $shim::<T>, count: None, _marker: PhantomData }
                }
            )*
        }
    };
}

argument_new! {
    new_display Display display_shim,
    new_debug Debug debug_shim,
    new_lower_hex LowerHex lower_hex_shim,
    new_upper_hex UpperHex upper_hex_shim,
    new_octal Octal octal_shim,
    new_binary Binary binary_shim,
    new_pointer Pointer pointer_shim,
    new_lower_exp LowerExp lower_exp_shim,
    new_upper_exp UpperExp upper_exp_shim
}

impl<'a> Argument<'a> {
    /// An argument used as a width or precision (`{:1$}`, `{:.*}`).
    #[inline]
    pub fn from_usize(x: &'a usize) -> Argument<'a> {
        Argument { value: x as *const usize as *const (), formatter: usize_shim, count: Some(*x), _marker: PhantomData }
    }

    #[inline]
    pub(super) fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        (self.formatter)(self.value, f)
    }

    pub(super) fn as_usize(&self) -> Option<usize> {
        self.count
    }
}

fn usize_shim(value: *const (), f: &mut Formatter<'_>) -> Result {
    unsafe { Display::fmt(&*(value as *const usize), f) }
}

/// The options of one `{...}` placeholder.
pub struct Placeholder {
    pub position: usize,
    pub fill: char,
    pub align: Alignment,
    pub flags: u32,
    pub precision: Count,
    pub width: Count,
}

impl Placeholder {
    #[inline]
    pub const fn new(position: usize, fill: char, align: Alignment, flags: u32, precision: Count, width: Count) -> Self {
        Placeholder { position, fill, align, flags, precision, width }
    }
}

/// Alignment of a placeholder (`<`, `>`, `^`, or none given).
pub enum Alignment {
    Left,
    Right,
    Center,
    Unknown,
}

/// A width or precision: a literal, the argument at an index, or not given.
pub enum Count {
    Is(usize),
    Param(usize),
    Implied,
}
