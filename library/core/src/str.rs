//! String slices: the inherent methods of `str` and the UTF-8 helpers formatting uses.

use crate::fmt;
use crate::iter::{DoubleEndedIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// Converts a slice of bytes to a string slice without checking that it is valid UTF-8.
#[inline]
pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str {
    crate::intrinsics::transmute::<&[u8], &str>(v)
}

impl str {
    /// The length of `self` in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.as_bytes().len()
    }

    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub const fn as_bytes(&self) -> &[u8] {
        unsafe { crate::intrinsics::transmute::<&str, &[u8]>(self) }
    }

    #[inline]
    pub const fn as_ptr(&self) -> *const u8 {
        self.as_bytes().as_ptr()
    }

    /// The chars of the string.
    #[inline]
    pub fn chars(&self) -> Chars<'_> {
        Chars { s: self, front: 0, back: self.len() }
    }

    /// The chars with their byte positions.
    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices { chars: self.chars() }
    }

    /// The bytes of the string.
    pub fn bytes(&self) -> Bytes<'_> {
        Bytes { iter: self.as_bytes().iter() }
    }

    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 || index == self.len() {
            return true;
        }
        if index > self.len() {
            return false;
        }
        (self.as_bytes()[index] as i8) >= -0x40
    }

    /// Whether `pat` occurs at the start.
    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        pat.match_at(self, 0).is_some()
    }

    /// Whether `pat` occurs at the end.
    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool {
        let mut i = self.len() + 1;
        while i > 0 {
            i -= 1;
            if self.is_char_boundary(i) {
                if let Some(end) = pat.match_at(self, i) {
                    if end == self.len() {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// The byte index of the first match of `pat`.
    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut i = 0;
        while i <= self.len() {
            if self.is_char_boundary(i) && pat.match_at(self, i).is_some() {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    pub fn contains<P: Pattern>(&self, pat: P) -> bool {
        self.find(pat).is_some()
    }

    /// The substrings between the matches of `pat`.
    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split { s: self, start: 0, pos: 0, pat, done: false }
    }

    /// The whitespace-separated words.
    pub fn split_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace { s: self, pos: 0 }
    }

    /// The lines, without their `\n` or `\r\n`.
    pub fn lines(&self) -> Lines<'_> {
        Lines { s: self, pos: 0 }
    }

    /// The string split at the first match of `delimiter`.
    pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)> {
        let mut i = 0;
        while i <= self.len() {
            if self.is_char_boundary(i) {
                if let Some(end) = delimiter.match_at(self, i) {
                    return Some((sub(self, 0, i), sub(self, end, self.len())));
                }
            }
            i += 1;
        }
        None
    }

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn trim_start(&self) -> &str {
        let mut i = 0;
        let b = self.as_bytes();
        while i < b.len() {
            let (c, n) = decode_utf8(b, i);
            if !c.is_whitespace() {
                break;
            }
            i += n;
        }
        sub(self, i, self.len())
    }

    pub fn trim_end(&self) -> &str {
        let mut end = self.len();
        let mut it = self.chars();
        while let Some(c) = it.next_back() {
            if !c.is_whitespace() {
                break;
            }
            end -= c.len_utf8();
        }
        sub(self, 0, end)
    }

    /// Parses the string into a value of type `F`.
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }

    /// `&self[from..to]` with checked char boundaries (panics like slicing).
    pub fn get_sub(&self, from: usize, to: usize) -> Option<&str> {
        if from <= to && to <= self.len() && self.is_char_boundary(from) && self.is_char_boundary(to) {
            Some(sub(self, from, to))
        } else {
            None
        }
    }
}

/// What `str::split`, `find`, `starts_with` and the like search for: a char, a string or a
/// char predicate.
pub trait Pattern: Sized {
    /// If the pattern matches at byte `i` of `s`, the end of the match.
    fn match_at(&self, s: &str, i: usize) -> Option<usize>;
}

impl Pattern for char {
    fn match_at(&self, s: &str, i: usize) -> Option<usize> {
        if i >= s.len() {
            return None;
        }
        let (c, n) = decode_utf8(s.as_bytes(), i);
        if c == *self { Some(i + n) } else { None }
    }
}

impl<'b> Pattern for &'b str {
    fn match_at(&self, s: &str, i: usize) -> Option<usize> {
        let p = self.as_bytes();
        let b = s.as_bytes();
        if i + p.len() > b.len() {
            return None;
        }
        let mut k = 0;
        while k < p.len() {
            if b[i + k] != p[k] {
                return None;
            }
            k += 1;
        }
        Some(i + p.len())
    }
}

impl<F: crate::ops::FnMut(char) -> bool> Pattern for F {
    fn match_at(&self, s: &str, i: usize) -> Option<usize> {
        if i >= s.len() {
            return None;
        }
        let (c, n) = decode_utf8(s.as_bytes(), i);
        // FIXME: FnMut patterns are called through a shared reference here.
        let f = self as *const F as *mut F;
        if unsafe { (*f)(c) } { Some(i + n) } else { None }
    }
}

/// The iterator of `str::chars`.
pub struct Chars<'a> {
    s: &'a str,
    front: usize,
    back: usize,
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, n) = decode_utf8(self.s.as_bytes(), self.front);
        self.front += n;
        Some(c)
    }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let b = self.s.as_bytes();
        let mut i = self.back - 1;
        while (b[i] as i8) < -0x40 {
            i -= 1;
        }
        let (c, _) = decode_utf8(b, i);
        self.back = i;
        Some(c)
    }
}

