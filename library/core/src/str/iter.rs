//! The iterators of `str`'s methods.

use super::pattern::{DoubleEndedPattern, IsAsciiWhitespace, IsWhitespace, Pattern, Searcher};
use super::{decode_utf8, sub};
use crate::clone::Clone;
use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use crate::option::Option::{self, None, Some};

// ---- chars and bytes ----

/// The iterator of `str::chars`.
#[derive(Clone)]
pub struct Chars<'a> {
    pub(super) s: &'a str,
    pub(super) front: usize,
    pub(super) back: usize,
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

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back - self.front;
        ((len + 3) / 4, Some(len))
    }

    fn count(self) -> usize {
        super::count_chars(self.as_str())
    }

    fn last(mut self) -> Option<char> {
        self.next_back()
    }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    #[inline]
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

impl<'a> FusedIterator for Chars<'a> {}

impl<'a> Chars<'a> {
    /// The part of the string not yet iterated.
    #[inline]
    pub fn as_str(&self) -> &'a str {
        sub(self.s, self.front, self.back)
    }
}

impl<'a> fmt::Debug for Chars<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Chars(")?;
        f.debug_list().entries(self.clone()).finish()?;
        f.write_str(")")
    }
}

/// The iterator of `str::char_indices`.
#[derive(Clone, Debug)]
pub struct CharIndices<'a> {
    pub(super) front_offset: usize,
    pub(super) iter: Chars<'a>,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);

    #[inline]
    fn next(&mut self) -> Option<(usize, char)> {
        let i = self.iter.front;
        let c = self.iter.next()?;
        self.front_offset = self.iter.front;
        Some((i, c))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn count(self) -> usize {
        self.iter.count()
    }

    fn last(mut self) -> Option<(usize, char)> {
        self.next_back()
    }
}

impl<'a> DoubleEndedIterator for CharIndices<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<(usize, char)> {
        let c = self.iter.next_back()?;
        Some((self.iter.back, c))
    }
}

impl<'a> FusedIterator for CharIndices<'a> {}

impl<'a> CharIndices<'a> {
    /// The part of the string not yet iterated.
    #[inline]
    pub fn as_str(&self) -> &'a str {
        self.iter.as_str()
    }

    /// The byte position of the next char, or the length of the string if there is none.
    #[inline]
    pub fn offset(&self) -> usize {
        self.iter.front
    }
}

/// The iterator of `str::bytes`.
#[derive(Clone, Debug)]
pub struct Bytes<'a> {
    pub(super) iter: crate::slice::Iter<'a, u8>,
}

impl<'a> Iterator for Bytes<'a> {
    type Item = u8;

    #[inline]
    fn next(&mut self) -> Option<u8> {
        match self.iter.next() {
            Some(b) => Some(*b),
            None => None,
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }

    fn count(self) -> usize {
        self.iter.len()
    }

    fn nth(&mut self, n: usize) -> Option<u8> {
        match self.iter.nth(n) {
            Some(b) => Some(*b),
            None => None,
        }
    }

    fn last(mut self) -> Option<u8> {
        self.next_back()
    }
}

impl<'a> DoubleEndedIterator for Bytes<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<u8> {
        match self.iter.next_back() {
            Some(b) => Some(*b),
            None => None,
        }
    }
}

impl<'a> ExactSizeIterator for Bytes<'a> {}

impl<'a> FusedIterator for Bytes<'a> {}

// ---- splitting ----

/// What the `split` family shares: the part `start..end` not yet handed out and the searcher.
#[derive(Clone)]
pub(super) struct SplitInternal<'a, P> {
    start: usize,
    end: usize,
    matcher: Searcher<'a, P>,
    allow_trailing_empty: bool,
    finished: bool,
}

