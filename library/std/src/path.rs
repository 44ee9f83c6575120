//! Paths: `Path` (borrowed, unsized like `str`) and `PathBuf` (owned), with Unix syntax: `/`
//! separates components, a leading `/` is the root. Only the syntax is handled here: nothing
//! touches a file system.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::ops;

use alloc::borrow::{Cow, ToOwned};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ffi::{OsStr, OsString};

/// The separator of path components.
pub const MAIN_SEPARATOR: char = '/';
pub const MAIN_SEPARATOR_STR: &str = "/";

/// Whether `c` separates path components.
pub fn is_separator(c: char) -> bool {
    c == '/'
}

/// A borrowed path.
#[repr(transparent)]
pub struct Path {
    inner: OsStr,
}

/// An owned, growable path.
#[derive(Clone, Default)]
pub struct PathBuf {
    inner: OsString,
}

/// One component of a path.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Component<'a> {
    /// The root `/` at the start of an absolute path.
    RootDir,
    /// A `.` at the start of a relative path (others are skipped).
    CurDir,
    /// `..`.
    ParentDir,
    /// A name.
    Normal(&'a OsStr),
}

impl<'a> Component<'a> {
    /// The component as it is written.
    pub fn as_os_str(self) -> &'a OsStr {
        match self {
            Component::RootDir => OsStr::new("/"),
            Component::CurDir => OsStr::new("."),
            Component::ParentDir => OsStr::new(".."),
            Component::Normal(s) => s,
        }
    }
}

impl AsRef<OsStr> for Component<'_> {
    fn as_ref(&self) -> &OsStr {
        self.as_os_str()
    }
}

impl AsRef<Path> for Component<'_> {
    fn as_ref(&self) -> &Path {
        self.as_os_str().as_ref()
    }
}

/// The leading component of a path that is not a name.
#[derive(Copy, Clone, PartialEq)]
enum Start {
    None,
    Root,
    CurDir,
}

/// The components of a path, front to back (or back to front): repeated separators and `.`
/// (except a leading one) are skipped.
#[derive(Clone)]
pub struct Components<'a> {
    path: &'a [u8],
    /// The leading root or `.` if not yet yielded.
    start: Start,
    /// What the path began with (for `as_path`).
    has_root: bool,
    /// The part not yet yielded, after the leading component.
    lo: usize,
    hi: usize,
}

/// The components of a path as `OsStr`s.
#[derive(Clone)]
pub struct Iter<'a> {
    inner: Components<'a>,
}

impl<'a> Components<'a> {
    fn new(path: &'a [u8]) -> Components<'a> {
        let has_root = !path.is_empty() && path[0] == b'/';
        let (start, lo) = if has_root {
            (Start::Root, 1)
        } else if path == b"." || (path.len() >= 2 && path[0] == b'.' && path[1] == b'/') {
            (Start::CurDir, 1)
        } else {
            (Start::None, 0)
        };
        Components { path, start, has_root, lo, hi: path.len() }
    }

    fn start_component(start: Start) -> Option<Component<'a>> {
        match start {
            Start::Root => Some(Component::RootDir),
            Start::CurDir => Some(Component::CurDir),
            Start::None => None,
        }
    }

    fn segment(&self, from: usize, to: usize) -> Component<'a> {
        let seg = &self.path[from..to];
        if seg == b".." {
            Component::ParentDir
        } else {
            Component::Normal(unsafe { OsStr::from_encoded_bytes_unchecked(seg) })
        }
    }

    /// The part of the path not yet yielded, without separators at its end.
    pub fn as_path(&self) -> &'a Path {
        let mut begin = if self.start != Start::None { 0 } else { self.lo };
        let mut end = self.hi;
        if self.start == Start::None {
            while begin < end && self.path[begin] == b'/' {
                begin += 1;
            }
        }
        loop {
            while end > begin && self.path[end - 1] == b'/' && !(end == 1 && self.has_root) {
                end -= 1;
            }
            // a trailing `.` component is no component
            if end >= begin + 2 && self.path[end - 1] == b'.' && self.path[end - 2] == b'/' {
                end -= 1;
                continue;
            }
            break;
        }
        Path::from_bytes(&self.path[begin..end])
    }
}

impl<'a> Iterator for Components<'a> {
    type Item = Component<'a>;

