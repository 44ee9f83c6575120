//! Overloadable operators. For primitive types the compiler evaluates operators itself; the impls
//! below exist so that generic code (`T: Add`) works with primitives too.

use crate::marker::{Sized, Tuple};

macro_rules! binop_trait {
    ($Trait:ident $method:ident $lang:literal, $AssignTrait:ident $assign:ident $assign_lang:literal, $op:tt, $($t:ty)*) => {
        #[lang = $lang]
        pub trait $Trait<Rhs = Self> {
            type Output;
            fn $method(self, rhs: Rhs) -> Self::Output;
        }

        #[lang = $assign_lang]
        pub trait $AssignTrait<Rhs = Self> {
            fn $assign(&mut self, rhs: Rhs);
        }

        $(
            impl $Trait for $t {
                type Output = $t;
                #[inline]
                fn $method(self, rhs: $t) -> $t {
                    self $op rhs
                }
            }

            impl $AssignTrait for $t {
                #[inline]
                fn $assign(&mut self, rhs: $t) {
                    *self = *self $op rhs;
                }
            }

            // The forms with references, as real core's `forward_ref_binop!` provides them.
            impl<'a> $Trait<$t> for &'a $t {
                type Output = $t;
                #[inline]
                fn $method(self, rhs: $t) -> $t {
                    *self $op rhs
                }
            }

            impl<'a> $Trait<&'a $t> for $t {
                type Output = $t;
                #[inline]
                fn $method(self, rhs: &'a $t) -> $t {
                    self $op *rhs
                }
            }

            impl<'a, 'b> $Trait<&'a $t> for &'b $t {
                type Output = $t;
                #[inline]
                fn $method(self, rhs: &'a $t) -> $t {
                    *self $op *rhs
                }
            }

            impl<'a> $AssignTrait<&'a $t> for $t {
                #[inline]
                fn $assign(&mut self, rhs: &'a $t) {
                    *self = *self $op *rhs;
                }
            }
        )*
    };
}

