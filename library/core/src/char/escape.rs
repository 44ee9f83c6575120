//! The iterators of `char::escape_default`, `char::escape_debug` and `char::escape_unicode`.
//!
//! Every escape is at most ten ASCII bytes (`\u{10ffff}`), kept in a buffer with the range not
//! yet iterated. `escape_debug` of a char it leaves as it is keeps the char itself.

use crate::fmt;
use crate::iter::{ExactSizeIterator, FusedIterator, Iterator};
use crate::option::Option::{self, None, Some};

/// Up to ten ASCII bytes of an escape; `start..end` is what iteration has not yet taken.
#[derive(Clone)]
pub(super) struct EscapeIterInner {
    bytes: [u8; 10],
    start: usize,
    end: usize,
}

impl EscapeIterInner {
    /// The escape of one byte as itself.
    fn printable(b: u8) -> EscapeIterInner {
        EscapeIterInner { bytes: [b, 0, 0, 0, 0, 0, 0, 0, 0, 0], start: 0, end: 1 }
    }

    /// A backslash and one byte: `\n`, `\\`, `\'`.
    fn backslash(b: u8) -> EscapeIterInner {
        EscapeIterInner { bytes: [b'\\', b, 0, 0, 0, 0, 0, 0, 0, 0], start: 0, end: 2 }
    }

    /// `\u{` and the code point in lower-case hex without leading zeros, then `}`.
    fn unicode(c: char) -> EscapeIterInner {
        let code = c as u32;
        let mut digits = 1;
        while digits < 6 && (code >> (4 * digits)) != 0 {
            digits += 1;
        }
        let mut bytes = [0u8; 10];
        bytes[0] = b'\\';
        bytes[1] = b'u';
        bytes[2] = b'{';
        let mut i = 0;
        while i < digits {
            let d = ((code >> (4 * (digits - 1 - i))) & 0xF) as u8;
            bytes[3 + i] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
            i += 1;
        }
        bytes[3 + digits] = b'}';
        EscapeIterInner { bytes, start: 0, end: 4 + digits }
    }

    fn next(&mut self) -> Option<char> {
        if self.start == self.end {
            return None;
        }
        self.start += 1;
        Some(self.bytes[self.start - 1] as char)
    }

    fn len(&self) -> usize {
        self.end - self.start
    }

    fn as_str(&self) -> &str {
        // the bytes are ASCII
        unsafe { crate::str::from_utf8_unchecked(&self.bytes[self.start..self.end]) }
    }

    fn debug(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EscapeIterInner('")?;
        f.write_str(self.as_str())?;
        f.write_str("')")
    }
}

/// The escape `escape_default` gives: `\t`, `\r`, `\n`, `\'`, `\"`, `\\`, printable ASCII as
/// itself, anything else as `\u{..}`.
fn escape_default_inner(c: char) -> EscapeIterInner {
    match c {
        '\t' => EscapeIterInner::backslash(b't'),
        '\r' => EscapeIterInner::backslash(b'r'),
        '\n' => EscapeIterInner::backslash(b'n'),
        '\\' | '\'' | '"' => EscapeIterInner::backslash(c as u8),
        '\x20'..='\x7e' => EscapeIterInner::printable(c as u8),
        _ => EscapeIterInner::unicode(c),
    }
}

/// The iterator of `char::escape_default`.
#[derive(Clone)]
pub struct EscapeDefault(EscapeIterInner);

/// The iterator of `char::escape_unicode`.
#[derive(Clone)]
pub struct EscapeUnicode(EscapeIterInner);

impl EscapeDefault {
    pub(super) fn new(c: char) -> EscapeDefault {
        EscapeDefault(escape_default_inner(c))
    }
}

impl EscapeUnicode {
    pub(super) fn new(c: char) -> EscapeUnicode {
        EscapeUnicode(EscapeIterInner::unicode(c))
    }
}

macro_rules! escape_iter {
    ($($name:ident)*) => {
        $(
            impl Iterator for $name {
                type Item = char;

                #[inline]
                fn next(&mut self) -> Option<char> {
                    self.0.next()
                }

                fn size_hint(&self) -> (usize, Option<usize>) {
                    (self.0.len(), Some(self.0.len()))
                }

                fn count(self) -> usize {
                    self.0.len()
                }

                fn last(self) -> Option<char> {
                    let mut it = self;
                    if it.0.len() == 0 {
                        None
                    } else {
                        it.0.start = it.0.end - 1;
                        it.0.next()
                    }
                }
            }

            impl ExactSizeIterator for $name {}

            impl FusedIterator for $name {}

            /// The chars not yet iterated (without padding, as std).
            impl fmt::Display for $name {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(self.0.as_str())
                }
            }

            impl fmt::Debug for $name {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(stringify!($name))?;
                    f.write_str("(")?;
                    self.0.debug(f)?;
                    f.write_str(")")
                }
            }
        )*
    };
}