    fn next(&mut self) -> Option<Component<'a>> {
        let start = self.start;
        if start != Start::None {
            self.start = Start::None;
            return Components::start_component(start);
        }
        loop {
            while self.lo < self.hi && self.path[self.lo] == b'/' {
                self.lo += 1;
            }
            if self.lo >= self.hi {
                return None;
            }
            let from = self.lo;
            while self.lo < self.hi && self.path[self.lo] != b'/' {
                self.lo += 1;
            }
            if &self.path[from..self.lo] == b"." {
                continue;
            }
            return Some(self.segment(from, self.lo));
        }
    }
}

impl<'a> DoubleEndedIterator for Components<'a> {
    fn next_back(&mut self) -> Option<Component<'a>> {
        loop {
            while self.hi > self.lo && self.path[self.hi - 1] == b'/' {
                self.hi -= 1;
            }
            if self.hi <= self.lo {
                let start = self.start;
                self.start = Start::None;
                return Components::start_component(start);
            }
            let to = self.hi;
            while self.hi > self.lo && self.path[self.hi - 1] != b'/' {
                self.hi -= 1;
            }
            if &self.path[self.hi..to] == b"." {
                continue;
            }
            return Some(self.segment(self.hi, to));
        }
    }
}

impl FusedIterator for Components<'_> {}

impl fmt::Debug for Components<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct List<'a>(Components<'a>);
        impl fmt::Debug for List<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.0.clone()).finish()
            }
        }
        f.debug_tuple("Components").field(&List(self.clone())).finish()
    }
}

impl PartialEq for Components<'_> {
    fn eq(&self, other: &Components<'_>) -> bool {
        self.clone().eq(other.clone())
    }
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a OsStr;

    fn next(&mut self) -> Option<&'a OsStr> {
        self.inner.next().map(Component::as_os_str)
    }
}

impl<'a> DoubleEndedIterator for Iter<'a> {
    fn next_back(&mut self) -> Option<&'a OsStr> {
        self.inner.next_back().map(Component::as_os_str)
    }
}

impl FusedIterator for Iter<'_> {}

impl<'a> Iter<'a> {
    pub fn as_path(&self) -> &'a Path {
        self.inner.as_path()
    }
}

/// `file` split at its last `.`: the stem and the extension (`None` for no dot, a leading dot,
/// or `..`).
fn split_file_at_dot(file: &OsStr) -> (Option<&OsStr>, Option<&OsStr>) {
    let bytes = file.as_encoded_bytes();
    if bytes == b".." {
        return (Some(file), None);
    }
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        if bytes[i] == b'.' {
            if i == 0 {
                return (Some(file), None);
            }
            unsafe {
                return (
                    Some(OsStr::from_encoded_bytes_unchecked(&bytes[..i])),
                    Some(OsStr::from_encoded_bytes_unchecked(&bytes[i + 1..])),
                );
            }
        }
    }
    (Some(file), None)
}

impl Path {
    /// Any string-like value as a `Path` (free).
    pub fn new<S: AsRef<OsStr> + ?Sized>(s: &S) -> &Path {
        unsafe { &*(s.as_ref() as *const OsStr as *const Path) }
    }

    fn from_bytes(bytes: &[u8]) -> &Path {
        Path::new(unsafe { OsStr::from_encoded_bytes_unchecked(bytes) })
    }

    fn bytes(&self) -> &[u8] {
        self.inner.as_encoded_bytes()
    }

    #[inline]
    pub fn as_os_str(&self) -> &OsStr {
        &self.inner
    }

    pub fn as_mut_os_str(&mut self) -> &mut OsStr {
        &mut self.inner
    }

