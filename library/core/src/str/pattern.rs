//! What `str::find`, `split`, `trim_matches` and the like search for: a char, a string, a set of
//! chars or a char predicate.
//!
//! FIXME: std's `Pattern` (unstable) hands out searchers; Ferrite's is simpler: a pattern says
//! whether it matches at a position and finds its next match in a string from either end, and
//! `Searcher` keeps the positions of an iteration.

use super::{decode_utf8, sub};
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};

/// A string pattern.
pub trait Pattern: Sized {
    /// If the pattern matches `s` at byte `i` (a char boundary), the end of the match.
    fn match_at(&mut self, s: &str, i: usize) -> Option<usize>;

    /// If the pattern matches `s` ending at byte `end` (a char boundary), the start of the match.
    fn match_back(&mut self, s: &str, end: usize) -> Option<usize>;

    /// The first match in `s`, as `(start, end)`.
    fn find_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let mut i = 0;
        while i <= s.len() {
            if s.is_char_boundary(i) {
                if let Some(e) = self.match_at(s, i) {
                    return Some((i, e));
                }
            }
            i += 1;
        }
        None
    }

    /// The last match in `s`, as `(start, end)`.
    fn rfind_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let mut e = s.len() + 1;
        while e > 0 {
            e -= 1;
            if s.is_char_boundary(e) {
                if let Some(st) = self.match_back(s, e) {
                    return Some((st, e));
                }
            }
        }
        None
    }
}

/// Patterns whose matches are the same whether searched from the front or from the back (the
/// char patterns; not strings: `"aaa"` has `"aa"` at 0 from the front and at 1 from the back).
/// What std calls a `DoubleEndedSearcher`: `split(..).rev()` and `trim_matches` need it.
pub trait DoubleEndedPattern: Pattern {}

/// The char that ends at byte `end` (> 0) of `s`, with its start.
#[inline]
pub(crate) fn char_before(s: &str, end: usize) -> (char, usize) {
    let b = s.as_bytes();
    let last = b[end - 1];
    if last < 0x80 {
        return (last as char, end - 1);
    }
    let mut i = end - 1;
    while (b[i] as i8) < -0x40 {
        i -= 1;
    }
    (decode_utf8(b, i).0, i)
}

/// The char that starts at byte `i` of `s`, with its length.
#[inline]
fn char_at(b: &[u8], i: usize) -> (char, usize) {
    let first = b[i];
    if first < 0x80 { (first as char, 1) } else { decode_utf8(b, i) }
}

/// Implements `Pattern` for a type through a test on single chars.
macro_rules! char_pattern {
    ($(impl[$($g:tt)*] $t:ty => |$this:ident, $c:ident| $test:expr;)*) => {
        $(
            impl<$($g)*> Pattern for $t {
                #[inline]
                fn match_at(&mut self, s: &str, i: usize) -> Option<usize> {
                    if i >= s.len() {
                        return None;
                    }
                    let ($c, n) = char_at(s.as_bytes(), i);
                    let $this = self;
                    if $test { Some(i + n) } else { None }
                }

                #[inline]
                fn match_back(&mut self, s: &str, end: usize) -> Option<usize> {
                    if end == 0 || end > s.len() {
                        return None;
                    }
                    let ($c, start) = char_before(s, end);
                    let $this = self;
                    if $test { Some(start) } else { None }
                }

                fn find_in(&mut self, s: &str) -> Option<(usize, usize)> {
                    let b = s.as_bytes();
                    let mut i = 0;
                    while i < b.len() {
                        let ($c, n) = char_at(b, i);
                        let $this = &mut *self;
                        if $test {
                            return Some((i, i + n));
                        }
                        i += n;
                    }
                    None
                }

                fn rfind_in(&mut self, s: &str) -> Option<(usize, usize)> {
                    let mut end = s.len();
                    while end > 0 {
                        let ($c, start) = char_before(s, end);
                        let $this = &mut *self;
                        if $test {
                            return Some((start, end));
                        }
                        end = start;
                    }
                    None
                }
            }

            impl<$($g)*> DoubleEndedPattern for $t {}
        )*
    };
}

/// Whether `c` is one of `set`.
#[inline]
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

char_pattern! {
    impl[const N: usize] [char; N] => |this, c| char_in(this, c);
    impl['b, const N: usize] &'b [char; N] => |this, c| char_in(*this, c);
    impl['b] &'b [char] => |this, c| char_in(*this, c);
    impl[F: FnMut(char) -> bool] F => |this, c| this(c);
}

/// The pattern of `split_whitespace`: a Unicode white space char.
#[derive(Clone)]
pub(crate) struct IsWhitespace;

/// The pattern of `split_ascii_whitespace`: an ASCII white space byte.
#[derive(Clone)]
pub(crate) struct IsAsciiWhitespace;

char_pattern! {
    impl[] IsWhitespace => |this, c| { let _ = this; c.is_whitespace() };
    impl[] IsAsciiWhitespace => |this, c| { let _ = this; c.is_ascii_whitespace() };
}

/// A char is searched for as its UTF-8 bytes (an ASCII char byte by byte).
impl Pattern for char {
    #[inline]
    fn match_at(&mut self, s: &str, i: usize) -> Option<usize> {
        if i >= s.len() {
            return None;
        }
        let (c, n) = char_at(s.as_bytes(), i);
        if c == *self { Some(i + n) } else { None }
    }

    #[inline]
    fn match_back(&mut self, s: &str, end: usize) -> Option<usize> {
        if end == 0 || end > s.len() {
            return None;
        }
        let (c, start) = char_before(s, end);
        if c == *self { Some(start) } else { None }
    }

    fn find_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let code = *self as u32;
        if code < 0x80 {
            let b = s.as_bytes();
            let want = code as u8;
            let mut i = 0;
            while i < b.len() {
                if b[i] == want {
                    return Some((i, i + 1));
                }
                i += 1;
            }
            return None;
        }
        let mut buf = [0u8; 4];
        let mut needle: &str = self.encode_utf8(&mut buf);
        needle.find_in(s)
    }

    fn rfind_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let code = *self as u32;
        if code < 0x80 {
            let b = s.as_bytes();
            let want = code as u8;
            let mut i = b.len();
            while i > 0 {
                i -= 1;
                if b[i] == want {
                    return Some((i, i + 1));
                }
            }
            return None;
        }
        let mut buf = [0u8; 4];
        let mut needle: &str = self.encode_utf8(&mut buf);
        needle.rfind_in(s)
    }
}

