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
        pat.match_back(self, self.len()).is_some()
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

    /// The byte index of the last match of `pat`.
    pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut i = self.len() + 1;
        while i > 0 {
            i -= 1;
            if self.is_char_boundary(i) && pat.match_at(self, i).is_some() {
                return Some(i);
            }
        }
        None
    }

    /// The string without `prefix`, if it starts with it.
    pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str> {
        let end = prefix.match_at(self, 0)?;
        Some(sub(self, end, self.len()))
    }

    /// The string without `suffix`, if it ends with it.
    pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str> {
        let start = suffix.match_back(self, self.len())?;
        Some(sub(self, 0, start))
    }

    /// The string without the matches of `pat` repeated at its start.
    pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut i = 0;
        while let Some(end) = pat.match_at(self, i) {
            if end == i {
                break;
            }
            i = end;
        }
        sub(self, i, self.len())
    }

    /// The string without the matches of `pat` repeated at its end.
    pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut end = self.len();
        while let Some(start) = pat.match_back(self, end) {
            if start == end {
                break;
            }
            end = start;
        }
        sub(self, 0, end)
    }

    /// The string without the matches of `pat` repeated at both ends.
    pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut i = 0;
        while let Some(end) = pat.match_at(self, i) {
            if end == i {
                break;
            }
            i = end;
        }
        let mut end = self.len();
        while end > i {
            match pat.match_back(self, end) {
                Some(start) if start < end && start >= i => end = start,
                _ => break,
            }
        }
        sub(self, i, end)
    }

    /// The substrings between the matches of `pat`, from the end.
    pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P> {
        RSplit { s: self, end: self.len(), pat, done: false }
    }

    /// At most `n` substrings between the matches of `pat`; the last is the rest of the string.
    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P> {
        SplitN { iter: self.split(pat), count: n }
    }

    /// At most `n` substrings between the matches of `pat`, from the end.
    pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P> {
        RSplitN { iter: self.rsplit(pat), count: n }
    }

    /// Like `split`, but a trailing empty substring is skipped.
    pub fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<'_, P> {
        SplitTerminator { iter: self.split(pat) }
    }

    /// The string split at the last match of `delimiter`.
    pub fn rsplit_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)> {
        let mut i = self.len() + 1;
        while i > 0 {
            i -= 1;
            if self.is_char_boundary(i) {
                if let Some(end) = delimiter.match_at(self, i) {
                    return Some((sub(self, 0, i), sub(self, end, self.len())));
                }
            }
        }
        None
    }

    /// The matches of `pat`, left to right and not overlapping.
    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P> {
        Matches { s: self, pos: 0, pat }
    }

    /// The matches of `pat` with their byte positions.
    pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P> {
        MatchIndices { inner: Matches { s: self, pos: 0, pat } }
    }

    /// Whether all bytes are ASCII.
    pub fn is_ascii(&self) -> bool {
        let b = self.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] >= 0x80 {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Whether the two strings are equal when ASCII letters are compared without case.
    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        let (a, b) = (self.as_bytes(), other.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i].to_ascii_lowercase() != b[i].to_ascii_lowercase() {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Converts ASCII letters to upper case in place.
    pub fn make_ascii_uppercase(&mut self) {
        let b = unsafe { crate::intrinsics::transmute::<&mut str, &mut [u8]>(self) };
        let mut i = 0;
        while i < b.len() {
            b[i] = b[i].to_ascii_uppercase();
            i += 1;
        }
    }

    /// Converts ASCII letters to lower case in place.
    pub fn make_ascii_lowercase(&mut self) {
        let b = unsafe { crate::intrinsics::transmute::<&mut str, &mut [u8]>(self) };
        let mut i = 0;
        while i < b.len() {
            b[i] = b[i].to_ascii_lowercase();
            i += 1;
        }
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

/// What `str::split`, `find`, `starts_with` and the like search for: a char, a string, a set of
/// chars or a char predicate. FIXME: real core's `Pattern` has searchers; this is Ferrite's
/// simpler shape (unstable in Rust either way).
pub trait Pattern: Sized {
    /// If the pattern matches at byte `i` of `s`, the end of the match.
    fn match_at(&self, s: &str, i: usize) -> Option<usize>;

    /// If the pattern matches ending at byte `end` of `s`, the start of the match.
    fn match_back(&self, s: &str, end: usize) -> Option<usize>;
}

/// The char that ends at byte `end` (> 0) of `s`, with its start.
fn char_before(s: &str, end: usize) -> (char, usize) {
    let b = s.as_bytes();
    let mut i = end - 1;
    while (b[i] as i8) < -0x40 {
        i -= 1;
    }
    (decode_utf8(b, i).0, i)
}

/// Implements `Pattern` for a type through a test on single chars.
macro_rules! char_pattern {
    ($(impl[$($g:tt)*] $t:ty => |$this:ident, $c:ident| $test:expr;)*) => {
        $(
            impl<$($g)*> Pattern for $t {
                fn match_at(&self, s: &str, i: usize) -> Option<usize> {
                    if i >= s.len() {
                        return None;
                    }
                    let ($c, n) = decode_utf8(s.as_bytes(), i);
                    let $this = self;
                    if $test { Some(i + n) } else { None }
                }

                fn match_back(&self, s: &str, end: usize) -> Option<usize> {
                    if end == 0 || end > s.len() {
                        return None;
                    }
                    let ($c, start) = char_before(s, end);
                    let $this = self;
                    if $test { Some(start) } else { None }
                }
            }
        )*
    };
}

/// Whether `c` is one of `set`.
fn char_in(set: &[char], c: char) -> bool {
    let mut k = 0;
    while k < set.len() {
        if set[k] == c {
            return true;
        }
        k += 1;
    }
    false
}

// FIXME: FnMut patterns are called through a shared reference here.
char_pattern! {
    impl[] char => |this, c| c == *this;
    impl[const N: usize] [char; N] => |this, c| char_in(this, c);
    impl['b, const N: usize] &'b [char; N] => |this, c| char_in(*this, c);
    impl['b] &'b [char] => |this, c| char_in(*this, c);
    impl[F: crate::ops::FnMut(char) -> bool] F => |this, c| unsafe { (*(this as *const F as *mut F))(c) };
}

/// Whether `p` occurs in `s` at byte `i`.
fn bytes_at(s: &str, p: &str, i: usize) -> bool {
    let p = p.as_bytes();
    let b = s.as_bytes();
    if i + p.len() > b.len() {
        return false;
    }
    let mut k = 0;
    while k < p.len() {
        if b[i + k] != p[k] {
            return false;
        }
        k += 1;
    }
    true
}

impl<'b> Pattern for &'b str {
    fn match_at(&self, s: &str, i: usize) -> Option<usize> {
        if bytes_at(s, self, i) { Some(i + self.len()) } else { None }
    }

    fn match_back(&self, s: &str, end: usize) -> Option<usize> {
        if end < self.len() || end > s.len() {
            return None;
        }
        let start = end - self.len();
        if bytes_at(s, self, start) { Some(start) } else { None }
    }
}

impl<'b, 'c> Pattern for &'c &'b str {
    fn match_at(&self, s: &str, i: usize) -> Option<usize> {
        (**self).match_at(s, i)
    }

    fn match_back(&self, s: &str, end: usize) -> Option<usize> {
        (**self).match_back(s, end)
    }
}

/// The iterator of `str::chars`.
#[derive(Clone)]
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

impl<'a, P: Pattern> Split<'a, P> {
    /// The rest of the string, ending the iteration.
    fn take_rest(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        self.done = true;
        Some(sub(self.s, self.start, self.s.len()))
    }
}

/// The iterator of `str::rsplit`.
pub struct RSplit<'a, P> {
    s: &'a str,
    end: usize,
    pat: P,
    done: bool,
}

impl<'a, P: Pattern> Iterator for RSplit<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        let mut e = self.end;
        loop {
            if self.s.is_char_boundary(e) {
                if let Some(start) = self.pat.match_back(self.s, e) {
                    if start < e {
                        let piece = sub(self.s, e, self.end);
                        self.end = start;
                        return Some(piece);
                    }
                }
            }
            if e == 0 {
                break;
            }
            e -= 1;
        }
        self.done = true;
        Some(sub(self.s, 0, self.end))
    }
}

/// The iterator of `str::splitn`.
pub struct SplitN<'a, P> {
    iter: Split<'a, P>,
    count: usize,
}

impl<'a, P: Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.iter.take_rest()
            }
            _ => {
                self.count -= 1;
                self.iter.next()
            }
        }
    }
}

