//! Input and output: the `Read`, `Write` and `BufRead` traits, the standard streams, buffered
//! readers and writers, in-memory cursors and `io::Error`. The standard streams reach the
//! program's file descriptors through Ferrite's `ferrite_read` and `ferrite_write` intrinsics.
//! Standard output is not buffered (every `write` reaches the descriptor), so what the program
//! prints interleaves with panics exactly as it happens.

use crate::fmt;
use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp;

// ---- errors ----

/// The general category of an I/O error.
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    ConnectionRefused,
    ConnectionReset,
    ConnectionAborted,
    NotConnected,
    AddrInUse,
    AddrNotAvailable,
    BrokenPipe,
    AlreadyExists,
    WouldBlock,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    Other,
}

impl ErrorKind {
    fn as_str(&self) -> &'static str {
        match *self {
            ErrorKind::NotFound => "entity not found",
            ErrorKind::PermissionDenied => "permission denied",
            ErrorKind::ConnectionRefused => "connection refused",
            ErrorKind::ConnectionReset => "connection reset",
            ErrorKind::ConnectionAborted => "connection aborted",
            ErrorKind::NotConnected => "not connected",
            ErrorKind::AddrInUse => "address in use",
            ErrorKind::AddrNotAvailable => "address not available",
            ErrorKind::BrokenPipe => "broken pipe",
            ErrorKind::AlreadyExists => "entity already exists",
            ErrorKind::WouldBlock => "operation would block",
            ErrorKind::InvalidInput => "invalid input parameter",
            ErrorKind::InvalidData => "invalid data",
            ErrorKind::TimedOut => "timed out",
            ErrorKind::WriteZero => "write zero",
            ErrorKind::Interrupted => "operation interrupted",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::UnexpectedEof => "unexpected end of file",
            ErrorKind::OutOfMemory => "out of memory",
            ErrorKind::Other => "other error",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An I/O error: a kind, with a message or an error of its own.
pub struct Error {
    repr: Repr,
}

enum Repr {
    Simple(ErrorKind),
    SimpleMessage(ErrorKind, &'static str),
    Custom(ErrorKind, Box<dyn crate::error::Error + Send + Sync>),
}

impl Error {
    /// An error of `kind` carrying `error` (a message or another error).
    pub fn new<E>(kind: ErrorKind, error: E) -> Error
    where
        E: Into<Box<dyn crate::error::Error + Send + Sync>>,
    {
        Error { repr: Repr::Custom(kind, error.into()) }
    }

    /// An error of kind `Other` carrying `error`.
    pub fn other<E>(error: E) -> Error
    where
        E: Into<Box<dyn crate::error::Error + Send + Sync>>,
    {
        Error::new(ErrorKind::Other, error)
    }

    const fn message(kind: ErrorKind, msg: &'static str) -> Error {
        Error { repr: Repr::SimpleMessage(kind, msg) }
    }

    pub fn kind(&self) -> ErrorKind {
        match self.repr {
            Repr::Simple(k) => k,
            Repr::SimpleMessage(k, _) => k,
            Repr::Custom(k, _) => k,
        }
    }

    /// The error this one carries, if any.
    pub fn get_ref(&self) -> Option<&(dyn crate::error::Error + Send + Sync + 'static)> {
        match &self.repr {
            Repr::Custom(_, e) => Some(&**e),
            _ => None,
        }
    }

    /// The error this one carries, if any.
    pub fn into_inner(self) -> Option<Box<dyn crate::error::Error + Send + Sync>> {
        match self.repr {
            Repr::Custom(_, e) => Some(e),
            _ => None,
        }
    }

    /// The operating system's error code: Ferrite's programs have none.
    pub fn raw_os_error(&self) -> Option<i32> {
        None
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { repr: Repr::Simple(kind) }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Simple(k) => f.debug_tuple("Kind").field(k).finish(),
            Repr::SimpleMessage(k, m) => f.debug_struct("Error").field("kind", k).field("message", m).finish(),
            Repr::Custom(k, e) => f.debug_struct("Custom").field("kind", k).field("error", e).finish(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Simple(k) => f.write_str(k.as_str()),
            Repr::SimpleMessage(_, m) => f.write_str(m),
            Repr::Custom(_, e) => fmt::Display::fmt(&**e, f),
        }
    }
}

impl crate::error::Error for Error {}

/// The result of an I/O operation.
pub type Result<T> = core::result::Result<T, Error>;

// ---- the traits ----

/// A source of bytes.
pub trait Read {
    /// Reads some bytes into `buf`; returns how many (0 at the end of the input).
    fn read(&mut self, buf: &mut [u8]) -> Result<usize>;

    /// Reads everything that is left, appending it to `buf`; returns how many bytes.
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        let start = buf.len();
        let mut chunk = [0u8; 256];
        loop {
            match self.read(&mut chunk) {
                Ok(0) => return Ok(buf.len() - start),
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Reads everything that is left as UTF-8, appending it to `buf`.
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        let mut bytes = Vec::new();
        self.read_to_end(&mut bytes)?;
        append_utf8(buf, bytes)
    }

    /// Fills `buf` completely, or fails with `UnexpectedEof`.
    fn read_exact(&mut self, mut buf: &mut [u8]) -> Result<()> {
        while !buf.is_empty() {
            match self.read(buf) {
                Ok(0) => return Err(Error::message(ErrorKind::UnexpectedEof, "failed to fill whole buffer")),
                Ok(n) => {
                    let rest = buf;
                    buf = &mut rest[n..];
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// The bytes of this reader, one at a time.
    fn bytes(self) -> Bytes<Self>
    where
        Self: Sized,
    {
        Bytes { inner: self }
    }

    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }

    /// At most `limit` bytes of this reader.
    fn take(self, limit: u64) -> Take<Self>
    where
        Self: Sized,
    {
        Take { inner: self, limit }
    }
}

fn append_utf8(buf: &mut String, bytes: Vec<u8>) -> Result<usize> {
    if !is_utf8(&bytes) {
        return Err(Error::message(ErrorKind::InvalidData, "stream did not contain valid UTF-8"));
    }
    buf.push_str(unsafe { core::str::from_utf8_unchecked(&bytes) });
    Ok(bytes.len())
}

/// Whether `b` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
fn is_utf8(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (n, min) = if c < 0x80 {
            (0, 0)
        } else if c & 0xE0 == 0xC0 {
            (1, 0x80)
        } else if c & 0xF0 == 0xE0 {
            (2, 0x800)
        } else if c & 0xF8 == 0xF0 {
            (3, 0x10000)
        } else {
            return false;
        };
        let mut v: u32 = if n == 0 { c as u32 } else { (c as u32) & (0x7F >> (n + 1)) };
        for k in 1..=n {
            match b.get(i + k) {
                Some(&cc) if cc & 0xC0 == 0x80 => v = (v << 6) | (cc as u32 & 0x3F),
                _ => return false,
            }
        }
        if v < min || v > 0x10FFFF || (0xD800..=0xDFFF).contains(&v) {
            return false;
        }
        i += n + 1;
    }
    true
}

/// A sink of bytes.
pub trait Write {
    /// Writes some of `buf`; returns how many bytes.
    fn write(&mut self, buf: &[u8]) -> Result<usize>;

    /// Makes everything written so far reach its destination.
    fn flush(&mut self) -> Result<()>;

    /// Writes all of `buf`.
    fn write_all(&mut self, mut buf: &[u8]) -> Result<()> {
        while !buf.is_empty() {
            match self.write(buf) {
                Ok(0) => return Err(Error::message(ErrorKind::WriteZero, "failed to write whole buffer")),
                Ok(n) => buf = &buf[n..],
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Writes formatted text: what `write!` and `writeln!` call.
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> {
        struct Adapter<'a, T: ?Sized + 'a> {
            inner: &'a mut T,
            error: Result<()>,
        }

        impl<T: Write + ?Sized> fmt::Write for Adapter<'_, T> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                match self.inner.write_all(s.as_bytes()) {
                    Ok(()) => Ok(()),
                    Err(e) => {
                        self.error = Err(e);
                        Err(fmt::Error)
                    }
                }
            }
        }

        let mut out = Adapter { inner: self, error: Ok(()) };
        match fmt::write(&mut out, args) {
            Ok(()) => Ok(()),
            Err(..) => {
                if out.error.is_err() {
                    out.error
                } else {
                    Err(Error::message(ErrorKind::Other, "formatter error"))
                }
            }
        }
    }

    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }
}

/// A reader with a buffer of its own, which can be read a line at a time.
pub trait BufRead: Read {
    /// The buffered bytes, reading more if there are none.
    fn fill_buf(&mut self) -> Result<&[u8]>;

    /// Marks `amt` buffered bytes as read.
    fn consume(&mut self, amt: usize);

    /// Whether there is nothing left to read.
    fn has_data_left(&mut self) -> Result<bool> {
        self.fill_buf().map(|b| !b.is_empty())
    }

    /// Reads up to and including `byte`, appending to `buf`; returns how many bytes.
    fn read_until(&mut self, byte: u8, buf: &mut Vec<u8>) -> Result<usize> {
        let mut read = 0;
        loop {
            let (done, used) = {
                let available = match self.fill_buf() {
                    Ok(b) => b,
                    Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                };
                match available.iter().position(|b| *b == byte) {
                    Some(i) => {
                        buf.extend_from_slice(&available[..=i]);
                        (true, i + 1)
                    }
                    None => {
                        buf.extend_from_slice(available);
                        (available.is_empty(), available.len())
                    }
                }
            };
            self.consume(used);
            read += used;
            if done {
                return Ok(read);
            }
        }
    }

    /// Skips up to and including `byte`; returns how many bytes.
    fn skip_until(&mut self, byte: u8) -> Result<usize> {
        let mut skipped = Vec::new();
        self.read_until(byte, &mut skipped)
    }

    /// Reads a line, with its `\n`, appending it to `buf`; returns how many bytes (0 at the end).
    fn read_line(&mut self, buf: &mut String) -> Result<usize> {
        let mut bytes = Vec::new();
        self.read_until(b'\n', &mut bytes)?;
        append_utf8(buf, bytes)
    }

    /// The lines of this reader, without their `\n` or `\r\n`.
    fn lines(self) -> Lines<Self>
    where
        Self: Sized,
    {
        Lines { buf: self }
    }

    /// The pieces of this reader between `byte`s.
    fn split(self, byte: u8) -> Split<Self>
    where
        Self: Sized,
    {
        Split { buf: self, delim: byte }
    }
}

/// An iterator over the lines of a reader (`BufRead::lines`).
#[derive(Debug)]
pub struct Lines<B> {
    buf: B,
}

impl<B: BufRead> Iterator for Lines<B> {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        let mut line = String::new();
        match self.buf.read_line(&mut line) {
            Ok(0) => None,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Some(Ok(line))
            }
            Err(e) => Some(Err(e)),
        }
    }
}

/// An iterator over the pieces of a reader between a byte (`BufRead::split`).
#[derive(Debug)]
pub struct Split<B> {
    buf: B,
    delim: u8,
}

impl<B: BufRead> Iterator for Split<B> {
    type Item = Result<Vec<u8>>;

    fn next(&mut self) -> Option<Result<Vec<u8>>> {
        let mut piece = Vec::new();
        match self.buf.read_until(self.delim, &mut piece) {
            Ok(0) => None,
            Ok(_) => {
                if piece[piece.len() - 1] == self.delim {
                    piece.pop();
                }
                Some(Ok(piece))
            }
            Err(e) => Some(Err(e)),
        }
    }
}

/// An iterator over the bytes of a reader (`Read::bytes`).
#[derive(Debug)]
pub struct Bytes<R> {
    inner: R,
}

impl<R: Read> Iterator for Bytes<R> {
    type Item = Result<u8>;

    fn next(&mut self) -> Option<Result<u8>> {
        let mut b = [0u8; 1];
        loop {
            return match self.inner.read(&mut b) {
                Ok(0) => None,
                Ok(_) => Some(Ok(b[0])),
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => Some(Err(e)),
            };
        }
    }
}

/// At most a given number of bytes of a reader (`Read::take`).
#[derive(Debug)]
pub struct Take<R> {
    inner: R,
    limit: u64,
}

impl<R> Take<R> {
    pub fn limit(&self) -> u64 {
        self.limit
    }

    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Read> Read for Take<R> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        if self.limit == 0 {
            return Ok(0);
        }
        let max = cmp::min(buf.len() as u64, self.limit) as usize;
        let n = self.inner.read(&mut buf[..max])?;
        self.limit -= n as u64;
        Ok(n)
    }
}

// ---- readers and writers of memory ----

impl Read for &[u8] {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let n = cmp::min(buf.len(), self.len());
        buf[..n].copy_from_slice(&self[..n]);
        *self = &self[n..];
        Ok(n)
    }
}

impl BufRead for &[u8] {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        Ok(*self)
    }