impl<'a, P: Pattern> SplitInternal<'a, P> {
    pub(super) fn new(s: &'a str, pat: P, allow_trailing_empty: bool) -> SplitInternal<'a, P> {
        SplitInternal { start: 0, end: s.len(), matcher: Searcher::new(s, pat), allow_trailing_empty, finished: false }
    }

    /// The rest of the string (if not empty or empties are allowed), ending the iteration.
    #[inline]
    fn get_end(&mut self) -> Option<&'a str> {
        if !self.finished {
            self.finished = true;
            if self.allow_trailing_empty || self.end > self.start {
                return Some(sub(self.matcher.s, self.start, self.end));
            }
        }
        None
    }

    fn next(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match self.matcher.next_match() {
            Some((a, b)) => {
                let piece = sub(self.matcher.s, self.start, a);
                self.start = b;
                Some(piece)
            }
            None => self.get_end(),
        }
    }

    fn next_inclusive(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match self.matcher.next_match() {
            Some((_, b)) => {
                let piece = sub(self.matcher.s, self.start, b);
                self.start = b;
                Some(piece)
            }
            None => self.get_end(),
        }
    }

    fn next_back(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        if !self.allow_trailing_empty {
            self.allow_trailing_empty = true;
            match self.next_back() {
                Some(piece) if !piece.is_empty() => return Some(piece),
                _ => {
                    if self.finished {
                        return None;
                    }
                }
            }
        }
        match self.matcher.next_match_back() {
            Some((a, b)) => {
                let piece = sub(self.matcher.s, b, self.end);
                self.end = a;
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(sub(self.matcher.s, self.start, self.end))
            }
        }
    }

    fn next_back_inclusive(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        if !self.allow_trailing_empty {
            self.allow_trailing_empty = true;
            match self.next_back_inclusive() {
                Some(piece) if !piece.is_empty() => return Some(piece),
                _ => {
                    if self.finished {
                        return None;
                    }
                }
            }
        }
        match self.matcher.next_match_back() {
            Some((_, b)) => {
                let piece = sub(self.matcher.s, b, self.end);
                self.end = b;
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(sub(self.matcher.s, self.start, self.end))
            }
        }
    }

    /// What is left of the string, if the iteration has not finished.
    fn remainder(&self) -> Option<&'a str> {
        if self.finished { None } else { Some(sub(self.matcher.s, self.start, self.end)) }
    }
}

/// Declares a forward splitting iterator and its reversed twin (DoubleEnded for char patterns).
macro_rules! split_iters {
    ($($(#[$doc:meta])* $fwd:ident / $(#[$rdoc:meta])* $rev:ident => $next:ident, $next_back:ident;)*) => {
        $(
            $(#[$doc])*
            #[derive(Clone)]
            pub struct $fwd<'a, P>(pub(super) SplitInternal<'a, P>);

            $(#[$rdoc])*
            #[derive(Clone)]
            pub struct $rev<'a, P>(pub(super) SplitInternal<'a, P>);

            impl<'a, P: Pattern> Iterator for $fwd<'a, P> {
                type Item = &'a str;

                #[inline]
                fn next(&mut self) -> Option<&'a str> {
                    let inner = &mut self.0;
                    inner.$next()
                }
            }

            impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for $fwd<'a, P> {
                #[inline]
                fn next_back(&mut self) -> Option<&'a str> {
                    let inner = &mut self.0;
                    inner.$next_back()
                }
            }

            impl<'a, P: Pattern> FusedIterator for $fwd<'a, P> {}

            impl<'a, P: Pattern> Iterator for $rev<'a, P> {
                type Item = &'a str;

                #[inline]
                fn next(&mut self) -> Option<&'a str> {
                    let inner = &mut self.0;
                    inner.$next_back()
                }
            }

            impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for $rev<'a, P> {
                #[inline]
                fn next_back(&mut self) -> Option<&'a str> {
                    let inner = &mut self.0;
                    inner.$next()
                }
            }

            impl<'a, P: Pattern> FusedIterator for $rev<'a, P> {}

            impl<'a, P: Pattern> $fwd<'a, P> {
                /// The part of the string not yet split, `None` once the iteration is over.
                pub fn remainder(&self) -> Option<&'a str> {
                    self.0.remainder()
                }
            }

            impl<'a, P: Pattern> $rev<'a, P> {
                /// The part of the string not yet split, `None` once the iteration is over.
                pub fn remainder(&self) -> Option<&'a str> {
                    self.0.remainder()
                }
            }

            impl<'a, P> fmt::Debug for $fwd<'a, P> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(stringify!($fwd))?;
                    f.write_str(" { .. }")
                }
            }

            impl<'a, P> fmt::Debug for $rev<'a, P> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(stringify!($rev))?;
                    f.write_str(" { .. }")
                }
            }
        )*
    };
}

