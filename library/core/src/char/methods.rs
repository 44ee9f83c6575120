//! The inherent methods of `char`.

use super::{CaseMappingIter, ToLowercase, ToUppercase};
use crate::unicode;

impl char {
    pub const MAX: char = '\u{10FFFF}';

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

    /// The value of the char as a digit in `radix`.
    pub const fn to_digit(self, radix: u32) -> crate::option::Option<u32> {
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

