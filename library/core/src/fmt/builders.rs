//! Helpers for `Debug` implementations (what `#[derive(Debug)]` calls): `Formatter::debug_struct`
//! and `Formatter::debug_tuple`, with the `{:#?}` pretty form that indents nested values by four
//! spaces, byte for byte as the real std prints them.

use super::{Debug, Formatter, Result, Write};
use crate::result::Result::Ok;

/// Indents everything written through it by four spaces after each newline.
struct PadAdapter<'buf, 'state> {
    buf: &'buf mut Formatter<'state>,
    on_newline: bool,
}

impl Write for PadAdapter<'_, '_> {
    fn write_str(&mut self, s: &str) -> Result {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if self.on_newline {
                self.buf.write_str("    ")?;
            }
            let mut j = i;
            while j < bytes.len() && bytes[j] != b'\n' {
                j += 1;
            }
            let end = if j < bytes.len() { j + 1 } else { j };
            self.on_newline = j < bytes.len();
            self.buf.write_str(crate::str::sub(s, i, end))?;
            i = end;
        }
        Ok(())
    }
}

/// Formats `value` with the options of `fmt`, indented (the pretty form of a field).
fn write_padded(fmt: &mut Formatter<'_>, prefix: &str, value: &dyn Debug, suffix: &str) -> Result {
    let flags = fmt.flags;
    let fill = fmt.fill;
    let align = fmt.align;
    let width = fmt.width;
    let precision = fmt.precision;
    let mut pad = PadAdapter { buf: fmt, on_newline: true };
    let mut writer = Formatter::new(&mut pad);
    writer.flags = flags;
    writer.fill = fill;
    writer.align = align;
    writer.width = width;
    writer.precision = precision;
    writer.write_str(prefix)?;
    value.fmt(&mut writer)?;
    writer.write_str(suffix)
}

/// Made by `Formatter::debug_struct`: `Name { a: 1, b: 2 }`.
pub struct DebugStruct<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

pub(super) fn debug_struct_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugStruct<'a, 'b> {
    let result = fmt.write_str(name);
    DebugStruct { fmt, result, has_fields: false }
}

impl<'a, 'b: 'a> DebugStruct<'a, 'b> {
    /// Adds a named field.
    pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields {
                    self.result = self.fmt.write_str(" {\n");
                }
                if self.result.is_ok() { self.pretty_field(name, value) } else { self.result }
            } else {
                self.plain_field(name, value)
            };
        }
        self.has_fields = true;
        self
    }

    fn pretty_field(&mut self, name: &str, value: &dyn Debug) -> Result {
        let flags = self.fmt.flags;
        let fill = self.fmt.fill;
        let align = self.fmt.align;
        let width = self.fmt.width;
        let precision = self.fmt.precision;
        let mut pad = PadAdapter { buf: &mut *self.fmt, on_newline: true };
        let mut writer = Formatter::new(&mut pad);
        writer.flags = flags;
        writer.fill = fill;
        writer.align = align;
        writer.width = width;
        writer.precision = precision;
        writer.write_str(name)?;
        writer.write_str(": ")?;
        value.fmt(&mut writer)?;
        writer.write_str(",\n")
    }

    fn plain_field(&mut self, name: &str, value: &dyn Debug) -> Result {
        let prefix = if self.has_fields { ", " } else { " { " };
        self.fmt.write_str(prefix)?;
        self.fmt.write_str(name)?;
        self.fmt.write_str(": ")?;
        value.fmt(self.fmt)
    }

    /// Writes `..` for the fields not shown, then the closing brace.
    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields {
                    self.result = self.fmt.write_str(" {\n");
                }
                if self.result.is_ok() {
                    let mut pad = PadAdapter { buf: &mut *self.fmt, on_newline: true };
                    let r = Write::write_str(&mut pad, "..\n");
                    if r.is_ok() { self.fmt.write_str("}") } else { r }
                } else {
                    self.result
                }
            } else if self.has_fields {
                self.fmt.write_str(", .. }")
            } else {
                self.fmt.write_str(" { .. }")
            };
        }
        self.result
    }

    /// Writes the closing brace.
    pub fn finish(&mut self) -> Result {
        if self.has_fields && self.result.is_ok() {
            self.result = if self.fmt.alternate() { self.fmt.write_str("}") } else { self.fmt.write_str(" }") };
        }
        self.result
    }
}

/// Made by `Formatter::debug_tuple`: `Name(1, 2)`.
pub struct DebugTuple<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    fields: usize,
    empty_name: bool,
}

pub(super) fn debug_tuple_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugTuple<'a, 'b> {
    let result = fmt.write_str(name);
    DebugTuple { fmt, result, fields: 0, empty_name: name.is_empty() }
}