split_iters! {
    /// The iterator of `str::split`.
    Split / /// The iterator of `str::rsplit`.
    RSplit => next, next_back;
    /// The iterator of `str::split_terminator`.
    SplitTerminator / /// The iterator of `str::rsplit_terminator`.
    RSplitTerminator => next, next_back;
}

/// The iterator of `str::split_inclusive`: each piece keeps the match that ends it.
#[derive(Clone)]
pub struct SplitInclusive<'a, P>(pub(super) SplitInternal<'a, P>);

impl<'a, P: Pattern> Iterator for SplitInclusive<'a, P> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        self.0.next_inclusive()
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for SplitInclusive<'a, P> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        self.0.next_back_inclusive()
    }
}

impl<'a, P: Pattern> FusedIterator for SplitInclusive<'a, P> {}

impl<'a, P: Pattern> SplitInclusive<'a, P> {
    /// The part of the string not yet split, `None` once the iteration is over.
    pub fn remainder(&self) -> Option<&'a str> {
        self.0.remainder()
    }
}

/// The iterator of `str::splitn`.
#[derive(Clone)]
pub struct SplitN<'a, P> {
    pub(super) iter: SplitInternal<'a, P>,
    pub(super) count: usize,
}

impl<'a, P: Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.iter.get_end()
            }
            _ => {
                self.count -= 1;
                self.iter.next()
            }
        }
    }
}

impl<'a, P: Pattern> FusedIterator for SplitN<'a, P> {}

/// The iterator of `str::rsplitn`.
#[derive(Clone)]
pub struct RSplitN<'a, P> {
    pub(super) iter: SplitInternal<'a, P>,
    pub(super) count: usize,
}

impl<'a, P: Pattern> Iterator for RSplitN<'a, P> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.iter.get_end()
            }
            _ => {
                self.count -= 1;
                self.iter.next_back()
            }
        }
    }
}

impl<'a, P: Pattern> FusedIterator for RSplitN<'a, P> {}

impl<'a, P: Pattern> SplitN<'a, P> {
    /// The part of the string not yet split, `None` once the iteration is over.
    pub fn remainder(&self) -> Option<&'a str> {
        self.iter.remainder()
    }
}

impl<'a, P: Pattern> RSplitN<'a, P> {
    /// The part of the string not yet split, `None` once the iteration is over.
    pub fn remainder(&self) -> Option<&'a str> {
        self.iter.remainder()
    }
}

// ---- matches ----

/// Declares a match iterator and its reversed twin; `$item` builds an item from `(start, end)`.
macro_rules! match_iters {
    ($($(#[$doc:meta])* $fwd:ident / $(#[$rdoc:meta])* $rev:ident: $t:ty => |$s:ident, $a:ident, $b:ident| $item:expr;)*) => {
        $(
            $(#[$doc])*
            #[derive(Clone)]
            pub struct $fwd<'a, P>(pub(super) Searcher<'a, P>);

            $(#[$rdoc])*
            #[derive(Clone)]
            pub struct $rev<'a, P>(pub(super) Searcher<'a, P>);

            impl<'a, P: Pattern> Iterator for $fwd<'a, P> {
                type Item = $t;

                #[inline]
                fn next(&mut self) -> Option<$t> {
                    let ($a, $b) = self.0.next_match()?;
                    let $s = self.0.s;
                    Some($item)
                }
            }

            impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for $fwd<'a, P> {
                #[inline]
                fn next_back(&mut self) -> Option<$t> {
                    let ($a, $b) = self.0.next_match_back()?;
                    let $s = self.0.s;
                    Some($item)
                }
            }

            impl<'a, P: Pattern> FusedIterator for $fwd<'a, P> {}

            impl<'a, P: Pattern> Iterator for $rev<'a, P> {
                type Item = $t;

                #[inline]
                fn next(&mut self) -> Option<$t> {
                    let ($a, $b) = self.0.next_match_back()?;
                    let $s = self.0.s;
                    Some($item)
                }
            }

            impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for $rev<'a, P> {
                #[inline]
                fn next_back(&mut self) -> Option<$t> {
                    let ($a, $b) = self.0.next_match()?;
                    let $s = self.0.s;
                    Some($item)
                }
            }

            impl<'a, P: Pattern> FusedIterator for $rev<'a, P> {}
        )*
    };
}