binop_trait!(Add add "add", AddAssign add_assign "add_assign", +,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64);
binop_trait!(Sub sub "sub", SubAssign sub_assign "sub_assign", -,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64);
binop_trait!(Mul mul "mul", MulAssign mul_assign "mul_assign", *,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64);
binop_trait!(Div div "div", DivAssign div_assign "div_assign", /,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64);
binop_trait!(Rem rem "rem", RemAssign rem_assign "rem_assign", %,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64);
binop_trait!(BitAnd bitand "bitand", BitAndAssign bitand_assign "bitand_assign", &,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize bool);
binop_trait!(BitOr bitor "bitor", BitOrAssign bitor_assign "bitor_assign", |,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize bool);
binop_trait!(BitXor bitxor "bitxor", BitXorAssign bitxor_assign "bitxor_assign", ^,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize bool);
binop_trait!(Shl shl "shl", ShlAssign shl_assign "shl_assign", <<,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);
binop_trait!(Shr shr "shr", ShrAssign shr_assign "shr_assign", >>,
    u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

/// The unary `-` operator.
#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

/// The unary `!` operator.
#[lang = "not"]
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

macro_rules! neg_impl {
    ($($t:ty)*) => {
        $(
            impl Neg for $t {
                type Output = $t;
                #[inline]
                fn neg(self) -> $t {
                    -self
                }
            }

            // As real core's `forward_ref_unop!`: `-&x`.
            impl<'a> Neg for &'a $t {
                type Output = $t;
                #[inline]
                fn neg(self) -> $t {
                    -*self
                }
            }
        )*
    };
}

neg_impl! { i8 i16 i32 i64 i128 isize f32 f64 }

macro_rules! not_impl {
    ($($t:ty)*) => {
        $(
            impl Not for $t {
                type Output = $t;
                #[inline]
                fn not(self) -> $t {
                    !self
                }
            }

            impl<'a> Not for &'a $t {
                type Output = $t;
                #[inline]
                fn not(self) -> $t {
                    !*self
                }
            }
        )*
    };
}

not_impl! { bool u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }

/// Custom code within the destructor.
#[lang = "drop"]
pub trait Drop {
    fn drop(&mut self);
}

/// Immutable dereferencing operations, like `*v`.
#[lang = "deref"]
pub trait Deref {
    #[lang = "deref_target"]
    type Target: ?Sized;
    fn deref(&self) -> &Self::Target;
}

/// Mutable dereferencing operations, like in `*v = 1;`.
#[lang = "deref_mut"]
pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

impl<T: ?Sized> Deref for &T {
    type Target = T;
    fn deref(&self) -> &T {
        *self
    }
}

impl<T: ?Sized> Deref for &mut T {
    type Target = T;
    fn deref(&self) -> &T {
        *self
    }
}

impl<T: ?Sized> DerefMut for &mut T {
    fn deref_mut(&mut self) -> &mut T {
        *self
    }
}

/// Indexing operations (`container[index]`) in immutable contexts.
#[lang = "index"]
pub trait Index<Idx: ?Sized> {
    type Output: ?Sized;
    fn index(&self, index: Idx) -> &Self::Output;
}

/// Indexing operations (`container[index]`) in mutable contexts.
#[lang = "index_mut"]
pub trait IndexMut<Idx: ?Sized>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

/// The call operator that takes a by-value receiver.
#[lang = "fn_once"]
#[rustc_paren_sugar]
pub trait FnOnce<Args: Tuple> {
    #[lang = "fn_once_output"]
    type Output;
    extern "rust-call" fn call_once(self, args: Args) -> Self::Output;
}

/// The call operator that takes a mutable receiver.
#[lang = "fn_mut"]
#[rustc_paren_sugar]
pub trait FnMut<Args: Tuple>: FnOnce<Args> {
    extern "rust-call" fn call_mut(&mut self, args: Args) -> Self::Output;
}

/// The call operator that takes an immutable receiver.
#[lang = "fn"]
#[rustc_paren_sugar]
pub trait Fn<Args: Tuple>: FnMut<Args> {
    extern "rust-call" fn call(&self, args: Args) -> Self::Output;
}

// A shared reference to a callable is callable by shared reference; a mutable one by mutable
// reference (so `&f` and `&mut f` can be passed where an `FnMut` is wanted).

impl<A: Tuple, F: ?Sized + Fn<A>> Fn<A> for &F {
    extern "rust-call" fn call(&self, args: A) -> F::Output {
        <F as Fn<A>>::call(&**self, args)
    }
}

impl<A: Tuple, F: ?Sized + Fn<A>> FnMut<A> for &F {
    extern "rust-call" fn call_mut(&mut self, args: A) -> F::Output {
        <F as Fn<A>>::call(&**self, args)
    }
}

impl<A: Tuple, F: ?Sized + Fn<A>> FnOnce<A> for &F {
    type Output = F::Output;

    extern "rust-call" fn call_once(self, args: A) -> F::Output {
        <F as Fn<A>>::call(self, args)
    }
}

impl<A: Tuple, F: ?Sized + FnMut<A>> FnMut<A> for &mut F {
    extern "rust-call" fn call_mut(&mut self, args: A) -> F::Output {
        <F as FnMut<A>>::call_mut(&mut **self, args)
    }
}

impl<A: Tuple, F: ?Sized + FnMut<A>> FnOnce<A> for &mut F {
    type Output = F::Output;

    extern "rust-call" fn call_once(self, args: A) -> F::Output {
        <F as FnMut<A>>::call_mut(self, args)
    }
}

/// A (half-open) range bounded inclusively below and exclusively above (`start..end`).
#[derive(Clone)]
#[lang = "Range"]
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}

/// A range only bounded inclusively below (`start..`).
#[derive(Clone)]
#[lang = "RangeFrom"]
pub struct RangeFrom<Idx> {
    pub start: Idx,
}

/// A range bounded exclusively above (`..end`).
#[lang = "RangeTo"]
pub struct RangeTo<Idx> {
    pub end: Idx,
}

/// An unbounded range (`..`).
#[lang = "RangeFull"]
pub struct RangeFull;

/// A range bounded inclusively below and above (`start..=end`).
#[derive(Clone)]
#[lang = "RangeInclusive"]
pub struct RangeInclusive<Idx> {
    pub(crate) start: Idx,
    pub(crate) end: Idx,
    pub(crate) exhausted: bool,
}