impl<'a, 'b: 'a> DebugTuple<'a, 'b> {
    /// Adds a field.
    pub fn field(&mut self, value: &dyn Debug) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if self.fields == 0 {
                    self.result = self.fmt.write_str("(\n");
                }
                if self.result.is_ok() { write_padded(self.fmt, "", value, ",\n") } else { self.result }
            } else {
                let prefix = if self.fields == 0 { "(" } else { ", " };
                let r = self.fmt.write_str(prefix);
                if r.is_ok() { value.fmt(self.fmt) } else { r }
            };
        }
        self.fields += 1;
        self
    }

    /// Writes the closing parenthesis.
    pub fn finish(&mut self) -> Result {
        if self.fields > 0 && self.result.is_ok() {
            if self.fields == 1 && self.empty_name && !self.fmt.alternate() {
                self.result = self.fmt.write_str(",");
            }
            if self.result.is_ok() {
                self.result = self.fmt.write_str(")");
            }
        }
        self.result
    }
}

/// Made by `Formatter::debug_list`: `[1, 2, 3]`.
pub struct DebugList<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

pub(super) fn debug_list_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugList<'a, 'b> {
    let result = fmt.write_str("[");
    DebugList { fmt, result, has_fields: false }
}

impl<'a, 'b: 'a> DebugList<'a, 'b> {
    /// Adds an entry.
    pub fn entry(&mut self, value: &dyn Debug) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields {
                    self.result = self.fmt.write_str("\n");
                }
                if self.result.is_ok() { write_padded(self.fmt, "", value, ",\n") } else { self.result }
            } else {
                let r = if self.has_fields { self.fmt.write_str(", ") } else { Ok(()) };
                if r.is_ok() { value.fmt(self.fmt) } else { r }
            };
        }
        self.has_fields = true;
        self
    }

    /// Adds every item of an iterator.
    pub fn entries<D: Debug, I: crate::iter::IntoIterator<Item = D>>(&mut self, entries: I) -> &mut Self {
        for e in entries {
            self.entry(&e);
        }
        self
    }

    /// Writes the closing bracket.
    pub fn finish(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = self.fmt.write_str("]");
        }
        self.result
    }
}

/// Made by `Formatter::debug_set`: `{1, 2, 3}`.
pub struct DebugSet<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

pub(super) fn debug_set_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugSet<'a, 'b> {
    let result = fmt.write_str("{");
    DebugSet { fmt, result, has_fields: false }
}

impl<'a, 'b: 'a> DebugSet<'a, 'b> {
    /// Adds an entry.
    pub fn entry(&mut self, value: &dyn Debug) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields {
                    self.result = self.fmt.write_str("\n");
                }
                if self.result.is_ok() { write_padded(self.fmt, "", value, ",\n") } else { self.result }
            } else {
                let r = if self.has_fields { self.fmt.write_str(", ") } else { Ok(()) };
                if r.is_ok() { value.fmt(self.fmt) } else { r }
            };
        }
        self.has_fields = true;
        self
    }

    /// Adds every item of an iterator.
    pub fn entries<D: Debug, I: crate::iter::IntoIterator<Item = D>>(&mut self, entries: I) -> &mut Self {
        for e in entries {
            self.entry(&e);
        }
        self
    }

    /// Writes the closing brace.
    pub fn finish(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = self.fmt.write_str("}");
        }
        self.result
    }
}

/// Made by `Formatter::debug_map`: `{1: "a", 2: "b"}`.
pub struct DebugMap<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

pub(super) fn debug_map_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugMap<'a, 'b> {
    let result = fmt.write_str("{");
    DebugMap { fmt, result, has_fields: false }
}

impl<'a, 'b: 'a> DebugMap<'a, 'b> {
    /// Adds a key and its value.
    pub fn entry(&mut self, key: &dyn Debug, value: &dyn Debug) -> &mut Self {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                if !self.has_fields {
                    self.result = self.fmt.write_str("\n");
                }
                if self.result.is_ok() { self.pretty_entry(key, value) } else { self.result }
            } else {
                self.plain_entry(key, value)
            };
        }
        self.has_fields = true;
        self
    }

    fn plain_entry(&mut self, key: &dyn Debug, value: &dyn Debug) -> Result {
        if self.has_fields {
            self.fmt.write_str(", ")?;
        }
        key.fmt(self.fmt)?;
        self.fmt.write_str(": ")?;
        value.fmt(self.fmt)
    }

    /// Key and value share one indenting writer, so a multi-line key or value stays indented.
    fn pretty_entry(&mut self, key: &dyn Debug, value: &dyn Debug) -> Result {
        let flags = self.fmt.flags;
        let fill = self.fmt.fill;
        let align = self.fmt.align;
        let width = self.fmt.width;
        let precision = self.fmt.precision;
        let mut pad = PadAdapter { buf: &mut *self.fmt, on_newline: true };
        let mut writer = Formatter::new(&mut pad);
        writer.flags = flags;
        writer.fill = fill;
        writer.align = align;
        writer.width = width;
        writer.precision = precision;
        key.fmt(&mut writer)?;
        writer.write_str(": ")?;
        value.fmt(&mut writer)?;
        writer.write_str(",\n")
    }

    /// Adds every (key, value) pair of an iterator.
    pub fn entries<K: Debug, V: Debug, I: crate::iter::IntoIterator<Item = (K, V)>>(&mut self, entries: I) -> &mut Self {
        for (k, v) in entries {
            self.entry(&k, &v);
        }
        self
    }

    /// Writes the closing brace.
    pub fn finish(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = self.fmt.write_str("}");
        }
        self.result
    }
}