match_iters! {
    /// The iterator of `str::matches`.
    Matches / /// The iterator of `str::rmatches`.
    RMatches: &'a str => |s, a, b| sub(s, a, b);
    /// The iterator of `str::match_indices`.
    MatchIndices / /// The iterator of `str::rmatch_indices`.
    RMatchIndices: (usize, &'a str) => |s, a, b| (a, sub(s, a, b));
}

// ---- words and lines ----

/// The iterator of `str::split_whitespace`: the non-empty pieces between white space.
#[derive(Clone)]
pub struct SplitWhitespace<'a> {
    pub(super) inner: Split<'a, IsWhitespace>,
}

/// The iterator of `str::split_ascii_whitespace`.
#[derive(Clone)]
pub struct SplitAsciiWhitespace<'a> {
    pub(super) inner: Split<'a, IsAsciiWhitespace>,
}

macro_rules! nonempty_pieces {
    ($($name:ident)*) => {
        $(
            impl<'a> Iterator for $name<'a> {
                type Item = &'a str;

                #[inline]
                fn next(&mut self) -> Option<&'a str> {
                    loop {
                        let piece = self.inner.next()?;
                        if !piece.is_empty() {
                            return Some(piece);
                        }
                    }
                }
            }

            impl<'a> DoubleEndedIterator for $name<'a> {
                #[inline]
                fn next_back(&mut self) -> Option<&'a str> {
                    loop {
                        let piece = self.inner.next_back()?;
                        if !piece.is_empty() {
                            return Some(piece);
                        }
                    }
                }
            }

            impl<'a> FusedIterator for $name<'a> {}

            impl<'a> $name<'a> {
                /// The part of the string not yet split (white space before it skipped).
                pub fn remainder(&self) -> Option<&'a str> {
                    let rest = self.inner.remainder()?;
                    let rest = rest.trim_start();
                    if rest.is_empty() { None } else { Some(rest) }
                }
            }

            impl<'a> fmt::Debug for $name<'a> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(stringify!($name))?;
                    f.write_str(" { .. }")
                }
            }
        )*
    };
}

nonempty_pieces! { SplitWhitespace SplitAsciiWhitespace }

/// A line without its `\n` or `\r\n` (a lone `\r` stays).
#[inline]
fn strip_line_end(line: &str) -> &str {
    let n = line.len();
    let b = line.as_bytes();
    if n > 0 && b[n - 1] == b'\n' {
        if n > 1 && b[n - 2] == b'\r' { sub(line, 0, n - 2) } else { sub(line, 0, n - 1) }
    } else {
        line
    }
}

/// The iterator of `str::lines`.
#[derive(Clone)]
pub struct Lines<'a> {
    pub(super) inner: SplitInclusive<'a, char>,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        Some(strip_line_end(self.inner.next()?))
    }

    fn last(mut self) -> Option<&'a str> {
        self.next_back()
    }
}

impl<'a> DoubleEndedIterator for Lines<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        Some(strip_line_end(self.inner.next_back()?))
    }
}

impl<'a> FusedIterator for Lines<'a> {}

impl<'a> Lines<'a> {
    /// The part of the string not yet split into lines.
    pub fn remainder(&self) -> Option<&'a str> {
        self.inner.remainder()
    }
}

impl<'a> fmt::Debug for Lines<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Lines { .. }")
    }
}

