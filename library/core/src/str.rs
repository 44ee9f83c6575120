//! String slices: the inherent methods of `str` and the UTF-8 helpers formatting uses.

use crate::fmt;
use crate::result::Result::Ok;

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
