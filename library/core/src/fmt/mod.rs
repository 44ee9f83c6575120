//! Formatting: the machinery behind `format_args!`, `println!` and `write!`.
//!
//! `format_args!("x = {}", x)` is expanded by the compiler into
//! `Arguments::new_v1(&["x = "], &[rt::Argument::new_display(&x)])`; `write` walks the pieces and
//! arguments, calling each argument's formatting function through a type-erased pointer. Output
//! goes to any `Write` implementation, also type-erased inside `Formatter`.

use crate::marker::PhantomData;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{Err, Ok};

mod builders;
pub use builders::{DebugList, DebugMap, DebugSet};
mod num;
mod float;
pub mod rt;

pub use self::builders::{DebugStruct, DebugTuple};

/// The type returned by formatter methods.
pub type Result = crate::result::Result<(), Error>;

/// The error type which is returned from formatting a message into a stream.
pub struct Error;

impl Clone for Error {
    fn clone(&self) -> Error {
        Error
    }
}

impl Copy for Error {}

impl Debug for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_str("Error")
    }
}

impl Display for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt("an error occurred when formatting an argument", f)
    }
}

use crate::clone::Clone;
use crate::marker::Copy;

/// A trait for writing or formatting into Unicode-accepting buffers or streams.
pub trait Write {
    fn write_str(&mut self, s: &str) -> Result;

    fn write_char(&mut self, c: char) -> Result {
        let mut buf = [0u8; 4];
        self.write_str(c.encode_utf8(&mut buf))
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result
    where
        Self: Sized,
    {
        write(self, args)
    }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write_str(&mut self, s: &str) -> Result {
        (**self).write_str(s)
    }
}

/// Format trait for an empty format, `{}`.
pub trait Display {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `?` formatting.
pub trait Debug {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `x` formatting.
pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `X` formatting.
pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `o` formatting.
pub trait Octal {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `b` formatting.
pub trait Binary {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `p` formatting.
pub trait Pointer {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `e` formatting.
pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `E` formatting.
pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// A precompiled format string and its arguments, created by `format_args!`.
#[lang = "format_arguments"]
pub struct Arguments<'a> {
    pieces: &'a [&'static str],
    fmt: Option<&'a [rt::Placeholder]>,
    args: &'a [rt::Argument<'a>],
}

impl<'a> Clone for Arguments<'a> {
    fn clone(&self) -> Arguments<'a> {
        *self
    }
}

impl<'a> Copy for Arguments<'a> {}

impl<'a> Arguments<'a> {
    /// A format string without arguments: `format_args!("hello")`.
    #[inline]
    pub const fn new_const(pieces: &'a [&'static str]) -> Self {
        Arguments { pieces, fmt: None, args: &[] }
    }

    /// Arguments all formatted with default options: `pieces[i]` comes before `args[i]`.
    #[inline]
    pub fn new_v1(pieces: &'a [&'static str], args: &'a [rt::Argument<'a>]) -> Arguments<'a> {
        Arguments { pieces, fmt: None, args }
    }

    /// Arguments with options (width, precision, flags, explicit positions) given by `placeholders`.
    #[inline]
    pub fn new_v1_formatted(
        pieces: &'a [&'static str],
        args: &'a [rt::Argument<'a>],
        placeholders: &'a [rt::Placeholder],
    ) -> Arguments<'a> {
        Arguments { pieces, fmt: Some(placeholders), args }
    }

    /// The string if there are no arguments to format.
    pub fn as_str(&self) -> Option<&'static str> {
        if self.args.len() == 0 {
            if self.pieces.len() == 0 {
                return Some("");
            }
            if self.pieces.len() == 1 {
                return Some(self.pieces[0]);
            }
        }
        None
    }
}

impl Display for Arguments<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        write(f, *self)
    }
}

impl Debug for Arguments<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        write(f, *self)
    }
}

/// Writes formatted output into `output`.
pub fn write<W: Write>(output: &mut W, args: Arguments<'_>) -> Result {
    let mut fmt = Formatter::new(output);
    let mut idx = 0;
    match args.fmt {
        None => {
            while idx < args.args.len() {
                let piece = args.pieces[idx];
                if piece.len() != 0 {
                    fmt.write_str(piece)?;
                }
                args.args[idx].fmt(&mut fmt)?;
                idx += 1;
            }
        }
        Some(placeholders) => {
            while idx < placeholders.len() {
                let piece = args.pieces[idx];
                if piece.len() != 0 {
                    fmt.write_str(piece)?;
                }
                let p = &placeholders[idx];
                fmt.fill = p.fill;
                fmt.align = p.align;
                fmt.flags = p.flags;
                fmt.width = count(&p.width, args.args);
                fmt.precision = count(&p.precision, args.args);
                args.args[p.position].fmt(&mut fmt)?;
                idx += 1;
            }
        }
    }
    if idx < args.pieces.len() {
        fmt.write_str(args.pieces[idx])?;
    }
    Ok(())
}