    pub fn to_str(&self) -> Option<&str> {
        self.inner.to_str()
    }

    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        self.inner.to_string_lossy()
    }

    pub fn to_path_buf(&self) -> PathBuf {
        PathBuf { inner: self.inner.to_os_string() }
    }

    /// Whether the path starts at the root (`/`).
    pub fn is_absolute(&self) -> bool {
        self.has_root()
    }

    pub fn is_relative(&self) -> bool {
        !self.is_absolute()
    }

    pub fn has_root(&self) -> bool {
        self.bytes().first() == Some(&b'/')
    }

    /// The path without its last component; `None` for the root and the empty path.
    pub fn parent(&self) -> Option<&Path> {
        let mut comps = self.components();
        match comps.next_back() {
            Some(Component::Normal(_)) | Some(Component::CurDir) | Some(Component::ParentDir) => Some(comps.as_path()),
            _ => None,
        }
    }

    /// The path, then its parent, its parent's parent, ... up to the root or the empty path.
    pub fn ancestors(&self) -> Ancestors<'_> {
        Ancestors { next: Some(self) }
    }

    /// The last component if it is a name.
    pub fn file_name(&self) -> Option<&OsStr> {
        match self.components().next_back() {
            Some(Component::Normal(name)) => Some(name),
            _ => None,
        }
    }

    /// The path relative to `base`, if `base` is a prefix of it (component-wise).
    pub fn strip_prefix<P: AsRef<Path>>(&self, base: P) -> Result<&Path, StripPrefixError> {
        let mut rest = self.components();
        let mut prefix = base.as_ref().components();
        loop {
            let mut rest_next = rest.clone();
            match (rest_next.next(), prefix.next()) {
                (Some(x), Some(y)) if x == y => rest = rest_next,
                (_, None) => return Ok(rest.as_path()),
                _ => return Err(StripPrefixError(())),
            }
        }
    }

    pub fn starts_with<P: AsRef<Path>>(&self, base: P) -> bool {
        self.strip_prefix(base).is_ok()
    }

    pub fn ends_with<P: AsRef<Path>>(&self, child: P) -> bool {
        let mut mine = self.components();
        let mut theirs = child.as_ref().components();
        loop {
            match (mine.next_back(), theirs.next_back()) {
                (_, None) => return true,
                (Some(x), Some(y)) if x == y => {}
                _ => return false,
            }
        }
    }

    /// The file name without its extension.
    pub fn file_stem(&self) -> Option<&OsStr> {
        self.file_name().map(split_file_at_dot).and_then(|(before, _)| before)
    }

    /// The file name's extension (after its last `.`, unless that is its first character).
    pub fn extension(&self) -> Option<&OsStr> {
        self.file_name().map(split_file_at_dot).and_then(|(_, after)| after)
    }

    /// This path with `path` appended (or `path` itself if it is absolute).
    pub fn join<P: AsRef<Path>>(&self, path: P) -> PathBuf {
        let mut buf = self.to_path_buf();
        buf.push(path);
        buf
    }

    pub fn with_file_name<S: AsRef<OsStr>>(&self, file_name: S) -> PathBuf {
        let mut buf = self.to_path_buf();
        buf.set_file_name(file_name);
        buf
    }

    pub fn with_extension<S: AsRef<OsStr>>(&self, extension: S) -> PathBuf {
        let mut buf = self.to_path_buf();
        buf.set_extension(extension);
        buf
    }

    pub fn components(&self) -> Components<'_> {
        Components::new(self.bytes())
    }

    pub fn iter(&self) -> Iter<'_> {
        Iter { inner: self.components() }
    }

    /// Displays the path, with U+FFFD for bytes that are not UTF-8.
    pub fn display(&self) -> Display<'_> {
        Display { path: self }
    }

    pub fn into_path_buf(self: Box<Path>) -> PathBuf {
        let inner: Box<OsStr> = unsafe { Box::from_raw(Box::into_raw(self) as *mut OsStr) };
        PathBuf { inner: inner.into_os_string() }
    }
}

/// The iterator of `Path::ancestors`.
#[derive(Copy, Clone, Debug)]
pub struct Ancestors<'a> {
    next: Option<&'a Path>,
}

impl<'a> Iterator for Ancestors<'a> {
    type Item = &'a Path;

    fn next(&mut self) -> Option<&'a Path> {
        let next = self.next;
        self.next = next.and_then(Path::parent);
        next
    }
}

impl FusedIterator for Ancestors<'_> {}

/// `Path::strip_prefix` was given something that is not a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripPrefixError(());

impl fmt::Display for StripPrefixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("prefix not found")
    }
}

impl core::error::Error for StripPrefixError {}

/// What `Path::display` returns.
pub struct Display<'a> {
    path: &'a Path,
}

impl fmt::Display for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.path.inner.display(), f)
    }
}

impl fmt::Debug for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.path, f)
    }
}