impl DoubleEndedPattern for char {}

/// Whether `p` occurs in `s` at byte `i`.
#[inline]
fn bytes_at(s: &[u8], p: &[u8], i: usize) -> bool {
    if i + p.len() > s.len() {
        return false;
    }
    let mut k = 0;
    while k < p.len() {
        if s[i + k] != p[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// A string is found where its bytes are (a match of UTF-8 in UTF-8 starts on a char boundary);
/// the empty string matches at every char boundary.
impl<'b> Pattern for &'b str {
    #[inline]
    fn match_at(&mut self, s: &str, i: usize) -> Option<usize> {
        if bytes_at(s.as_bytes(), self.as_bytes(), i) { Some(i + self.len()) } else { None }
    }

    #[inline]
    fn match_back(&mut self, s: &str, end: usize) -> Option<usize> {
        if end < self.len() || end > s.len() {
            return None;
        }
        let start = end - self.len();
        if bytes_at(s.as_bytes(), self.as_bytes(), start) { Some(start) } else { None }
    }

    fn find_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let (h, p) = (s.as_bytes(), self.as_bytes());
        if p.is_empty() {
            return Some((0, 0));
        }
        if p.len() > h.len() {
            return None;
        }
        let first = p[0];
        let last = h.len() - p.len();
        let mut i = 0;
        while i <= last {
            if h[i] == first && bytes_at(h, p, i) {
                return Some((i, i + p.len()));
            }
            i += 1;
        }
        None
    }

    fn rfind_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let (h, p) = (s.as_bytes(), self.as_bytes());
        if p.is_empty() {
            return Some((h.len(), h.len()));
        }
        if p.len() > h.len() {
            return None;
        }
        let first = p[0];
        let mut i = h.len() - p.len() + 1;
        while i > 0 {
            i -= 1;
            if h[i] == first && bytes_at(h, p, i) {
                return Some((i, i + p.len()));
            }
        }
        None
    }
}

impl<'b, 'c> Pattern for &'c &'b str {
    #[inline]
    fn match_at(&mut self, s: &str, i: usize) -> Option<usize> {
        let mut p: &str = *self;
        p.match_at(s, i)
    }

    #[inline]
    fn match_back(&mut self, s: &str, end: usize) -> Option<usize> {
        let mut p: &str = *self;
        p.match_back(s, end)
    }

    fn find_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let mut p: &str = *self;
        p.find_in(s)
    }

    fn rfind_in(&mut self, s: &str) -> Option<(usize, usize)> {
        let mut p: &str = *self;
        p.rfind_in(s)
    }
}

/// The length of the char that starts at byte `i` of `s`.
#[inline]
fn char_len_at(s: &str, i: usize) -> usize {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        1
    } else if b < 0xE0 {
        2
    } else if b < 0xF0 {
        3
    } else {
        4
    }
}

/// The matches of a pattern in a string, from the front and from the back. Both ends search the
/// part `front..back` neither has passed yet, so a match is never found twice.
#[derive(Clone)]
pub(crate) struct Searcher<'a, P> {
    pub(crate) s: &'a str,
    pat: P,
    front: usize,
    back: usize,
    done: bool,
}

impl<'a, P: Pattern> Searcher<'a, P> {
    #[inline]
    pub(crate) fn new(s: &'a str, pat: P) -> Searcher<'a, P> {
        Searcher { s, pat, front: 0, back: s.len(), done: false }
    }

    /// The next match from the front, as `(start, end)`.
    pub(crate) fn next_match(&mut self) -> Option<(usize, usize)> {
        if self.done {
            return None;
        }
        match self.pat.find_in(sub(self.s, self.front, self.back)) {
            Some((i, e)) => {
                let (a, b) = (self.front + i, self.front + e);
                if b > a {
                    self.front = b;
                } else if a < self.back {
                    // an empty match: the next one is after the next char
                    self.front = a + char_len_at(self.s, a);
                } else {
                    self.done = true;
                }
                Some((a, b))
            }
            None => {
                self.done = true;
                None
            }
        }
    }

    /// The next match from the back, as `(start, end)`.
    pub(crate) fn next_match_back(&mut self) -> Option<(usize, usize)> {
        if self.done {
            return None;
        }
        match self.pat.rfind_in(sub(self.s, self.front, self.back)) {
            Some((st, e)) => {
                let (a, b) = (self.front + st, self.front + e);
                if b > a {
                    self.back = a;
                } else if b > self.front {
                    self.back = char_before(self.s, b).1;
                } else {
                    self.done = true;
                }
                Some((a, b))
            }
            None => {
                self.done = true;
                None
            }
        }
    }
}