fn count(c: &rt::Count, args: &[rt::Argument<'_>]) -> Option<usize> {
    match *c {
        rt::Count::Is(n) => Some(n),
        rt::Count::Implied => None,
        rt::Count::Param(i) => args[i].as_usize(),
    }
}

/// Where formatted text goes, and the options of the placeholder being formatted.
pub struct Formatter<'a> {
    flags: u32,
    fill: char,
    align: rt::Alignment,
    width: Option<usize>,
    precision: Option<usize>,
    out: *mut (),
    write_fn: fn(*mut (), &str) -> Result,
    _marker: PhantomData<&'a mut ()>,
}

fn write_shim<W: Write>(out: *mut (), s: &str) -> Result {
    unsafe { (*(out as *mut W)).write_str(s) }
}

/// Alignment requested by a format spec, as returned by `Formatter::align`.
pub enum Alignment {
    Left,
    Right,
    Center,
}

const FLAG_SIGN_PLUS: u32 = 1 << 0;
const FLAG_SIGN_MINUS: u32 = 1 << 1;
const FLAG_ALTERNATE: u32 = 1 << 2;
const FLAG_ZERO_PAD: u32 = 1 << 3;
const FLAG_DEBUG_LOWER_HEX: u32 = 1 << 4;
const FLAG_DEBUG_UPPER_HEX: u32 = 1 << 5;

impl<'a> Formatter<'a> {
    fn new<W: Write>(out: &'a mut W) -> Formatter<'a> {
        Formatter {
            flags: 0,
            fill: ' ',
            align: rt::Alignment::Unknown,
            width: None,
            precision: None,
            out: out as *mut W as *mut (),
            write_fn: write_shim::<W>,
            _marker: PhantomData,
        }
    }

    /// Writes a string without padding.
    pub fn write_str(&mut self, data: &str) -> Result {
        (self.write_fn)(self.out, data)
    }

    /// A builder for `Debug` of a struct: `f.debug_struct("Point").field("x", &self.x).finish()`.
    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a> {
        builders::debug_struct_new(self, name)
    }

    /// A builder for `Debug` of a list: `f.debug_list().entries(v.iter()).finish()`.
    pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a> {
        builders::debug_list_new(self)
    }

    /// A builder for `Debug` of a set: `f.debug_set().entries(s.iter()).finish()`.
    pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b, 'a> {
        builders::debug_set_new(self)
    }