impl<Idx> RangeInclusive<Idx> {
    #[lang = "range_inclusive_new"]
    #[inline]
    pub const fn new(start: Idx, end: Idx) -> Self {
        RangeInclusive { start, end, exhausted: false }
    }

    pub const fn start(&self) -> &Idx {
        &self.start
    }

    pub const fn end(&self) -> &Idx {
        &self.end
    }
}

/// A range only bounded inclusively above (`..=end`).
#[lang = "RangeToInclusive"]
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}

/// An endpoint of a range of keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound<T> {
    Included(T),
    Excluded(T),
    Unbounded,
}

/// What every range type (`..`, `a..`, `..b`, `a..b`, `..=b`, `a..=b`) tells about its bounds.
pub trait RangeBounds<T: ?Sized> {
    fn start_bound(&self) -> Bound<&T>;
    fn end_bound(&self) -> Bound<&T>;

    /// Whether `item` lies within the bounds.
    fn contains<U>(&self, item: &U) -> bool
    where
        T: PartialOrd<U>,
        U: ?Sized + PartialOrd<T>,
    {
        (match self.start_bound() {
            Bound::Included(start) => start <= item,
            Bound::Excluded(start) => start < item,
            Bound::Unbounded => true,
        }) && (match self.end_bound() {
            Bound::Included(end) => item <= end,
            Bound::Excluded(end) => item < end,
            Bound::Unbounded => true,
        })
    }
}

impl<T: ?Sized> RangeBounds<T> for RangeFull {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
}

impl<T> RangeBounds<T> for RangeFrom<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
}

impl<T> RangeBounds<T> for RangeTo<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Excluded(&self.end)
    }
}

impl<T> RangeBounds<T> for Range<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Excluded(&self.end)
    }
}

impl<T> RangeBounds<T> for RangeInclusive<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Included(&self.start)
    }
    fn end_bound(&self) -> Bound<&T> {
        if self.exhausted { Bound::Excluded(&self.end) } else { Bound::Included(&self.end) }
    }
}

impl<T> RangeBounds<T> for RangeToInclusive<T> {
    fn start_bound(&self) -> Bound<&T> {
        Bound::Unbounded
    }
    fn end_bound(&self) -> Bound<&T> {
        Bound::Included(&self.end)
    }
}

/// Used to tell an operation whether it should exit early or go on as usual.
pub enum ControlFlow<B, C = ()> {
    /// Move on to the next phase of the operation as normal.
    #[lang = "Continue"]
    Continue(C),
    /// Exit the operation without running subsequent phases.
    #[lang = "Break"]
    Break(B),
}

/// The `?` operator and `try {}` blocks: `x?` is `match Try::branch(x) { Continue(v) => v,
/// Break(r) => return FromResidual::from_residual(r) }`.
#[lang = "Try"]
pub trait Try: FromResidual<Self::Residual> {
    type Output;
    type Residual;

    #[lang = "from_output"]
    fn from_output(output: Self::Output) -> Self;

    #[lang = "branch"]
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}

/// Constructing a `Try` type from the residual of another (what `?` returns early).
#[lang = "FromResidual"]
pub trait FromResidual<R> {
    #[lang = "from_residual"]
    fn from_residual(residual: R) -> Self;
}

/// Pointer-like types that can be unsized: `Ptr<T>` coerces to `Ptr<U>` when `T: Unsize<U>` (the
/// one pointer field changes type, `Box<[i32; 3]>` to `Box<[i32]>`, `Box<S>` to `Box<dyn Trait>`).
#[lang = "coerce_unsized"]
pub trait CoerceUnsized<T: ?Sized> {}

impl<'a, T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<&'a U> for &'a T {}
impl<'a, T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<&'a mut U> for &'a mut T {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<*const U> for *const T {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> CoerceUnsized<*mut U> for *mut T {}

// ---- what std's range types have besides iteration ----

macro_rules! range_common {
    ($($R:ident)*) => {
        $(
            impl<Idx: PartialEq> PartialEq for $R<Idx> {
                fn eq(&self, other: &$R<Idx>) -> bool {
                    range_fields!(@eq $R self other)
                }
            }

            impl<Idx: Eq> Eq for $R<Idx> {}

            impl<Idx: crate::hash::Hash> crate::hash::Hash for $R<Idx> {
                fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
                    range_fields!(@hash $R self state)
                }
            }
        )*
    };
}