escape_iter! { EscapeDefault EscapeUnicode }

/// What `escape_debug` holds: an escape, or a char shown as it is.
#[derive(Clone)]
enum EscapeDebugInner {
    Bytes(EscapeIterInner),
    /// The char, and whether iteration has taken it (as std, `Display` still shows it then).
    Char(char, bool),
}

/// The iterator of `char::escape_debug`.
#[derive(Clone)]
pub struct EscapeDebug(EscapeDebugInner);

impl EscapeDebug {
    /// `c` escaped as `{:?}` does: `\0`, `\t`, `\r`, `\n`, `\\`, the quotes asked for, and as
    /// `\u{..}` chars that are not printable (and grapheme extenders when `grapheme` is set).
    pub(crate) fn new(c: char, grapheme: bool, single_quote: bool, double_quote: bool) -> EscapeDebug {
        let inner = match c {
            '\0' => EscapeDebugInner::Bytes(EscapeIterInner::backslash(b'0')),
            '\t' => EscapeDebugInner::Bytes(EscapeIterInner::backslash(b't')),
            '\r' => EscapeDebugInner::Bytes(EscapeIterInner::backslash(b'r')),
            '\n' => EscapeDebugInner::Bytes(EscapeIterInner::backslash(b'n')),
            '\\' => EscapeDebugInner::Bytes(EscapeIterInner::backslash(b'\\')),
            '\'' if single_quote => EscapeDebugInner::Bytes(EscapeIterInner::backslash(b'\'')),
            '"' if double_quote => EscapeDebugInner::Bytes(EscapeIterInner::backslash(b'"')),
            '\x20'..='\x7e' => EscapeDebugInner::Char(c, false),
            '\0'..='\x7f' => EscapeDebugInner::Bytes(EscapeIterInner::unicode(c)),
            _ => {
                if super::non_ascii_shown_as_is(c, grapheme) {
                    EscapeDebugInner::Char(c, false)
                } else {
                    EscapeDebugInner::Bytes(EscapeIterInner::unicode(c))
                }
            }
        };
        EscapeDebug(inner)
    }

    /// Whether the char is written as something other than itself.
    pub(crate) fn is_escaped(&self) -> bool {
        match &self.0 {
            EscapeDebugInner::Bytes(_) => true,
            EscapeDebugInner::Char(_, _) => false,
        }
    }

    fn remaining(&self) -> usize {
        match &self.0 {
            EscapeDebugInner::Bytes(b) => b.len(),
            EscapeDebugInner::Char(_, taken) => {
                if *taken {
                    0
                } else {
                    1
                }
            }
        }
    }
}

impl Iterator for EscapeDebug {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        match &mut self.0 {
            EscapeDebugInner::Bytes(b) => b.next(),
            EscapeDebugInner::Char(c, taken) => {
                if *taken {
                    None
                } else {
                    *taken = true;
                    Some(*c)
                }
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.remaining();
        (n, Some(n))
    }

    fn count(self) -> usize {
        self.remaining()
    }
}

impl ExactSizeIterator for EscapeDebug {}

impl FusedIterator for EscapeDebug {}

impl fmt::Display for EscapeDebug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            EscapeDebugInner::Bytes(b) => f.write_str(b.as_str()),
            EscapeDebugInner::Char(c, _) => fmt::Write::write_char(f, *c),
        }
    }
}

impl fmt::Debug for EscapeDebug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            EscapeDebugInner::Bytes(b) => {
                f.write_str("EscapeDebug(")?;
                b.debug(f)?;
                f.write_str(")")
            }
            EscapeDebugInner::Char(c, _) => {
                f.write_str("EscapeDebug(EscapeIterInner('")?;
                fmt::Write::write_char(f, *c)?;
                f.write_str("'))")
            }
        }
    }
}
