//! The inherent methods of `char`.

use super::{CaseMappingIter, DecodeUtf16, EscapeDebug, EscapeDefault, EscapeUnicode, ToLowercase, ToUppercase};
use crate::iter::IntoIterator;
use crate::unicode;

impl char {
    /// The lowest char, `'\0'`.
    pub const MIN: char = '\0';

    /// The highest char, `'\u{10FFFF}'`.
    pub const MAX: char = '\u{10FFFF}';

    /// `U+FFFD`, the char that stands for undecodable input.
    pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

    /// The version of Unicode that `char`'s methods follow.
    pub const UNICODE_VERSION: (u8, u8, u8) = (17, 0, 0);

    /// The chars of the UTF-16 units of `iter`; each unpaired surrogate gives an error.
    #[inline]
    pub fn decode_utf16<I: IntoIterator<Item = u16>>(iter: I) -> DecodeUtf16<I::IntoIter> {
        super::decode_utf16(iter)
    }

    /// The char with code point `i`, which must be one (not a surrogate, at most `char::MAX`).
    #[inline]
    pub const unsafe fn from_u32_unchecked(i: u32) -> char {
        unsafe { crate::intrinsics::transmute::<u32, char>(i) }
    }

    /// The number of 16-bit units this char needs in UTF-16.
    #[inline]
    pub const fn len_utf16(self) -> usize {
        if (self as u32) < 0x10000 { 1 } else { 2 }
    }

    /// Encodes this char as UTF-16 into `dst`, returning the used part.
    #[inline]
    pub fn encode_utf16(self, dst: &mut [u16]) -> &mut [u16] {
        let mut code = self as u32;
        if code < 0x10000 {
            dst[0] = code as u16;
            &mut dst[..1]
        } else {
            code -= 0x10000;
            dst[0] = 0xD800 | (code >> 10) as u16;
            dst[1] = 0xDC00 | (code & 0x3FF) as u16;
            &mut dst[..2]
        }
    }

    /// The char as Rust source would write it in a char literal: `\t`, `\r`, `\n`, `\'`, `\"`,
    /// `\\` escaped, printable ASCII as itself, everything else as `\u{..}`.
    #[inline]
    pub fn escape_default(self) -> EscapeDefault {
        EscapeDefault::new(self)
    }

    /// The char as `\u{..}` with its code point in lower-case hex.
    #[inline]
    pub fn escape_unicode(self) -> EscapeUnicode {
        EscapeUnicode::new(self)
    }

    /// The char escaped as `Debug` escapes it: `\0`, `\t`, `\r`, `\n`, `\\` and both quotes
    /// with a backslash, chars that are not printable and grapheme extenders as `\u{..}`.
    #[inline]
    pub fn escape_debug(self) -> EscapeDebug {
        EscapeDebug::new(self, true, true, true)
    }

    /// `escape_debug` with a choice of what to escape beyond the control chars and backslash:
    /// grapheme extenders, single quotes, double quotes (what `{:?}` of a char or a str needs).
    #[inline]
    pub(crate) fn escape_debug_ext(self, grapheme_extended: bool, single_quote: bool, double_quote: bool) -> EscapeDebug {
        EscapeDebug::new(self, grapheme_extended, single_quote, double_quote)
    }

    /// The number of bytes this char needs in UTF-8.
    #[inline]
    pub const fn len_utf8(self) -> usize {
        let c = self as u32;
        if c < 0x80 {
            1
        } else if c < 0x800 {
            2
        } else if c < 0x10000 {
            3
        } else {
            4
        }
    }

    /// Encodes this char as UTF-8 into `dst`, returning the used part as a string.
    #[inline]
    pub fn encode_utf8(self, dst: &mut [u8]) -> &mut str {
        let c = self as u32;
        let len = self.len_utf8();
        if len == 1 {
            dst[0] = c as u8;
        } else if len == 2 {
            dst[0] = (0xC0 | (c >> 6)) as u8;
            dst[1] = (0x80 | (c & 0x3F)) as u8;
        } else if len == 3 {
            dst[0] = (0xE0 | (c >> 12)) as u8;
            dst[1] = (0x80 | ((c >> 6) & 0x3F)) as u8;
            dst[2] = (0x80 | (c & 0x3F)) as u8;
        } else {
            dst[0] = (0xF0 | (c >> 18)) as u8;
            dst[1] = (0x80 | ((c >> 12) & 0x3F)) as u8;
            dst[2] = (0x80 | ((c >> 6) & 0x3F)) as u8;
            dst[3] = (0x80 | (c & 0x3F)) as u8;
        }
        unsafe {
            let bytes = crate::slice::from_raw_parts_mut(dst.as_mut_ptr(), len);
            crate::intrinsics::transmute::<&mut [u8], &mut str>(bytes)
        }
    }

    #[inline]
    pub const fn is_ascii_digit(&self) -> bool {
        *self >= '0' && *self <= '9'
    }

    #[inline]
    pub const fn is_ascii(&self) -> bool {
        (*self as u32) < 0x80
    }