    /// A builder for `Debug` of a map: `f.debug_map().entries(m.iter()).finish()`.
    pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b, 'a> {
        builders::debug_map_new(self)
    }

    /// A builder for `Debug` of a tuple struct or variant: `f.debug_tuple("Some").field(&x).finish()`.
    pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a> {
        builders::debug_tuple_new(self, name)
    }

    /// Writes formatted arguments without this formatter's options.
    pub fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        write(self, args)
    }

    pub fn fill(&self) -> char {
        self.fill
    }

    pub fn align(&self) -> Option<Alignment> {
        match self.align {
            rt::Alignment::Left => Some(Alignment::Left),
            rt::Alignment::Right => Some(Alignment::Right),
            rt::Alignment::Center => Some(Alignment::Center),
            rt::Alignment::Unknown => None,
        }
    }

    pub fn width(&self) -> Option<usize> {
        self.width
    }

    pub fn precision(&self) -> Option<usize> {
        self.precision
    }

    pub fn sign_plus(&self) -> bool {
        self.flags & FLAG_SIGN_PLUS != 0
    }

    pub fn sign_minus(&self) -> bool {
        self.flags & FLAG_SIGN_MINUS != 0
    }

    pub fn alternate(&self) -> bool {
        self.flags & FLAG_ALTERNATE != 0
    }

    pub fn sign_aware_zero_pad(&self) -> bool {
        self.flags & FLAG_ZERO_PAD != 0
    }

    pub(crate) fn debug_lower_hex(&self) -> bool {
        self.flags & FLAG_DEBUG_LOWER_HEX != 0
    }

    pub(crate) fn debug_upper_hex(&self) -> bool {
        self.flags & FLAG_DEBUG_UPPER_HEX != 0
    }

    /// Writes `n` copies of the fill character.
    fn write_fill(&mut self, n: usize, fill: char) -> Result {
        let mut i = 0;
        while i < n {
            self.write_char(fill)?;
            i += 1;
        }
        Ok(())
    }

    fn write_char(&mut self, c: char) -> Result {
        let mut buf = [0u8; 4];
        self.write_str(c.encode_utf8(&mut buf))
    }

    /// Writes `s` padded to the width with the fill, aligned as requested (`default` if unspecified).
    pub(crate) fn padded(&mut self, s: &str, chars: usize, default: rt::Alignment) -> Result {
        let width = match self.width {
            None => return self.write_str(s),
            Some(w) => w,
        };
        if chars >= width {
            return self.write_str(s);
        }
        let padding = width - chars;
        let align = match self.align {
            rt::Alignment::Unknown => default,
            a => a,
        };
        let (pre, post) = match align {
            rt::Alignment::Left => (0, padding),
            rt::Alignment::Right => (padding, 0),
            rt::Alignment::Center => (padding / 2, (padding + 1) / 2),
            rt::Alignment::Unknown => (padding, 0),
        };
        let fill = self.fill;
        self.write_fill(pre, fill)?;
        self.write_str(s)?;
        self.write_fill(post, fill)
    }

    /// Writes a string honouring width, alignment and (as truncation) precision.
    pub fn pad(&mut self, s: &str) -> Result {
        if self.width.is_none() && self.precision.is_none() {
            return self.write_str(s);
        }
        let s = match self.precision {
            Some(max) => crate::str::truncate_chars(s, max),
            None => s,
        };
        let chars = crate::str::count_chars(s);
        self.padded(s, chars, rt::Alignment::Left)
    }

    /// Writes an integer's digits with its sign, the `#` prefix and padding as requested.
    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) -> Result {
        let mut width = buf.len();
        let mut sign: Option<char> = None;
        if !is_nonnegative {
            sign = Some('-');
            width += 1;
        } else if self.sign_plus() {
            sign = Some('+');
            width += 1;
        }
        let prefix = if self.alternate() {
            width += crate::str::count_chars(prefix);
            Some(prefix)
        } else {
            None
        };
        match self.width {
            None => {
                self.write_prefix(sign, prefix)?;
                self.write_str(buf)
            }
            Some(min) if width >= min => {
                self.write_prefix(sign, prefix)?;
                self.write_str(buf)
            }
            Some(min) if self.sign_aware_zero_pad() => {
                self.write_prefix(sign, prefix)?;
                self.write_fill(min - width, '0')?;
                self.write_str(buf)
            }
            Some(min) => {
                let padding = min - width;
                let align = match self.align {
                    rt::Alignment::Unknown => rt::Alignment::Right,
                    a => a,
                };
                let (pre, post) = match align {
                    rt::Alignment::Left => (0, padding),
                    rt::Alignment::Right => (padding, 0),
                    rt::Alignment::Center => (padding / 2, (padding + 1) / 2),
                    rt::Alignment::Unknown => (padding, 0),
                };
                let fill = self.fill;
                self.write_fill(pre, fill)?;
                self.write_prefix(sign, prefix)?;
                self.write_str(buf)?;
                self.write_fill(post, fill)
            }
        }
    }

    /// Pads a float's text like an integer's; NaN never shows a sign.
    pub(crate) fn pad_float(&mut self, is_nonnegative: bool, is_nan: bool, buf: &str) -> Result {
        if is_nan {
            let saved = self.flags;
            self.flags = self.flags & !FLAG_SIGN_PLUS;
            let r = self.pad_integral(true, "", buf);
            self.flags = saved;
            r
        } else {
            self.pad_integral(is_nonnegative, "", buf)
        }
    }

    fn write_prefix(&mut self, sign: Option<char>, prefix: Option<&str>) -> Result {
        if let Some(c) = sign {
            self.write_char(c)?;
        }
        if let Some(p) = prefix {
            self.write_str(p)?;
        }
        Ok(())
    }
}

impl Write for Formatter<'_> {
    fn write_str(&mut self, s: &str) -> Result {
        (self.write_fn)(self.out, s)
    }
}

impl Copy for rt::Alignment {}

