//! Inherent methods of `char` and `bool`.

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

    /// FIXME: only ASCII letters; Unicode's `Alphabetic` tables are not in the library yet.
    pub fn is_alphabetic(self) -> bool {
        self.is_ascii_alphabetic() || (self as u32) > 0x7F && !self.is_whitespace()
    }

    /// FIXME: only ASCII digits; Unicode's `Numeric` tables are not in the library yet.
    pub fn is_numeric(self) -> bool {
        self.is_ascii_digit()
    }

    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    pub fn is_lowercase(self) -> bool {
        self.is_ascii_lowercase()
    }

    pub fn is_uppercase(self) -> bool {
        self.is_ascii_uppercase()
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

impl bool {
    /// `Some(f())` if true, else `None`.
    #[inline]
    pub fn then<T, F: crate::ops::FnOnce() -> T>(self, f: F) -> crate::option::Option<T> {
        if self { crate::option::Option::Some(f()) } else { crate::option::Option::None }
    }

    /// `Some(t)` if true, else `None`.
    #[inline]
    pub fn then_some<T>(self, t: T) -> crate::option::Option<T> {
        if self { crate::option::Option::Some(t) } else { crate::option::Option::None }
    }
}