impl<'a> Chars<'a> {
    /// The part of the string not yet iterated.
    pub fn as_str(&self) -> &'a str {
        sub(self.s, self.front, self.back)
    }
}

/// The iterator of `str::char_indices`.
pub struct CharIndices<'a> {
    chars: Chars<'a>,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let i = self.chars.front;
        let c = self.chars.next()?;
        Some((i, c))
    }
}

/// The iterator of `str::bytes`.
pub struct Bytes<'a> {
    iter: crate::slice::Iter<'a, u8>,
}

impl<'a> Iterator for Bytes<'a> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        match self.iter.next() {
            Some(b) => Some(*b),
            None => None,
        }
    }
}

/// The iterator of `str::split`.
pub struct Split<'a, P> {
    s: &'a str,
    start: usize,
    pos: usize,
    pat: P,
    done: bool,
}

impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        while self.pos <= self.s.len() {
            if self.s.is_char_boundary(self.pos) {
                if let Some(end) = self.pat.match_at(self.s, self.pos) {
                    if end > self.pos || self.pos > self.start || true {
                        let piece = sub(self.s, self.start, self.pos);
                        let next = if end > self.pos { end } else { self.pos + 1 };
                        self.start = end;
                        self.pos = next;
                        return Some(piece);
                    }
                }
            }
            self.pos += 1;
        }
        self.done = true;
        Some(sub(self.s, self.start, self.s.len()))
    }
}

/// The iterator of `str::split_whitespace`.
pub struct SplitWhitespace<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        while self.pos < b.len() {
            let (c, n) = decode_utf8(b, self.pos);
            if !c.is_whitespace() {
                break;
            }
            self.pos += n;
        }
        if self.pos >= b.len() {
            return None;
        }
        let start = self.pos;
        while self.pos < b.len() {
            let (c, n) = decode_utf8(b, self.pos);
            if c.is_whitespace() {
                break;
            }
            self.pos += n;
        }
        Some(sub(self.s, start, self.pos))
    }
}

/// The iterator of `str::lines`.
pub struct Lines<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        if self.pos >= b.len() {
            return None;
        }
        let start = self.pos;
        while self.pos < b.len() && b[self.pos] != b'\n' {
            self.pos += 1;
        }
        let mut end = self.pos;
        if self.pos < b.len() {
            self.pos += 1;
        }
        if end > start && b[end - 1] == b'\r' {
            end -= 1;
        }
        Some(sub(self.s, start, end))
    }
}

/// Parsing a value from a string (`str::parse`).
pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

/// The number of chars in `s`: bytes that do not continue a UTF-8 sequence.
pub(crate) fn count_chars(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        if (bytes[i] & 0xC0) != 0x80 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The prefix of `s` with at most `max` chars.
pub(crate) fn truncate_chars(s: &str, max: usize) -> &str {
    let bytes = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        if (bytes[i] & 0xC0) != 0x80 {
            if n == max {
                return sub(s, 0, i);
            }
            n += 1;
        }
        i += 1;
    }
    s
}