impl PathBuf {
    pub fn new() -> PathBuf {
        PathBuf { inner: OsString::new() }
    }

    pub fn with_capacity(capacity: usize) -> PathBuf {
        PathBuf { inner: OsString::with_capacity(capacity) }
    }

    pub fn as_path(&self) -> &Path {
        self
    }

    /// Appends `path` (with a separator), or replaces this path if `path` is absolute.
    pub fn push<P: AsRef<Path>>(&mut self, path: P) {
        let path = path.as_ref();
        if path.is_absolute() {
            self.inner.clear();
        } else {
            let bytes = self.inner.as_encoded_bytes();
            if !bytes.is_empty() && bytes[bytes.len() - 1] != b'/' {
                self.inner.push("/");
            }
        }
        self.inner.push(path.as_os_str());
    }

    /// Truncates the path to its parent; false if it has none.
    pub fn pop(&mut self) -> bool {
        match self.parent().map(|p| p.as_os_str().len()) {
            Some(len) => {
                self.truncate(len);
                true
            }
            None => false,
        }
    }

    fn truncate(&mut self, len: usize) {
        let mut bytes = core::mem::take(&mut self.inner).into_encoded_bytes();
        bytes.truncate(len);
        self.inner = unsafe { OsString::from_encoded_bytes_unchecked(bytes) };
    }

    /// Replaces the file name (or adds one).
    pub fn set_file_name<S: AsRef<OsStr>>(&mut self, file_name: S) {
        if self.file_name().is_some() {
            self.pop();
        }
        self.push(file_name.as_ref());
    }

    /// Replaces (or adds, or removes for an empty one) the extension; false if there is no
    /// file name.
    pub fn set_extension<S: AsRef<OsStr>>(&mut self, extension: S) -> bool {
        let stem_end = match self.file_stem() {
            None => return false,
            Some(stem) => {
                let start = self.inner.as_encoded_bytes().as_ptr() as usize;
                stem.as_encoded_bytes().as_ptr() as usize - start + stem.len()
            }
        };
        self.truncate(stem_end);
        let ext = extension.as_ref();
        if !ext.is_empty() {
            self.inner.push(".");
            self.inner.push(ext);
        }
        true
    }

    pub fn into_os_string(self) -> OsString {
        self.inner
    }

    pub fn into_boxed_path(self) -> Box<Path> {
        let inner = self.inner.into_boxed_os_str();
        unsafe { Box::from_raw(Box::into_raw(inner) as *mut Path) }
    }

    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }

    pub fn clear(&mut self) {
        self.inner.clear()
    }

    pub fn as_mut_os_string(&mut self) -> &mut OsString {
        &mut self.inner
    }
}

impl ops::Deref for PathBuf {
    type Target = Path;

    #[inline]
    fn deref(&self) -> &Path {
        Path::new(&self.inner)
    }
}

impl ops::DerefMut for PathBuf {
    fn deref_mut(&mut self) -> &mut Path {
        unsafe { &mut *(self.inner.as_mut_os_str() as *mut OsStr as *mut Path) }
    }
}

// ---- formatting, comparison, hashing ----

impl fmt::Debug for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl fmt::Debug for PathBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

/// Paths are equal when their components are (`a//b/./c` is `a/b/c`).
impl PartialEq for Path {
    fn eq(&self, other: &Path) -> bool {
        self.components().eq(other.components())
    }
}

impl Eq for Path {}

impl PartialOrd for Path {
    fn partial_cmp(&self, other: &Path) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Path {
    fn cmp(&self, other: &Path) -> Ordering {
        self.components().cmp(other.components())
    }
}

impl Hash for Path {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for c in self.components() {
            c.as_os_str().hash(state);
        }
    }
}

impl PartialEq for PathBuf {
    fn eq(&self, other: &PathBuf) -> bool {
        **self == **other
    }
}

impl Eq for PathBuf {}

impl PartialOrd for PathBuf {
    fn partial_cmp(&self, other: &PathBuf) -> Option<Ordering> {
        Some((**self).cmp(&**other))
    }
}