    fn consume(&mut self, amt: usize) {
        *self = &self[amt..];
    }
}

impl Write for Vec<u8> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        self.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl Write for &mut [u8] {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        let n = cmp::min(data.len(), self.len());
        let (a, b) = core::mem::replace(self, &mut []).split_at_mut(n);
        a.copy_from_slice(&data[..n]);
        *self = b;
        Ok(n)
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

/// Reading takes bytes from the front of the deque.
impl Read for VecDeque<u8> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let (ref mut front, _) = self.as_slices();
        let n = Read::read(front, buf)?;
        self.drain(..n);
        Ok(n)
    }

    /// Copies from the first slice, and from the second one when the first is too short.
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        let (front, back) = self.as_slices();
        if buf.len() <= front.len() {
            buf.copy_from_slice(&front[..buf.len()]);
        } else if buf.len() - front.len() <= back.len() {
            let (buf_front, buf_back) = buf.split_at_mut(front.len());
            buf_front.copy_from_slice(front);
            buf_back.copy_from_slice(&back[..buf_back.len()]);
        } else {
            self.clear();
            return Err(Error::message(ErrorKind::UnexpectedEof, "failed to fill whole buffer"));
        }
        self.drain(..buf.len());
        Ok(())
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        let len = self.len();
        buf.reserve(len);
        let (front, back) = self.as_slices();
        buf.extend_from_slice(front);
        buf.extend_from_slice(back);
        self.clear();
        Ok(len)
    }
}