macro_rules! range_fields {
    (@eq Range $a:ident $b:ident) => { $a.start == $b.start && $a.end == $b.end };
    (@eq RangeFrom $a:ident $b:ident) => { $a.start == $b.start };
    (@eq RangeTo $a:ident $b:ident) => { $a.end == $b.end };
    (@eq RangeInclusive $a:ident $b:ident) => { $a.start == $b.start && $a.end == $b.end && $a.exhausted == $b.exhausted };
    (@eq RangeToInclusive $a:ident $b:ident) => { $a.end == $b.end };
    (@hash Range $a:ident $s:ident) => { { $a.start.hash($s); $a.end.hash($s); } };
    (@hash RangeFrom $a:ident $s:ident) => { $a.start.hash($s) };
    (@hash RangeTo $a:ident $s:ident) => { $a.end.hash($s) };
    (@hash RangeInclusive $a:ident $s:ident) => { { $a.start.hash($s); $a.end.hash($s); $a.exhausted.hash($s); } };
    (@hash RangeToInclusive $a:ident $s:ident) => { $a.end.hash($s) };
}

range_common! { Range RangeFrom RangeTo RangeInclusive RangeToInclusive }

impl PartialEq for RangeFull {
    fn eq(&self, _other: &RangeFull) -> bool {
        true
    }
}

impl Eq for RangeFull {}

impl crate::hash::Hash for RangeFull {
    fn hash<H: crate::hash::Hasher>(&self, _state: &mut H) {}
}

impl Clone for RangeFull {
    fn clone(&self) -> RangeFull {
        RangeFull
    }
}

impl Copy for RangeFull {}

impl<Idx: Clone> Clone for RangeTo<Idx> {
    fn clone(&self) -> RangeTo<Idx> {
        RangeTo { end: self.end.clone() }
    }
}

impl<Idx: Copy> Copy for RangeTo<Idx> {}

impl<Idx: Clone> Clone for RangeToInclusive<Idx> {
    fn clone(&self) -> RangeToInclusive<Idx> {
        RangeToInclusive { end: self.end.clone() }
    }
}

impl<Idx: Copy> Copy for RangeToInclusive<Idx> {}

impl<Idx: Default> Default for Range<Idx> {
    fn default() -> Range<Idx> {
        Range { start: Idx::default(), end: Idx::default() }
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for Range<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        self.start.fmt(f)?;
        f.write_str("..")?;
        self.end.fmt(f)
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeFrom<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        self.start.fmt(f)?;
        f.write_str("..")
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeTo<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("..")?;
        self.end.fmt(f)
    }
}

impl crate::fmt::Debug for RangeFull {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("..")
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeInclusive<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        self.start.fmt(f)?;
        f.write_str("..=")?;
        self.end.fmt(f)?;
        if self.exhausted {
            f.write_str(" (exhausted)")?;
        }
        Ok(())
    }
}

impl<Idx: crate::fmt::Debug> crate::fmt::Debug for RangeToInclusive<Idx> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("..=")?;
        self.end.fmt(f)
    }
}

// `range.contains(&x)` without `RangeBounds` in scope, as std has it on each range type.
macro_rules! range_contains {
    ($($R:ident)*) => {
        $(
            impl<Idx: PartialOrd<Idx>> $R<Idx> {
                /// Whether `item` is in the range.
                pub fn contains<U>(&self, item: &U) -> bool
                where
                    Idx: PartialOrd<U>,
                    U: ?Sized + PartialOrd<Idx>,
                {
                    <Self as RangeBounds<Idx>>::contains(self, item)
                }
            }
        )*
    };
}

range_contains! { Range RangeInclusive RangeFrom RangeTo RangeToInclusive }

impl<Idx: PartialOrd<Idx>> Range<Idx> {
    /// Whether the range holds no values.
    pub fn is_empty(&self) -> bool {
        !(self.start < self.end)
    }
}

impl<Idx: PartialOrd<Idx>> RangeInclusive<Idx> {
    /// Whether the range holds no values.
    pub fn is_empty(&self) -> bool {
        self.exhausted || !(self.start <= self.end)
    }
}
