//! Slices as `alloc` extends them: the methods that build a `Vec` or `String` (`to_vec`,
//! `concat`, `join`) and the stable sorts, which need a buffer. Everything of `core::slice` is
//! re-exported.

pub use core::slice::*;

use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;
use core::borrow::Borrow;
use core::clone::Clone;
use core::cmp::{Ord, Ordering};
use core::ops::FnMut;
use core::ptr;

impl<T> [T] {
    /// A `Vec` of clones of the elements.
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        let mut v = Vec::with_capacity(self.len());
        v.extend_from_slice(self);
        v
    }

    /// The boxed slice as a `Vec`, without copying.
    pub fn into_vec(self: Box<Self>) -> Vec<T> {
        let len = self.len();
        let p = Box::into_raw(self) as *mut T;
        unsafe { Vec::from_raw_parts(p, len, len) }
    }

    /// The slice repeated `n` times.
    pub fn repeat(&self, n: usize) -> Vec<T>
    where
        T: core::marker::Copy,
    {
        let mut v = Vec::with_capacity(self.len() * n);
        let mut i = 0;
        while i < n {
            v.extend_from_slice(self);
            i += 1;
        }
        v
    }

    /// Sorts stably (equal elements keep their order): a merge sort.
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        merge_sort(self, &mut |a: &T, b: &T| a.lt(b));
    }

    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        let mut compare = compare;
        merge_sort(self, &mut |a: &T, b: &T| compare(a, b) == Ordering::Less);
    }

    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
        let mut f = f;
        merge_sort(self, &mut |a: &T, b: &T| f(a).lt(&f(b)));
    }

    /// Like `sort_by_key`, calling `f` once per element.
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
        let mut f = f;
        let mut keys: Vec<(K, usize)> = Vec::with_capacity(self.len());
        let mut i = 0;
        while i < self.len() {
            keys.push((f(&self[i]), i));
            i += 1;
        }
        keys.sort();
        // apply the permutation: position i takes the element that was at keys[i].1
        let mut i = 0;
        while i < keys.len() {
            let mut from = keys[i].1;
            while from < i {
                from = keys[from].1;
            }
            keys[i].1 = from;
            self.swap(i, from);
            i += 1;
        }
    }

    /// The elements flattened: `[[1, 2], [3]].concat()` is `[1, 2, 3]`, `["a", "b"].concat()` is `"ab"`.
    pub fn concat<Item: ?Sized>(&self) -> <Self as Concat<Item>>::Output
    where
        Self: Concat<Item>,
    {
        Concat::concat(self)
    }

    /// The elements flattened with `sep` between them.
    pub fn join<Separator>(&self, sep: Separator) -> <Self as Join<Separator>>::Output
    where
        Self: Join<Separator>,
    {
        Join::join(self, sep)
    }
}

impl [u8] {
    /// A copy with ASCII letters in upper case.
    pub fn to_ascii_uppercase(&self) -> Vec<u8> {
        let mut v = self.to_vec();
        v.make_ascii_uppercase();
        v
    }

    /// A copy with ASCII letters in lower case.
    pub fn to_ascii_lowercase(&self) -> Vec<u8> {
        let mut v = self.to_vec();
        v.make_ascii_lowercase();
        v
    }
}

/// Below this length a run is sorted by insertion (stable, and cheaper than merging).
const INSERTION_LEN: usize = 4;

/// A top-down merge sort: the halves are sorted, then the left half moves to a buffer and the
/// two merge back into `v`. Taking from the right only when strictly less keeps it stable.
fn merge_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let n = v.len();
    if n <= INSERTION_LEN {
        let mut i = 1;
        while i < n {
            let mut j = i;
            while j > 0 && is_less(&v[j], &v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
            i += 1;
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], is_less);
    merge_sort(&mut v[mid..], is_less);
    if !is_less(&v[mid], &v[mid - 1]) {
        return; // already in order
    }
    let p = v.as_mut_ptr();
    let mut left: Vec<T> = Vec::with_capacity(mid);
    unsafe {
        let mut i = 0;
        while i < mid {
            left.push(ptr::read(p.add(i)));
            i += 1;
        }
        let (mut i, mut j, mut k) = (0, mid, 0);
        while i < mid && j < n {
            if is_less(&*p.add(j), &left[i]) {
                ptr::write(p.add(k), ptr::read(p.add(j)));
                j += 1;
            } else {
                ptr::write(p.add(k), ptr::read(&left[i]));
                i += 1;
            }
            k += 1;
        }
        while i < mid {
            ptr::write(p.add(k), ptr::read(&left[i]));
            i += 1;
            k += 1;
        }
        // every element of the buffer now lives in `v` again
        left.set_len(0);
    }
}

/// What `[V]::concat` builds (`Vec<T>` from slices of `T`, `String` from strings).
pub trait Concat<Item: ?Sized> {
    type Output;

    fn concat(slice: &Self) -> Self::Output;
}

/// What `[V]::join` builds with a separator between the elements.
pub trait Join<Separator> {
    type Output;

    fn join(slice: &Self, sep: Separator) -> Self::Output;
}

impl<T: Clone, V: Borrow<[T]>> Concat<T> for [V] {
    type Output = Vec<T>;

    fn concat(slice: &Self) -> Vec<T> {
        let mut out = Vec::new();
        for v in slice {
            out.extend_from_slice(v.borrow());
        }
        out
    }
}

impl<S: Borrow<str>> Concat<str> for [S] {
    type Output = String;

    fn concat(slice: &Self) -> String {
        let mut out = String::new();
        for s in slice {
            out.push_str(s.borrow());
        }
        out
    }
}

impl<'a, T: Clone, V: Borrow<[T]>> Join<&'a T> for [V] {
    type Output = Vec<T>;

    fn join(slice: &Self, sep: &'a T) -> Vec<T> {
        let mut out = Vec::new();
        let mut first = true;
        for v in slice {
            if !first {
                out.push(sep.clone());
            }
            first = false;
            out.extend_from_slice(v.borrow());
        }
        out
    }
}

impl<'a, T: Clone, V: Borrow<[T]>> Join<&'a [T]> for [V] {
    type Output = Vec<T>;

    fn join(slice: &Self, sep: &'a [T]) -> Vec<T> {
        let mut out = Vec::new();
        let mut first = true;
        for v in slice {
            if !first {
                out.extend_from_slice(sep);
            }
            first = false;
            out.extend_from_slice(v.borrow());
        }
        out
    }
}

impl<'a, S: Borrow<str>> Join<&'a str> for [S] {
    type Output = String;

    fn join(slice: &Self, sep: &'a str) -> String {
        let mut out = String::new();
        let mut first = true;
        for s in slice {
            if !first {
                out.push_str(sep);
            }
            first = false;
            out.push_str(s.borrow());
        }
        out
    }
}