/// The buffer is the first slice of the deque; consuming drains from the front.
impl BufRead for VecDeque<u8> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        let (front, _) = self.as_slices();
        Ok(front)
    }

    fn consume(&mut self, amt: usize) {
        self.drain(..amt);
    }
}

/// Writing appends to the back of the deque.
impl Write for VecDeque<u8> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        self.extend(buf);
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        self.extend(buf);
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl<R: Read + ?Sized> Read for &mut R {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        (**self).read(buf)
    }
}

impl<B: BufRead + ?Sized> BufRead for &mut B {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        (**self).fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        (**self).consume(amt)
    }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        (**self).write(buf)
    }

    fn flush(&mut self) -> Result<()> {
        (**self).flush()
    }
}

impl<R: Read + ?Sized> Read for Box<R> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        (**self).read(buf)
    }
}

impl<W: Write + ?Sized> Write for Box<W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        (**self).write(buf)
    }

    fn flush(&mut self) -> Result<()> {
        (**self).flush()
    }
}

/// A reader or writer over bytes in memory, with a position (`Cursor::new(vec)`, `Cursor::new("text".as_bytes())`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Cursor<T> {
    inner: T,
    pos: u64,
}

impl<T> Cursor<T> {
    pub fn new(inner: T) -> Cursor<T> {
        Cursor { inner, pos: 0 }
    }

