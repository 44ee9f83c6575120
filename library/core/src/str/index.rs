//! Slicing strings by byte ranges: `SliceIndex<str>` for the range types (what `str::get` and
//! `&s[a..b]` take) and the `Index`/`IndexMut` impls of `str`.

use super::{decode_utf8, sub, sub_mut};
use crate::ops::{Index, IndexMut, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::option::Option::{self, None, Some};
use crate::slice::index::{IntoBounds, raw_parts};
use crate::slice::SliceIndex;

/// How much of a string a slicing panic shows: at most 256 bytes, cut on a char boundary.
const MAX_DISPLAY_LENGTH: usize = 256;

/// The string as a slicing panic shows it, and `[...]` when it was cut.
fn shown(s: &str) -> (&str, &str) {
    if s.len() <= MAX_DISPLAY_LENGTH {
        return (s, "");
    }
    let mut end = MAX_DISPLAY_LENGTH;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    (sub(s, 0, end), "[...]")
}

/// Panics as std does when `start..end` is not a substring of `s`: a start out of bounds, an
/// end out of bounds, a start after the end, then a start or end inside a char.
#[track_caller]
fn check_str_range(s: &str, start: usize, end: usize) {
    let (t, more) = shown(s);
    if start > s.len() {
        panic!("start byte index {} is out of bounds of `{}`{}", start, t, more);
    }
    if end > s.len() {
        panic!("end byte index {} is out of bounds of `{}`{}", end, t, more);
    }
    if start > end {
        panic!("begin > end ({} > {}) when slicing `{}`{}", start, end, t, more);
    }
    let (which, bad) = if !s.is_char_boundary(start) {
        ("start", start)
    } else if !s.is_char_boundary(end) {
        ("end", end)
    } else {
        return;
    };
    let mut c0 = bad;
    while !s.is_char_boundary(c0) {
        c0 -= 1;
    }
    let (c, n) = decode_utf8(s.as_bytes(), c0);
    panic!(
        "{} byte index {} is not a char boundary; it is inside {:?} (bytes {}..{}) of `{}`{}",
        which,
        bad,
        c,
        c0,
        c0 + n,
        t,
        more
    );
}

/// The panic of slicing `s` at `begin..end` when that is not a substring.
#[track_caller]
pub(crate) fn slice_error_fail(s: &str, begin: usize, end: usize) -> ! {
    check_str_range(s, begin, end);
    panic!("failed to slice string")
}

/// `check_str_range` for `start..=end`: an end at or beyond the length is reported as written.
#[track_caller]
fn check_str_range_inclusive(s: &str, start: usize, end: usize) -> (usize, usize) {
    if start <= s.len() && end >= s.len() {
        let (t, more) = shown(s);
        panic!("end byte index {} is out of bounds of `{}`{}", end, t, more);
    }
    check_str_range(s, start, end + 1);
    (start, end + 1)
}

/// Whether `start..end` is a substring of `s`.
#[inline]
fn fits(s: &str, start: usize, end: usize) -> bool {
    start <= end && end <= s.len() && s.is_char_boundary(start) && s.is_char_boundary(end)
}

/// `(start, end)` of a range for `s`, with std's panics.
trait StrBounds {
    #[track_caller]
    fn str_bounds(&self, s: &str) -> (usize, usize);
}

macro_rules! exclusive_str_bounds {
    ($($R:ty),*) => {
        $(
            impl StrBounds for $R {
                #[inline]
                #[track_caller]
                fn str_bounds(&self, s: &str) -> (usize, usize) {
                    let (start, end) = match self.bounds(s.len()) {
                        Some(b) => b,
                        None => (0, 0),
                    };
                    check_str_range(s, start, end);
                    (start, end)
                }
            }
        )*
    };
}

exclusive_str_bounds!(Range<usize>, RangeFrom<usize>, RangeTo<usize>, RangeFull);

impl StrBounds for RangeInclusive<usize> {
    #[track_caller]
    fn str_bounds(&self, s: &str) -> (usize, usize) {
        let start = if self.exhausted && self.end < usize::MAX { self.end + 1 } else { self.start };
        check_str_range_inclusive(s, start, self.end)
    }
}

impl StrBounds for RangeToInclusive<usize> {
    #[track_caller]
    fn str_bounds(&self, s: &str) -> (usize, usize) {
        check_str_range_inclusive(s, 0, self.end)
    }
}

/// A raw string pointer to `len` bytes at `data`.
#[inline]
fn raw_str(data: *const u8, len: usize) -> *const str {
    unsafe { crate::intrinsics::transmute::<(*const u8, usize), *const str>((data, len)) }
}

macro_rules! str_index {
    ($($R:ty),*) => {
        $(
            impl SliceIndex<str> for $R {
                type Output = str;

                #[inline]
                fn get(self, s: &str) -> Option<&str> {
                    match self.bounds(s.len()) {
                        Some((start, end)) if fits(s, start, end) => Some(sub(s, start, end)),
                        _ => None,
                    }
                }

                #[inline]
                fn get_mut(self, s: &mut str) -> Option<&mut str> {
                    match self.bounds(s.len()) {
                        Some((start, end)) if fits(s, start, end) => Some(sub_mut(s, start, end)),
                        _ => None,
                    }
                }

                #[inline]
                unsafe fn get_unchecked(self, s: *const str) -> *const str {
                    let (data, len) = raw_parts(crate::intrinsics::transmute::<*const str, *const [u8]>(s));
                    match self.bounds(len) {
                        Some((start, end)) => raw_str(data.add(start), end - start),
                        None => raw_str(data, 0),
                    }
                }

                #[inline]
                unsafe fn get_unchecked_mut(self, s: *mut str) -> *mut str {
                    self.get_unchecked(s as *const str) as *mut str
                }

                #[inline]
                #[track_caller]
                fn index(self, s: &str) -> &str {
                    let (start, end) = self.str_bounds(s);
                    sub(s, start, end)
                }

                #[inline]
                #[track_caller]
                fn index_mut(self, s: &mut str) -> &mut str {
                    let (start, end) = self.str_bounds(s);
                    sub_mut(s, start, end)
                }
            }

            impl Index<$R> for str {
                type Output = str;

                #[inline]
                #[track_caller]
                fn index(&self, index: $R) -> &str {
                    SliceIndex::index(index, self)
                }
            }

            impl IndexMut<$R> for str {
                #[inline]
                #[track_caller]
                fn index_mut(&mut self, index: $R) -> &mut str {
                    SliceIndex::index_mut(index, self)
                }
            }
        )*
    };
}

str_index!(
    Range<usize>,
    RangeFrom<usize>,
    RangeTo<usize>,
    RangeFull,
    RangeInclusive<usize>,
    RangeToInclusive<usize>
);