/// The iterator of `str::rsplitn`.
pub struct RSplitN<'a, P> {
    iter: RSplit<'a, P>,
    count: usize,
}

impl<'a, P: Pattern> Iterator for RSplitN<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                if self.iter.done {
                    return None;
                }
                self.iter.done = true;
                Some(sub(self.iter.s, 0, self.iter.end))
            }
            _ => {
                self.count -= 1;
                self.iter.next()
            }
        }
    }
}

/// The iterator of `str::split_terminator`.
pub struct SplitTerminator<'a, P> {
    iter: Split<'a, P>,
}

impl<'a, P: Pattern> Iterator for SplitTerminator<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let piece = self.iter.next()?;
        if self.iter.done && piece.is_empty() {
            return None;
        }
        Some(piece)
    }
}

/// The iterator of `str::matches`.
pub struct Matches<'a, P> {
    s: &'a str,
    pos: usize,
    pat: P,
}

impl<'a, P: Pattern> Matches<'a, P> {
    fn next_match(&mut self) -> Option<(usize, &'a str)> {
        while self.pos <= self.s.len() {
            let i = self.pos;
            if self.s.is_char_boundary(i) {
                if let Some(end) = self.pat.match_at(self.s, i) {
                    self.pos = if end > i { end } else { i + 1 };
                    return Some((i, sub(self.s, i, end)));
                }
            }
            self.pos += 1;
        }
        None
    }
}

impl<'a, P: Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        Some(self.next_match()?.1)
    }
}

/// The iterator of `str::match_indices`.
pub struct MatchIndices<'a, P> {
    inner: Matches<'a, P>,
}

impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        self.inner.next_match()
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