    pub fn into_inner(self) -> T {
        self.inner
    }

    pub fn get_ref(&self) -> &T {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.inner
    }

    pub fn position(&self) -> u64 {
        self.pos
    }

    pub fn set_position(&mut self, pos: u64) {
        self.pos = pos;
    }
}

impl<T: AsRef<[u8]>> Read for Cursor<T> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let data = self.inner.as_ref();
        let start = cmp::min(self.pos, data.len() as u64) as usize;
        let n = cmp::min(buf.len(), data.len() - start);
        buf[..n].copy_from_slice(&data[start..start + n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl<T: AsRef<[u8]>> BufRead for Cursor<T> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        let data = self.inner.as_ref();
        let start = cmp::min(self.pos, data.len() as u64) as usize;
        Ok(&data[start..])
    }

    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
    }
}

/// Writes `buf` into `vec` at `*pos` (overwriting, then growing), advancing `*pos`.
fn write_at(vec: &mut Vec<u8>, pos: &mut u64, buf: &[u8]) -> usize {
    let at = *pos as usize;
    if vec.len() < at {
        vec.resize(at, 0);
    }
    let overlap = cmp::min(buf.len(), vec.len() - at);
    vec[at..at + overlap].copy_from_slice(&buf[..overlap]);
    vec.extend_from_slice(&buf[overlap..]);
    *pos += buf.len() as u64;
    buf.len()
}