/// The deprecated iterator of `str::lines_any`: the same lines as `lines`.
#[derive(Clone)]
pub struct LinesAny<'a>(pub(super) Lines<'a>);

impl<'a> Iterator for LinesAny<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        self.0.next()
    }
}

impl<'a> DoubleEndedIterator for LinesAny<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        self.0.next_back()
    }
}

// ---- UTF-16 ----

/// The iterator of `str::encode_utf16`: the UTF-16 units of the string.
#[derive(Clone)]
pub struct EncodeUtf16<'a> {
    pub(super) chars: Chars<'a>,
    /// The low surrogate still to come after a high one.
    pub(super) extra: u16,
}

impl<'a> Iterator for EncodeUtf16<'a> {
    type Item = u16;

    #[inline]
    fn next(&mut self) -> Option<u16> {
        if self.extra != 0 {
            let u = self.extra;
            self.extra = 0;
            return Some(u);
        }
        // FIXME: `self.chars.next()? as u32` is rejected by Ferrite's type checker
        let c = self.chars.next()?;
        let c = c as u32;
        if c < 0x10000 {
            Some(c as u16)
        } else {
            let c = c - 0x10000;
            self.extra = 0xDC00 | (c & 0x3FF) as u16;
            Some(0xD800 | (c >> 10) as u16)
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.chars.back - self.chars.front;
        let extra = if self.extra != 0 { 1 } else { 0 };
        ((len + 2) / 3 + extra, Some(len + extra))
    }
}

impl<'a> FusedIterator for EncodeUtf16<'a> {}

impl<'a> fmt::Debug for EncodeUtf16<'a> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EncodeUtf16 { .. }")
    }
}

// ---- escapes ----

/// Declares a str escape iterator: the chars of the string escaped one after the other.
macro_rules! escape_iters {
    ($($(#[$doc:meta])* $name:ident($inner:ty) => |$this:ident, $c:ident| $escape:expr;)*) => {
        $(
            $(#[$doc])*
            #[derive(Clone)]
            pub struct $name<'a> {
                pub(super) chars: Chars<'a>,
                pub(super) first: bool,
                pub(super) cur: Option<$inner>,
            }

            impl<'a> Iterator for $name<'a> {
                type Item = char;

                fn next(&mut self) -> Option<char> {
                    loop {
                        if let Some(e) = &mut self.cur {
                            if let Some(c) = e.next() {
                                return Some(c);
                            }
                        }
                        let $c = self.chars.next()?;
                        let $this = &mut *self;
                        let e = $escape;
                        self.cur = Some(e);
                    }
                }

                fn size_hint(&self) -> (usize, Option<usize>) {
                    let pending = match &self.cur {
                        Some(e) => e.len(),
                        None => 0,
                    };
                    let (lo, _) = self.chars.size_hint();
                    (pending + lo, None)
                }
            }

            impl<'a> FusedIterator for $name<'a> {}

            impl<'a> fmt::Display for $name<'a> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    let mut it = self.clone();
                    while let Some(c) = it.next() {
                        fmt::Write::write_char(f, c)?;
                    }
                    fmt::Result::Ok(())
                }
            }

            impl<'a> fmt::Debug for $name<'a> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str(stringify!($name))?;
                    f.write_str(" { .. }")
                }
            }
        )*
    };
}

escape_iters! {
    /// The iterator of `str::escape_debug`: each char as `char::escape_debug` escapes it, except
    /// that grapheme extenders after the first char stay as they are.
    EscapeDebug(crate::char::EscapeDebug) => |this, c| {
        let first = this.first;
        this.first = false;
        c.escape_debug_ext(first, true, true)
    };
    /// The iterator of `str::escape_default`: each char as `char::escape_default` escapes it.
    EscapeDefault(crate::char::EscapeDefault) => |this, c| {
        let _ = this;
        c.escape_default()
    };
    /// The iterator of `str::escape_unicode`: each char as `\u{..}`.
    EscapeUnicode(crate::char::EscapeUnicode) => |this, c| {
        let _ = this;
        c.escape_unicode()
    };
}