/// `&s[from..to]` on char boundaries, without checks.
pub(crate) fn sub(s: &str, from: usize, to: usize) -> &str {
    unsafe {
        let bytes = crate::slice::from_raw_parts(s.as_ptr().add(from), to - from);
        from_utf8_unchecked(bytes)
    }
}

/// The string of the ASCII bytes `buf[start..]`.
pub(crate) fn from_ascii_tail(buf: &[u8], start: usize) -> &str {
    unsafe { from_utf8_unchecked(crate::slice::from_raw_parts(buf.as_ptr().add(start), buf.len() - start)) }
}

/// Decodes the char starting at byte `i` of valid UTF-8, with its length in bytes.
pub(crate) fn decode_utf8(bytes: &[u8], i: usize) -> (char, usize) {
    let b0 = bytes[i] as u32;
    if b0 < 0x80 {
        return (unsafe { crate::intrinsics::transmute::<u32, char>(b0) }, 1);
    }
    let (len, init) = if b0 < 0xE0 {
        (2, b0 & 0x1F)
    } else if b0 < 0xF0 {
        (3, b0 & 0x0F)
    } else {
        (4, b0 & 0x07)
    };
    let mut c = init;
    let mut k = 1;
    while k < len {
        c = (c << 6) | (bytes[i + k] as u32 & 0x3F);
        k += 1;
    }
    (unsafe { crate::intrinsics::transmute::<u32, char>(c) }, len)
}

/// Whether `{:?}` prints `c` escaped (in a char literal when `in_char`, else in a string).
pub(crate) fn needs_escape_debug(c: char, in_char: bool) -> bool {
    match c {
        '\0' | '\t' | '\r' | '\n' | '\\' => true,
        '"' => !in_char,
        '\'' => in_char,
        _ => (c as u32) < 0x20 || c as u32 == 0x7F,
    }
}

pub(crate) fn write_escaped_debug(f: &mut fmt::Formatter<'_>, c: char, in_char: bool) -> fmt::Result {
    let _ = in_char;
    match c {
        '\0' => f.write_str("\\0"),
        '\t' => f.write_str("\\t"),
        '\r' => f.write_str("\\r"),
        '\n' => f.write_str("\\n"),
        '\\' => f.write_str("\\\\"),
        '"' => f.write_str("\\\""),
        '\'' => f.write_str("\\'"),
        _ => {
            f.write_str("\\u{")?;
            fmt::LowerHex::fmt(&(c as u32), f)?;
            f.write_str("}")?;
            Ok(())
        }
    }
}

// ---- slicing by byte ranges ----

use crate::ops::{Index, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};

#[track_caller]
fn check_str_range(s: &str, start: usize, end: usize) {
    if start > s.len() || end > s.len() {
        let oob = if start > s.len() { start } else { end };
        panic!("byte index {} is out of bounds of `{}`", oob, s);
    }
    if start > end {
        panic!("begin <= end ({} <= {}) when slicing `{}`", start, end, s);
    }
    if !s.is_char_boundary(start) || !s.is_char_boundary(end) {
        let bad = if !s.is_char_boundary(start) { start } else { end };
        let mut c0 = bad;
        while !s.is_char_boundary(c0) {
            c0 -= 1;
        }
        let (c, n) = decode_utf8(s.as_bytes(), c0);
        panic!("byte index {} is not a char boundary; it is inside {:?} (bytes {}..{}) of `{}`", bad, c, c0, c0 + n, s);
    }
}

macro_rules! str_range_index {
    ($($R:ty => |$r:ident, $len:ident| ($start:expr, $end:expr);)*) => {
        $(
            impl Index<$R> for str {
                type Output = str;

                #[track_caller]
                fn index(&self, $r: $R) -> &str {
                    let $len = self.len();
                    let (start, end) = ($start, $end);
                    check_str_range(self, start, end);
                    sub(self, start, end)
                }
            }
        )*
    };
}

str_range_index! {
    Range<usize> => |r, len| (r.start, r.end);
    RangeFrom<usize> => |r, len| (r.start, len);
    RangeTo<usize> => |r, len| (0, r.end);
    RangeFull => |r, len| (0, len);
    RangeInclusive<usize> => |r, len| (*r.start(), *r.end() + 1);
    RangeToInclusive<usize> => |r, len| (0, r.end + 1);
}