impl Write for Cursor<Vec<u8>> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(write_at(&mut self.inner, &mut self.pos, buf))
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl Write for Cursor<&mut Vec<u8>> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(write_at(self.inner, &mut self.pos, buf))
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

/// A reader that is always at its end.
#[derive(Debug, Default, Clone, Copy)]
pub struct Empty;

pub const fn empty() -> Empty {
    Empty
}

impl Read for Empty {
    fn read(&mut self, _buf: &mut [u8]) -> Result<usize> {
        Ok(0)
    }
}

impl BufRead for Empty {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        Ok(&[])
    }

    fn consume(&mut self, _amt: usize) {}
}

/// A writer that throws everything away.
#[derive(Debug, Default, Clone, Copy)]
pub struct Sink;

pub const fn sink() -> Sink {
    Sink
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

// ---- buffering ----

const DEFAULT_BUF_SIZE: usize = 8 * 1024;

/// Adds a buffer to a reader, and `BufRead`.
pub struct BufReader<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    cap: usize,
}

impl<R: Read> BufReader<R> {
    pub fn new(inner: R) -> BufReader<R> {
        BufReader::with_capacity(DEFAULT_BUF_SIZE, inner)
    }

    pub fn with_capacity(capacity: usize, inner: R) -> BufReader<R> {
        let mut buf = Vec::with_capacity(capacity);
        buf.resize(capacity, 0);
        BufReader { inner, buf, pos: 0, cap: 0 }
    }
}

impl<R> BufReader<R> {
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }

    /// The bytes read from the inner reader but not yet from this one.
    pub fn buffer(&self) -> &[u8] {
        &self.buf[self.pos..self.cap]
    }

    pub fn capacity(&self) -> usize {
        self.buf.len()
    }

    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Read> Read for BufReader<R> {
    fn read(&mut self, out: &mut [u8]) -> Result<usize> {
        if self.pos == self.cap && out.len() >= self.buf.len() {
            return self.inner.read(out);
        }
        let n = {
            let mut rem = self.fill_buf()?;
            rem.read(out)?
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for BufReader<R> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        if self.pos >= self.cap {
            self.cap = self.inner.read(&mut self.buf)?;
            self.pos = 0;
        }
        Ok(&self.buf[self.pos..self.cap])
    }

    fn consume(&mut self, amt: usize) {
        self.pos = cmp::min(self.pos + amt, self.cap);
    }
}

impl<R: fmt::Debug> fmt::Debug for BufReader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BufReader")
            .field("reader", &self.inner)
            .field("buffer", &format_args!("{}/{}", self.cap - self.pos, self.buf.len()))
            .finish()
    }
}

/// Adds a buffer to a writer: writes reach it when the buffer is full, on `flush`, and when dropped.
pub struct BufWriter<W: Write> {
    inner: Option<W>,
    buf: Vec<u8>,
    capacity: usize,
}

impl<W: Write> BufWriter<W> {
    pub fn new(inner: W) -> BufWriter<W> {
        BufWriter::with_capacity(DEFAULT_BUF_SIZE, inner)
    }

    pub fn with_capacity(capacity: usize, inner: W) -> BufWriter<W> {
        BufWriter { inner: Some(inner), buf: Vec::with_capacity(capacity), capacity }
    }

    fn flush_buf(&mut self) -> Result<()> {
        let r = match self.inner.as_mut() {
            Some(w) => w.write_all(&self.buf),
            None => Ok(()),
        };
        self.buf.clear();
        r
    }

    pub fn get_ref(&self) -> &W {
        self.inner.as_ref().unwrap()
    }

    pub fn get_mut(&mut self) -> &mut W {
        self.inner.as_mut().unwrap()
    }

