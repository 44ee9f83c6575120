//! Decoding UTF-16: `char::decode_utf16`.

use crate::clone::Clone;
use crate::fmt;
use crate::iter::{FusedIterator, IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

/// The iterator of `char::decode_utf16`: chars, and an error for each unpaired surrogate.
#[derive(Clone, Debug)]
pub struct DecodeUtf16<I>
where
    I: Iterator<Item = u16>,
{
    iter: I,
    /// A unit read ahead after a leading surrogate it did not complete.
    buf: Option<u16>,
}

/// An unpaired surrogate met while decoding UTF-16.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeUtf16Error {
    code: u16,
}

/// The chars of the UTF-16 units of `iter`; each unpaired surrogate gives an error.
#[inline]
pub fn decode_utf16<I: IntoIterator<Item = u16>>(iter: I) -> DecodeUtf16<I::IntoIter> {
    DecodeUtf16 { iter: iter.into_iter(), buf: None }
}

impl<I: Iterator<Item = u16>> Iterator for DecodeUtf16<I> {
    type Item = Result<char, DecodeUtf16Error>;

    fn next(&mut self) -> Option<Result<char, DecodeUtf16Error>> {
        let u = match self.buf.take() {
            Some(u) => u,
            None => self.iter.next()?,
        };
        if u < 0xD800 || u > 0xDFFF {
            return Some(Ok(unsafe { char::from_u32_unchecked(u as u32) }));
        }
        if u >= 0xDC00 {
            // a trailing surrogate without its leading one
            return Some(Err(DecodeUtf16Error { code: u }));
        }
        let u2 = match self.iter.next() {
            Some(u2) => u2,
            None => return Some(Err(DecodeUtf16Error { code: u })),
        };
        if u2 < 0xDC00 || u2 > 0xDFFF {
            // not the trailing half: the leading one is unpaired, and `u2` is decoded next
            self.buf = Some(u2);
            return Some(Err(DecodeUtf16Error { code: u }));
        }
        let c = (((u as u32) & 0x3FF) << 10 | ((u2 as u32) & 0x3FF)) + 0x10000;
        Some(Ok(unsafe { char::from_u32_unchecked(c) }))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (lo, hi) = self.iter.size_hint();
        let (lo_buf, hi_buf) = match self.buf {
            None => (0, 0),
            Some(u) if u < 0xD800 || u > 0xDFFF => (1, 1),
            Some(_) => (1, 2),
        };
        // two units per char at most, one at least
        let lo = lo / 2 + lo % 2 + lo_buf;
        let hi = match hi {
            Some(h) => h.checked_add(hi_buf),
            None => None,
        };
        (lo, hi)
    }
}

impl<I: Iterator<Item = u16> + FusedIterator> FusedIterator for DecodeUtf16<I> {}

impl DecodeUtf16Error {
    /// The unpaired surrogate.
    pub fn unpaired_surrogate(&self) -> u16 {
        self.code
    }
}

impl fmt::Display for DecodeUtf16Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unpaired surrogate found: {:x}", self.code)
    }
}

impl crate::error::Error for DecodeUtf16Error {}