impl Clone for rt::Alignment {
    fn clone(&self) -> rt::Alignment {
        *self
    }
}

// Formatting of references forwards to the referent.
macro_rules! fmt_ref {
    ($($tr:ident),*) => {
        $(
            impl<T: $tr + ?Sized> $tr for &T {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    $tr::fmt(&**self, f)
                }
            }

            impl<T: $tr + ?Sized> $tr for &mut T {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    $tr::fmt(&**self, f)
                }
            }
        )*
    };
}

fmt_ref! { Display, Debug, LowerHex, UpperHex, Octal, Binary, LowerExp, UpperExp }

impl Display for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad(self)
    }
}

impl Debug for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_char('"')?;
        let bytes = self.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // printable ASCII other than `\` and `"` is written as it is, in runs
            if b >= 0x20 && b < 0x7F && b != b'\\' && b != b'"' {
                i += 1;
                continue;
            }
            let (c, len) = crate::str::decode_utf8(bytes, i);
            let esc = c.escape_debug_ext(true, false, true);
            if esc.len() != 1 {
                f.write_str(crate::str::sub(self, start, i))?;
                Display::fmt(&esc, f)?;
                start = i + len;
            }
            i += len;
        }
        f.write_str(crate::str::sub(self, start, bytes.len()))?;
        f.write_char('"')
    }
}

impl Debug for ! {
    fn fmt(&self, _: &mut Formatter<'_>) -> Result {
        *self
    }
}

impl Display for ! {
    fn fmt(&self, _: &mut Formatter<'_>) -> Result {
        *self
    }
}

impl Display for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad(if *self { "true" } else { "false" })
    }
}

impl Debug for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(self, f)
    }
}

impl Display for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        let mut buf = [0u8; 4];
        let s = self.encode_utf8(&mut buf);
        if f.width.is_none() && f.precision.is_none() {
            f.write_str(s)
        } else {
            f.pad(s)
        }
    }
}

impl Debug for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_char('\'')?;
        Display::fmt(&self.escape_debug_ext(true, true, false), f)?;
        f.write_char('\'')
    }
}

impl Debug for () {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad("()")
    }
}

impl<T: ?Sized> Debug for PhantomData<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_str("PhantomData<")?;
        f.write_str(crate::intrinsics::type_name::<T>())?;
        f.write_str(">")
    }
}

/// An address in hexadecimal with `0x`; `{:#p}` pads it with zeros to the width of a `usize`.
fn pointer_fmt_inner(addr: usize, f: &mut Formatter<'_>) -> Result {
    let (old_flags, old_width) = (f.flags, f.width);
    if f.flags & FLAG_ALTERNATE != 0 {
        f.flags |= FLAG_ZERO_PAD;
        if f.width.is_none() {
            f.width = Some((usize::BITS / 4) as usize + 2);
        }
    }
    f.flags |= FLAG_ALTERNATE;
    let ret = LowerHex::fmt(&addr, f);
    f.flags = old_flags;
    f.width = old_width;
    ret
}

impl<T: ?Sized> Pointer for *const T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        pointer_fmt_inner(*self as *const () as usize, f)
    }
}

impl<T: ?Sized> Pointer for *mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(*self as *const T), f)
    }
}

impl<T: ?Sized> Pointer for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(*self as *const T), f)
    }
}

impl<T: ?Sized> Pointer for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(&**self as *const T), f)
    }
}

impl<T: ?Sized> Debug for *const T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(self, f)
    }
}

impl<T: ?Sized> Debug for *mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(self, f)
    }
}

impl<T: Debug> Debug for Option<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        match self {
            Some(v) => f.debug_tuple("Some").field(v).finish(),
            None => f.write_str("None"),
        }
    }
}

impl<T: Debug, E: Debug> Debug for crate::result::Result<T, E> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        match self {
            Ok(v) => f.debug_tuple("Ok").field(v).finish(),
            Err(e) => f.debug_tuple("Err").field(e).finish(),
        }
    }
}

macro_rules! tuple_debug {
    ($(($($name:ident $idx:tt),+))+) => {
        $(
            impl<$($name: Debug),+> Debug for ($($name,)+) {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let mut builder = f.debug_tuple("");
                    $(builder.field(&self.$idx);)+
                    builder.finish()
                }
            }
        )+
    };
}

tuple_debug! {
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

impl<T: Debug> Debug for [T] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Debug, const N: usize> Debug for [T; N] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.debug_list().entries(self.iter()).finish()
    }
}