    /// The bytes written to this writer but not yet to the inner one.
    pub fn buffer(&self) -> &[u8] {
        &self.buf
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Flushes the buffer and gives back the inner writer.
    pub fn into_inner(mut self) -> core::result::Result<W, IntoInnerError<BufWriter<W>>> {
        match self.flush_buf() {
            Ok(()) => Ok(self.inner.take().unwrap()),
            Err(e) => Err(IntoInnerError(self, e)),
        }
    }
}

impl<W: Write> Write for BufWriter<W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        if self.buf.len() + buf.len() > self.capacity {
            self.flush_buf()?;
        }
        if buf.len() >= self.capacity {
            self.inner.as_mut().unwrap().write(buf)
        } else {
            self.buf.extend_from_slice(buf);
            Ok(buf.len())
        }
    }

    fn flush(&mut self) -> Result<()> {
        self.flush_buf()?;
        self.inner.as_mut().unwrap().flush()
    }
}

impl<W: Write> Drop for BufWriter<W> {
    fn drop(&mut self) {
        if self.inner.is_some() {
            let _ = self.flush_buf();
        }
    }
}

impl<W: Write + fmt::Debug> fmt::Debug for BufWriter<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BufWriter")
            .field("writer", self.inner.as_ref().unwrap())
            .field("buffer", &format_args!("{}/{}", self.buf.len(), self.capacity))
            .finish()
    }
}

/// The error of `BufWriter::into_inner`: the writer, and why its buffer could not be written.
#[derive(Debug)]
pub struct IntoInnerError<W>(W, Error);

impl<W> IntoInnerError<W> {
    pub fn error(&self) -> &Error {
        &self.1
    }

    pub fn into_inner(self) -> W {
        self.0
    }
}

impl<W> fmt::Display for IntoInnerError<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.1, f)
    }
}

/// Buffers a writer until each line is complete (as `Stdout` does in std).
pub struct LineWriter<W: Write> {
    inner: BufWriter<W>,
}

impl<W: Write> LineWriter<W> {
    pub fn new(inner: W) -> LineWriter<W> {
        LineWriter { inner: BufWriter::with_capacity(1024, inner) }
    }

    pub fn get_ref(&self) -> &W {
        self.inner.get_ref()
    }
}

impl<W: Write> Write for LineWriter<W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        let n = self.inner.write(buf)?;
        if buf[..n].contains(&b'\n') {
            self.inner.flush()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> Result<()> {
        self.inner.flush()
    }
}

// ---- the standard streams ----

/// A file descriptor of the program, read or written without a buffer of its own.
struct Fd(i32);

impl Fd {
    fn write(&self, buf: &[u8]) -> Result<usize> {
        let n = unsafe { core::intrinsics::ferrite_write(self.0, buf.as_ptr(), buf.len()) };
        if n < 0 { Err(Error::message(ErrorKind::BrokenPipe, "the stream is closed")) } else { Ok(n as usize) }
    }

    fn read(&self, buf: &mut [u8]) -> Result<usize> {
        let n = unsafe { core::intrinsics::ferrite_read(self.0, buf.as_mut_ptr(), buf.len()) };
        if n < 0 { Err(Error::message(ErrorKind::Unsupported, "the stream cannot be read")) } else { Ok(n as usize) }
    }
}

impl fmt::Write for Fd {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut done = 0;
        while done < s.len() {
            match Fd::write(self, &s.as_bytes()[done..]) {
                Ok(n) => done += n,
                Err(_) => return Err(fmt::Error),
            }
        }
        Ok(())
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments<'_>) {
    if fmt::write(&mut Fd(1), args).is_err() {
        panic!("failed printing to stdout: formatter error");
    }
}

#[doc(hidden)]
pub fn _eprint(args: fmt::Arguments<'_>) {
    if fmt::write(&mut Fd(2), args).is_err() {
        panic!("failed printing to stderr: formatter error");
    }
}