impl Ord for PathBuf {
    fn cmp(&self, other: &PathBuf) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl Hash for PathBuf {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl PartialEq<Path> for PathBuf {
    fn eq(&self, other: &Path) -> bool {
        **self == *other
    }
}

impl PartialEq<PathBuf> for Path {
    fn eq(&self, other: &PathBuf) -> bool {
        *self == **other
    }
}

impl<'a> PartialEq<&'a Path> for PathBuf {
    fn eq(&self, other: &&'a Path) -> bool {
        **self == **other
    }
}

impl<'a> PartialEq<PathBuf> for &'a Path {
    fn eq(&self, other: &PathBuf) -> bool {
        **self == **other
    }
}

// ---- conversions ----

impl AsRef<OsStr> for Path {
    fn as_ref(&self) -> &OsStr {
        &self.inner
    }
}

impl AsRef<OsStr> for PathBuf {
    fn as_ref(&self) -> &OsStr {
        &self.inner
    }
}

impl AsRef<Path> for Path {
    fn as_ref(&self) -> &Path {
        self
    }
}

impl AsRef<Path> for PathBuf {
    fn as_ref(&self) -> &Path {
        self
    }
}

impl AsRef<Path> for OsStr {
    fn as_ref(&self) -> &Path {
        Path::new(self)
    }
}

impl AsRef<Path> for OsString {
    fn as_ref(&self) -> &Path {
        Path::new(self)
    }
}

impl AsRef<Path> for str {
    fn as_ref(&self) -> &Path {
        Path::new(self)
    }
}

impl AsRef<Path> for String {
    fn as_ref(&self) -> &Path {
        Path::new(self)
    }
}

impl AsRef<Path> for Cow<'_, OsStr> {
    fn as_ref(&self) -> &Path {
        Path::new(&**self)
    }
}

impl Borrow<Path> for PathBuf {
    fn borrow(&self) -> &Path {
        self
    }
}

impl ToOwned for Path {
    type Owned = PathBuf;

    fn to_owned(&self) -> PathBuf {
        self.to_path_buf()
    }
}

impl<T: ?Sized + AsRef<OsStr>> From<&T> for PathBuf {
    fn from(s: &T) -> PathBuf {
        PathBuf { inner: s.as_ref().to_os_string() }
    }
}

impl From<String> for PathBuf {
    fn from(s: String) -> PathBuf {
        PathBuf { inner: OsString::from(s) }
    }
}

impl From<OsString> for PathBuf {
    fn from(s: OsString) -> PathBuf {
        PathBuf { inner: s }
    }
}

impl From<PathBuf> for OsString {
    fn from(p: PathBuf) -> OsString {
        p.inner
    }
}

impl From<Box<Path>> for PathBuf {
    fn from(boxed: Box<Path>) -> PathBuf {
        boxed.into_path_buf()
    }
}

impl From<PathBuf> for Box<Path> {
    fn from(p: PathBuf) -> Box<Path> {
        p.into_boxed_path()
    }
}

impl From<&Path> for Box<Path> {
    fn from(p: &Path) -> Box<Path> {
        p.to_path_buf().into_boxed_path()
    }
}

impl<'a> From<&'a Path> for Cow<'a, Path> {
    fn from(p: &'a Path) -> Cow<'a, Path> {
        Cow::Borrowed(p)
    }
}

impl<'a> From<PathBuf> for Cow<'a, Path> {
    fn from(p: PathBuf) -> Cow<'a, Path> {
        Cow::Owned(p)
    }
}

impl<'a> From<Cow<'a, Path>> for PathBuf {
    fn from(p: Cow<'a, Path>) -> PathBuf {
        p.into_owned()
    }
}

impl core::str::FromStr for PathBuf {
    type Err = core::convert::Infallible;

    fn from_str(s: &str) -> Result<PathBuf, core::convert::Infallible> {
        Ok(PathBuf::from(s))
    }
}

impl<P: AsRef<Path>> Extend<P> for PathBuf {
    fn extend<I: IntoIterator<Item = P>>(&mut self, iter: I) {
        for p in iter {
            self.push(p.as_ref());
        }
    }
}

impl<P: AsRef<Path>> FromIterator<P> for PathBuf {
    fn from_iter<I: IntoIterator<Item = P>>(iter: I) -> PathBuf {
        let mut buf = PathBuf::new();
        buf.extend(iter);
        buf
    }
}

impl<'a> IntoIterator for &'a Path {
    type Item = &'a OsStr;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a PathBuf {
    type Item = &'a OsStr;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}
