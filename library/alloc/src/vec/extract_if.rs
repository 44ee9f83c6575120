//! `vec::ExtractIf`: the iterator of `Vec::extract_if`.

use core::fmt;
use core::iter::Iterator;
use core::ops::{FnMut, Range, RangeBounds};
use core::option::Option::{self, None, Some};
use core::ptr;
use core::slice;

use super::Vec;

/// The iterator of `Vec::extract_if`. The vector's length is 0 while it lives; the elements
/// kept so far are moved down over the holes as it goes (`del` of them so far), and dropping it
/// moves the unvisited rest down too.
pub struct ExtractIf<'a, T, F> {
    vec: &'a mut Vec<T>,
    /// The next element to look at, the end of the range, how many were extracted so far, and
    /// the vector's length before.
    idx: usize,
    end: usize,
    del: usize,
    old_len: usize,
    pred: F,
}

impl<'a, T, F> ExtractIf<'a, T, F> {
    #[track_caller]
    pub(super) fn new<R: RangeBounds<usize>>(vec: &'a mut Vec<T>, pred: F, range: R) -> ExtractIf<'a, T, F> {
        let old_len = vec.len;
        let Range { start, end } = slice::range(range, ..old_len);
        vec.len = 0;
        ExtractIf { vec, idx: start, end, del: 0, old_len, pred }
    }
}

impl<T, F: FnMut(&mut T) -> bool> Iterator for ExtractIf<'_, T, F> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        while self.idx < self.end {
            let i = self.idx;
            let cur = unsafe { self.vec.as_mut_ptr().add(i) };
            let extracted = (self.pred)(unsafe { &mut *cur });
            self.idx += 1;
            if extracted {
                self.del += 1;
                return Some(unsafe { ptr::read(cur) });
            } else if self.del > 0 {
                unsafe { ptr::copy_nonoverlapping(cur, self.vec.as_mut_ptr().add(i - self.del), 1) };
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.end - self.idx))
    }
}

impl<T, F> Drop for ExtractIf<'_, T, F> {
    fn drop(&mut self) {
        if self.del > 0 {
            unsafe {
                let base = self.vec.as_mut_ptr();
                ptr::copy(base.add(self.idx), base.add(self.idx - self.del), self.old_len - self.idx);
            }
        }
        self.vec.len = self.old_len - self.del;
    }
}

impl<T: fmt::Debug, F> fmt::Debug for ExtractIf<'_, T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let peek = if self.idx < self.end { Some(unsafe { &*self.vec.as_ptr().add(self.idx) }) } else { None };
        f.debug_struct("ExtractIf").field("peek", &peek).finish_non_exhaustive()
    }
}