    /// Whether the char has the Unicode `White_Space` property.
    pub const fn is_whitespace(self) -> bool {
        match self {
            ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r' => true,
            '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => true,
            '\u{2000}'..='\u{200A}' => true,
            _ => false,
        }
    }

    pub const fn is_ascii_lowercase(&self) -> bool {
        matches!(*self, 'a'..='z')
    }

    pub const fn is_ascii_uppercase(&self) -> bool {
        matches!(*self, 'A'..='Z')
    }

    pub const fn is_ascii_alphabetic(&self) -> bool {
        matches!(*self, 'a'..='z' | 'A'..='Z')
    }

    pub const fn is_ascii_alphanumeric(&self) -> bool {
        matches!(*self, 'a'..='z' | 'A'..='Z' | '0'..='9')
    }

    pub const fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, ' ' | '\t' | '\n' | '\x0C' | '\r')
    }

    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, '!'..='/' | ':'..='@' | '['..='`' | '{'..='~')
    }

    /// Whether the char has Unicode's `Alphabetic` property.
    #[inline]
    pub fn is_alphabetic(self) -> bool {
        match self {
            'a'..='z' | 'A'..='Z' => true,
            c => c > '\x7f' && unicode::is_alphabetic(c),
        }
    }

    /// Whether the char is in the general categories `Nd`, `Nl` or `No`.
    #[inline]
    pub fn is_numeric(self) -> bool {
        match self {
            '0'..='9' => true,
            c => c > '\x7f' && unicode::is_numeric(c),
        }
    }

    #[inline]
    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    /// Whether the char has Unicode's `Lowercase` property.
    #[inline]
    pub fn is_lowercase(self) -> bool {
        match self {
            'a'..='z' => true,
            c => c > '\x7f' && unicode::is_lowercase(c),
        }
    }

    /// Whether the char has Unicode's `Uppercase` property.
    #[inline]
    pub fn is_uppercase(self) -> bool {
        match self {
            'A'..='Z' => true,
            c => c > '\x7f' && unicode::is_uppercase(c),
        }
    }

    /// Whether the char is a control character (general category `Cc`).
    #[inline]
    pub fn is_control(self) -> bool {
        matches!(self, '\0'..='\x1f' | '\x7f'..='\u{9f}')
    }

    /// The chars of the full upper-case mapping (`'ß'` gives `"SS"`).
    pub fn to_uppercase(self) -> ToUppercase {
        if self.is_ascii() {
            ToUppercase(CaseMappingIter::one(self.to_ascii_uppercase()))
        } else {
            ToUppercase(CaseMappingIter::new(unicode::to_upper(self)))
        }
    }

    /// The chars of the full lower-case mapping (`'İ'` gives `"i\u{307}"`).
    pub fn to_lowercase(self) -> ToLowercase {
        if self.is_ascii() {
            ToLowercase(CaseMappingIter::one(self.to_ascii_lowercase()))
        } else {
            ToLowercase(CaseMappingIter::new(unicode::to_lower(self)))
        }
    }

    pub const fn is_ascii_hexdigit(&self) -> bool {
        matches!(*self, '0'..='9' | 'a'..='f' | 'A'..='F')
    }

    pub const fn is_ascii_graphic(&self) -> bool {
        matches!(*self, '!'..='~')
    }

    pub const fn is_ascii_control(&self) -> bool {
        matches!(*self, '\0'..='\x1f' | '\x7f')
    }

    pub const fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }

    pub const fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { ((*self as u8) - 32) as char } else { *self }
    }

    pub const fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { ((*self as u8) + 32) as char } else { *self }
    }

    /// The value of the char as a digit in `radix` (2 to 36).
    pub const fn to_digit(self, radix: u32) -> crate::option::Option<u32> {
        if radix < 2 || radix > 36 {
            panic!("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
        }
        let c = self as u32;
        let d = if c >= '0' as u32 && c <= '9' as u32 {
            c - '0' as u32
        } else if c >= 'a' as u32 && c <= 'z' as u32 {
            c - 'a' as u32 + 10
        } else if c >= 'A' as u32 && c <= 'Z' as u32 {
            c - 'A' as u32 + 10
        } else {
            return crate::option::Option::None;
        };
        if d < radix { crate::option::Option::Some(d) } else { crate::option::Option::None }
    }

    pub const fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }

    pub const fn from_digit(num: u32, radix: u32) -> crate::option::Option<char> {
        if radix > 36 {
            panic!("from_digit: radix is too high (maximum 36)");
        }
        if num >= radix {
            return crate::option::Option::None;
        }
        let c = if num < 10 { '0' as u32 + num } else { 'a' as u32 + num - 10 };
        crate::option::Option::Some(unsafe { crate::intrinsics::transmute::<u32, char>(c) })
    }

    pub const fn from_u32(i: u32) -> crate::option::Option<char> {
        if i > 0x10FFFF || (i >= 0xD800 && i <= 0xDFFF) {
            crate::option::Option::None
        } else {
            crate::option::Option::Some(unsafe { crate::intrinsics::transmute::<u32, char>(i) })
        }
    }
}