// The standard output and error: each a handle, a lock (both write straight to the descriptor).
macro_rules! std_stream {
    ($(#[$doc:meta])* $Handle:ident, $Lock:ident, $make:ident, $fd:expr) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $Handle {
            _private: (),
        }

        /// The stream locked for the caller (`lock()`).
        #[derive(Debug)]
        pub struct $Lock<'a> {
            _marker: core::marker::PhantomData<&'a $Handle>,
        }

        pub fn $make() -> $Handle {
            $Handle { _private: () }
        }

        impl $Handle {
            pub fn lock(&self) -> $Lock<'static> {
                $Lock { _marker: core::marker::PhantomData }
            }
        }

        impl Write for $Handle {
            fn write(&mut self, buf: &[u8]) -> Result<usize> {
                Fd($fd).write(buf)
            }

            fn flush(&mut self) -> Result<()> {
                Ok(())
            }
        }

        impl Write for &$Handle {
            fn write(&mut self, buf: &[u8]) -> Result<usize> {
                Fd($fd).write(buf)
            }

            fn flush(&mut self) -> Result<()> {
                Ok(())
            }
        }

        impl Write for $Lock<'_> {
            fn write(&mut self, buf: &[u8]) -> Result<usize> {
                Fd($fd).write(buf)
            }

            fn flush(&mut self) -> Result<()> {
                Ok(())
            }
        }
    };
}

std_stream!(
    /// The program's standard output (`io::stdout()`).
    Stdout, StdoutLock, stdout, 1
);
std_stream!(
    /// The program's standard error (`io::stderr()`).
    Stderr, StderrLock, stderr, 2
);

/// What standard input has read from the descriptor but not handed out yet: one buffer for the
/// whole program, as std's (reading through one `Stdin` and then another loses nothing).
static STDIN_BUF: crate::sync::Mutex<StdinBuf> = crate::sync::Mutex::new(StdinBuf { buf: Vec::new(), pos: 0 });

struct StdinBuf {
    buf: Vec<u8>,
    pos: usize,
}

impl StdinBuf {
    fn fill(&mut self) -> Result<&[u8]> {
        if self.pos >= self.buf.len() {
            self.buf.clear();
            self.buf.resize(DEFAULT_BUF_SIZE, 0);
            let n = Fd(0).read(&mut self.buf);
            let n = match n {
                Ok(n) => n,
                Err(e) => {
                    self.buf.clear();
                    return Err(e);
                }
            };
            self.buf.truncate(n);
            self.pos = 0;
        }
        Ok(&self.buf[self.pos..])
    }
}

/// The program's standard input (`io::stdin()`).
#[derive(Debug)]
pub struct Stdin {
    _private: (),
}

/// A locked standard input (`Stdin::lock`): `BufRead`.
pub struct StdinLock<'a> {
    inner: crate::sync::MutexGuard<'a, StdinBuf>,
}

pub fn stdin() -> Stdin {
    Stdin { _private: () }
}

impl Stdin {
    pub fn lock(&self) -> StdinLock<'static> {
        StdinLock { inner: STDIN_BUF.lock().unwrap_or_else(|e| e.into_inner()) }
    }

    /// Reads a line, with its `\n`, appending it to `buf`; returns how many bytes (0 at the end).
    pub fn read_line(&self, buf: &mut String) -> Result<usize> {
        self.lock().read_line(buf)
    }

    /// The lines of standard input.
    pub fn lines(self) -> Lines<StdinLock<'static>> {
        self.lock().lines()
    }
}

impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        self.lock().read(buf)
    }
}

impl Read for StdinLock<'_> {
    fn read(&mut self, out: &mut [u8]) -> Result<usize> {
        let n = {
            let mut avail = self.fill_buf()?;
            avail.read(out)?
        };
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for StdinLock<'_> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        self.inner.fill()
    }

    fn consume(&mut self, amt: usize) {
        self.inner.pos = cmp::min(self.inner.pos + amt, self.inner.buf.len());
    }
}

impl fmt::Debug for StdinLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StdinLock { .. }")
    }
}

/// Everything a reader has, written to a writer; returns how many bytes.
pub fn copy<R: Read + ?Sized, W: Write + ?Sized>(reader: &mut R, writer: &mut W) -> Result<u64> {
    let mut buf = [0u8; 1024];
    let mut total = 0u64;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        writer.write_all(&buf[..n])?;
        total += n as u64;
    }
}

/// Reads all of standard input into a string.
pub fn read_to_string<R: Read>(mut reader: R) -> Result<String> {
    let mut s = String::new();
    reader.read_to_string(&mut s)?;
    Ok(s)
}

/// The traits, for `use std::io::prelude::*`.
pub mod prelude {
    pub use super::{BufRead, Read, Write};
}
