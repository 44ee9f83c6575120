//! String slices: the inherent methods of `str`, UTF-8 checking (`from_utf8`), and the helpers
//! formatting uses. The iterators are in `iter`, the patterns in `pattern`, slicing by byte
//! ranges in `index`.

use crate::fmt;
use crate::iter::{DoubleEndedIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::slice::SliceIndex;

mod index;
mod iter;
mod lossy;
pub mod pattern;
mod traits;
mod validations;

pub use iter::{
    Bytes, CharIndices, Chars, EncodeUtf16, EscapeDebug, EscapeDefault, EscapeUnicode, Lines, LinesAny, MatchIndices, Matches, RMatchIndices, RMatches, RSplit,
    RSplitN, RSplitTerminator, Split, SplitAsciiWhitespace, SplitInclusive, SplitN, SplitTerminator, SplitWhitespace,
};
pub use lossy::{Utf8Chunk, Utf8Chunks};
pub use pattern::Pattern;
pub use traits::{FromStr, ParseBoolError};
pub use validations::{from_utf8, from_utf8_mut, from_utf8_unchecked_mut, Utf8Error};

use iter::SplitInternal;
use pattern::{DoubleEndedPattern, Searcher};

/// Converts a slice of bytes to a string slice without checking that it is valid UTF-8.
#[inline]
pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str {
    crate::intrinsics::transmute::<&[u8], &str>(v)
}

impl str {
    /// The bytes as a string slice, if they are UTF-8 (`core::str::from_utf8`).
    #[inline]
    pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
        from_utf8(v)
    }

    #[inline]
    pub fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error> {
        from_utf8_mut(v)
    }

    #[inline]
    pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str {
        from_utf8_unchecked(v)
    }

    #[inline]
    pub unsafe fn from_utf8_unchecked_mut(v: &mut [u8]) -> &mut str {
        from_utf8_unchecked_mut(v)
    }

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

    /// The bytes, mutable: the caller keeps them UTF-8.
    #[inline]
    pub unsafe fn as_bytes_mut(&mut self) -> &mut [u8] {
        crate::intrinsics::transmute::<&mut str, &mut [u8]>(self)
    }

    #[inline]
    pub const fn as_ptr(&self) -> *const u8 {
        self.as_bytes().as_ptr()
    }

    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut u8 {
        self as *mut str as *mut u8
    }

    /// Whether byte `index` starts a char (or is the end of the string).
    #[inline]
    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 {
            return true;
        }
        if index >= self.len() {
            return index == self.len();
        }
        (self.as_bytes()[index] as i8) >= -0x40
    }

    /// The last char boundary at or before `index` (the length if `index` is beyond it).
    pub fn floor_char_boundary(&self, index: usize) -> usize {
        if index >= self.len() {
            return self.len();
        }
        let mut i = index;
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// The first char boundary at or after `index` (the length if `index` is beyond it).
    pub fn ceil_char_boundary(&self, index: usize) -> usize {
        if index > self.len() {
            return self.len();
        }
        let mut i = index;
        while !self.is_char_boundary(i) {
            i += 1;
        }
        i
    }

    /// The substring a byte range selects, `None` if it is out of bounds or does not fall on
    /// char boundaries.
    #[inline]
    pub fn get<I: SliceIndex<str>>(&self, i: I) -> Option<&I::Output> {
        i.get(self)
    }

    #[inline]
    pub fn get_mut<I: SliceIndex<str>>(&mut self, i: I) -> Option<&mut I::Output> {
        i.get_mut(self)
    }

    /// Like `get`, without checks: a range out of bounds or inside a char is undefined behaviour.
    #[inline]
    pub unsafe fn get_unchecked<I: SliceIndex<str>>(&self, i: I) -> &I::Output {
        &*i.get_unchecked(self)
    }

    #[inline]
    pub unsafe fn get_unchecked_mut<I: SliceIndex<str>>(&mut self, i: I) -> &mut I::Output {
        &mut *i.get_unchecked_mut(self)
    }

    /// Deprecated in Rust: `get_unchecked(begin..end)`.
    #[inline]
    pub unsafe fn slice_unchecked(&self, begin: usize, end: usize) -> &str {
        sub(self, begin, end)
    }

    /// Deprecated in Rust: `get_unchecked_mut(begin..end)`.
    #[inline]
    pub unsafe fn slice_mut_unchecked(&mut self, begin: usize, end: usize) -> &mut str {
        sub_mut(self, begin, end)
    }

    /// The string cut in two at byte `mid`, `None` if that is not a char boundary.
    #[inline]
    pub fn split_at_checked(&self, mid: usize) -> Option<(&str, &str)> {
        if self.is_char_boundary(mid) { Some((sub(self, 0, mid), sub(self, mid, self.len()))) } else { None }
    }

    #[inline]
    pub fn split_at_mut_checked(&mut self, mid: usize) -> Option<(&mut str, &mut str)> {
        if self.is_char_boundary(mid) {
            let len = self.len();
            let p = self.as_mut_ptr();
            unsafe {
                let a = crate::slice::from_raw_parts_mut(p, mid);
                let b = crate::slice::from_raw_parts_mut(p.add(mid), len - mid);
                Some((from_utf8_unchecked_mut(a), from_utf8_unchecked_mut(b)))
            }
        } else {
            None
        }
    }

    /// The string cut in two at byte `mid`; panics if that is not a char boundary.
    #[inline]
    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        match self.split_at_checked(mid) {
            Some(pair) => pair,
            None => index::slice_error_fail(self, 0, mid),
        }
    }

    #[inline]
    #[track_caller]
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut str, &mut str) {
        if !self.is_char_boundary(mid) {
            index::slice_error_fail(self, 0, mid);
        }
        match self.split_at_mut_checked(mid) {
            Some(pair) => pair,
            None => loop {},
        }
    }

    /// The chars of the string.
    #[inline]
    pub fn chars(&self) -> Chars<'_> {
        Chars { s: self, front: 0, back: self.len() }
    }

    /// The chars with their byte positions.
    #[inline]
    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices { front_offset: 0, iter: self.chars() }
    }

    /// The bytes of the string.
    #[inline]
    pub fn bytes(&self) -> Bytes<'_> {
        Bytes { iter: self.as_bytes().iter() }
    }

    /// The words between Unicode white space.
    #[inline]
    pub fn split_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace { inner: Split(SplitInternal::new(self, pattern::IsWhitespace, true)) }
    }

    /// The words between ASCII white space.
    #[inline]
    pub fn split_ascii_whitespace(&self) -> SplitAsciiWhitespace<'_> {
        SplitAsciiWhitespace { inner: Split(SplitInternal::new(self, pattern::IsAsciiWhitespace, true)) }
    }

    /// The lines, without their `\n` or `\r\n`; a last empty line is not one.
    #[inline]
    pub fn lines(&self) -> Lines<'_> {
        Lines { inner: SplitInclusive(SplitInternal::new(self, '\n', false)) }
    }

    /// Deprecated in Rust: `lines`.
    #[inline]
    pub fn lines_any(&self) -> LinesAny<'_> {
        LinesAny(self.lines())
    }

    /// The string in UTF-16 units.
    #[inline]
    pub fn encode_utf16(&self) -> EncodeUtf16<'_> {
        EncodeUtf16 { chars: self.chars(), extra: 0 }
    }

    /// Whether `pat` occurs in the string.
    #[inline]
    pub fn contains<P: Pattern>(&self, pat: P) -> bool {
        Searcher::new(self, pat).next_match().is_some()
    }

    /// Whether `pat` occurs at the start.
    #[inline]
    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        pat.match_at(self, 0).is_some()
    }

    /// Whether `pat` occurs at the end.
    #[inline]
    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        pat.match_back(self, self.len()).is_some()
    }

    /// The byte index of the first match of `pat`.
    #[inline]
    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        match Searcher::new(self, pat).next_match() {
            Some((a, _)) => Some(a),
            None => None,
        }
    }

    /// The byte index of the last match of `pat`.
    #[inline]
    pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize> {
        match Searcher::new(self, pat).next_match_back() {
            Some((a, _)) => Some(a),
            None => None,
        }
    }

    /// The substrings between the matches of `pat`.
    #[inline]
    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split(SplitInternal::new(self, pat, true))
    }

    /// The substrings each ending with a match of `pat` (the last may end without one).
    #[inline]
    pub fn split_inclusive<P: Pattern>(&self, pat: P) -> SplitInclusive<'_, P> {
        SplitInclusive(SplitInternal::new(self, pat, false))
    }

    /// The substrings between the matches of `pat`, from the end.
    #[inline]
    pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P> {
        RSplit(SplitInternal::new(self, pat, true))
    }

    /// Like `split`, but a trailing empty substring is skipped.
    #[inline]
    pub fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<'_, P> {
        SplitTerminator(SplitInternal::new(self, pat, false))
    }

    /// Like `rsplit`, but a trailing empty substring is skipped.
    #[inline]
    pub fn rsplit_terminator<P: Pattern>(&self, pat: P) -> RSplitTerminator<'_, P> {
        RSplitTerminator(SplitInternal::new(self, pat, false))
    }

    /// At most `n` substrings between the matches of `pat`; the last is the rest of the string.
    #[inline]
    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P> {
        SplitN { iter: SplitInternal::new(self, pat, true), count: n }
    }

    /// At most `n` substrings between the matches of `pat`, from the end.
    #[inline]
    pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P> {
        RSplitN { iter: SplitInternal::new(self, pat, true), count: n }
    }

    /// The string split at the first match of `delimiter`.
    #[inline]
    pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)> {
        let (a, b) = Searcher::new(self, delimiter).next_match()?;
        Some((sub(self, 0, a), sub(self, b, self.len())))
    }

    /// The string split at the last match of `delimiter`.
    #[inline]
    pub fn rsplit_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)> {
        let (a, b) = Searcher::new(self, delimiter).next_match_back()?;
        Some((sub(self, 0, a), sub(self, b, self.len())))
    }

    /// The matches of `pat`, left to right and not overlapping.
    #[inline]
    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P> {
        Matches(Searcher::new(self, pat))
    }

    /// The matches of `pat`, right to left.
    #[inline]
    pub fn rmatches<P: Pattern>(&self, pat: P) -> RMatches<'_, P> {
        RMatches(Searcher::new(self, pat))
    }

    /// The matches of `pat` with their byte positions.
    #[inline]
    pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P> {
        MatchIndices(Searcher::new(self, pat))
    }

    /// The matches of `pat` with their byte positions, right to left.
    #[inline]
    pub fn rmatch_indices<P: Pattern>(&self, pat: P) -> RMatchIndices<'_, P> {
        RMatchIndices(Searcher::new(self, pat))
    }

    /// The string without white space at either end.
    #[inline]
    pub fn trim(&self) -> &str {
        self.trim_matches(|c: char| c.is_whitespace())
    }

    #[inline]
    pub fn trim_start(&self) -> &str {
        self.trim_start_matches(|c: char| c.is_whitespace())
    }

    #[inline]
    pub fn trim_end(&self) -> &str {
        self.trim_end_matches(|c: char| c.is_whitespace())
    }

    /// Deprecated in Rust: `trim_start`.
    #[inline]
    pub fn trim_left(&self) -> &str {
        self.trim_start()
    }

    /// Deprecated in Rust: `trim_end`.
    #[inline]
    pub fn trim_right(&self) -> &str {
        self.trim_end()
    }

    /// The string without the matches of `pat` repeated at both ends.
    pub fn trim_matches<P: DoubleEndedPattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut i = 0;
        loop {
            match pat.match_at(self, i) {
                Some(end) if end > i => i = end,
                _ => break,
            }
        }
        let rest = sub(self, i, self.len());
        let mut j = rest.len();
        loop {
            match pat.match_back(rest, j) {
                Some(start) if start < j => j = start,
                _ => break,
            }
        }
        sub(rest, 0, j)
    }

    /// The string without the matches of `pat` repeated at its start.
    pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut i = 0;
        loop {
            match pat.match_at(self, i) {
                Some(end) if end > i => i = end,
                _ => break,
            }
        }
        sub(self, i, self.len())
    }

    /// The string without the matches of `pat` repeated at its end.
    pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut j = self.len();
        loop {
            match pat.match_back(self, j) {
                Some(start) if start < j => j = start,
                _ => break,
            }
        }
        sub(self, 0, j)
    }

    /// Deprecated in Rust: `trim_start_matches`.
    #[inline]
    pub fn trim_left_matches<P: Pattern>(&self, pat: P) -> &str {
        self.trim_start_matches(pat)
    }

    /// Deprecated in Rust: `trim_end_matches`.
    #[inline]
    pub fn trim_right_matches<P: Pattern>(&self, pat: P) -> &str {
        self.trim_end_matches(pat)
    }

    /// The string without `prefix`, if it starts with it.
    #[inline]
    pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str> {
        let mut prefix = prefix;
        let end = prefix.match_at(self, 0)?;
        Some(sub(self, end, self.len()))
    }

    /// The string without `suffix`, if it ends with it.
    #[inline]
    pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str> {
        let mut suffix = suffix;
        let start = suffix.match_back(self, self.len())?;
        Some(sub(self, 0, start))
    }

    /// The string without ASCII white space at its start.
    pub fn trim_ascii_start(&self) -> &str {
        let b = self.as_bytes();
        let mut i = 0;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        sub(self, i, b.len())
    }

    /// The string without ASCII white space at its end.
    pub fn trim_ascii_end(&self) -> &str {
        let b = self.as_bytes();
        let mut j = b.len();
        while j > 0 && b[j - 1].is_ascii_whitespace() {
            j -= 1;
        }
        sub(self, 0, j)
    }

    /// The string without ASCII white space at either end.
    pub fn trim_ascii(&self) -> &str {
        self.trim_ascii_start().trim_ascii_end()
    }

    /// Parses the string into a value of type `F`.
    #[inline]
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }

    /// The string with each char escaped as `char::escape_debug` does (grapheme extenders only
    /// at the start).
    #[inline]
    pub fn escape_debug(&self) -> EscapeDebug<'_> {
        EscapeDebug { chars: self.chars(), first: true, cur: None }
    }

    /// The string with each char escaped as `char::escape_default` does.
    #[inline]
    pub fn escape_default(&self) -> EscapeDefault<'_> {
        EscapeDefault { chars: self.chars(), first: true, cur: None }
    }

    /// The string with each char as `\u{..}`.
    #[inline]
    pub fn escape_unicode(&self) -> EscapeUnicode<'_> {
        EscapeUnicode { chars: self.chars(), first: true, cur: None }
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
        let b = unsafe { self.as_bytes_mut() };
        let mut i = 0;
        while i < b.len() {
            b[i] = b[i].to_ascii_uppercase();
            i += 1;
        }
    }

    /// Converts ASCII letters to lower case in place.
    pub fn make_ascii_lowercase(&mut self) {
        let b = unsafe { self.as_bytes_mut() };
        let mut i = 0;
        while i < b.len() {
            b[i] = b[i].to_ascii_lowercase();
            i += 1;
        }
    }
}

impl crate::convert::AsMut<str> for str {
    #[inline]
    fn as_mut(&mut self) -> &mut str {
        self
    }
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

/// `&mut s[from..to]` on char boundaries, without checks.
pub(crate) fn sub_mut(s: &mut str, from: usize, to: usize) -> &mut str {
    unsafe {
        let p = crate::intrinsics::transmute::<&mut str, &mut [u8]>(s).as_mut_ptr();
        let bytes = crate::slice::from_raw_parts_mut(p.add(from), to - from);
        crate::intrinsics::transmute::<&mut [u8], &mut str>(bytes)
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
#[inline]
pub(crate) fn needs_escape_debug(c: char, in_char: bool) -> bool {
    match c {
        '\\' => true,
        '"' => !in_char,
        '\'' => in_char,
        ' '..='~' => false,
        _ => c.escape_debug_ext(true, in_char, !in_char).is_escaped(),
    }
}

/// Writes `c` escaped as `{:?}` shows it in a char literal (`in_char`) or a string.
pub(crate) fn write_escaped_debug(f: &mut fmt::Formatter<'_>, c: char, in_char: bool) -> fmt::Result {
    fmt::Display::fmt(&c.escape_debug_ext(true, in_char, !in_char), f)
}
