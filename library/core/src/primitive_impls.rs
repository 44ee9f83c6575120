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
}

impl bool {
    /// `Some(t)` if true, else `None`.
    #[inline]
    pub fn then_some<T>(self, t: T) -> crate::option::Option<T> {
        if self { crate::option::Option::Some(t) } else { crate::option::Option::None }
    }
}
