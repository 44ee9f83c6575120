//! A doubly-linked list with owned nodes.
//!
//! Each element lives in a heap node of its own, linked both ways; the list owns the nodes
//! through raw pointers (`Box::into_raw`), and frees them as elements are popped or the list is
//! dropped.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::{FromIterator, FusedIterator};
use core::marker::PhantomData;
use core::mem;
use core::ptr::NonNull;

use crate::boxed::Box;

/// A doubly-linked list: O(1) pushes and pops at both ends, O(1) `append`.
pub struct LinkedList<T> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
    /// The list owns `T`s (for the drop checker and the auto traits).
    marker: PhantomData<Box<Node<T>>>,
}

struct Node<T> {
    next: Option<NonNull<Node<T>>>,
    prev: Option<NonNull<Node<T>>>,
    element: T,
}

unsafe impl<T: Send> Send for LinkedList<T> {}
unsafe impl<T: Sync> Sync for LinkedList<T> {}

impl<T> Node<T> {
    fn new(element: T) -> Self {
        Node { next: None, prev: None, element }
    }
}

impl<T> LinkedList<T> {
    /// An empty list (allocates nothing).
    #[inline]
    pub const fn new() -> Self {
        LinkedList { head: None, tail: None, len: 0, marker: PhantomData }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.head.is_none()
    }

    /// Removes every element.
    pub fn clear(&mut self) {
        while self.pop_front_node().is_some() {}
    }

    pub fn front(&self) -> Option<&T> {
        self.head.map(|node| unsafe { &(*node.as_ptr()).element })
    }

    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.head.map(|node| unsafe { &mut (*node.as_ptr()).element })
    }

    pub fn back(&self) -> Option<&T> {
        self.tail.map(|node| unsafe { &(*node.as_ptr()).element })
    }

    pub fn back_mut(&mut self) -> Option<&mut T> {
        self.tail.map(|node| unsafe { &mut (*node.as_ptr()).element })
    }

    pub fn push_front(&mut self, elt: T) {
        let node = Box::new(Node::new(elt));
        self.push_front_node(node);
    }

    pub fn push_back(&mut self, elt: T) {
        let node = Box::new(Node::new(elt));
        self.push_back_node(node);
    }

    pub fn pop_front(&mut self) -> Option<T> {
        self.pop_front_node().map(|node| node.element)
    }

    pub fn pop_back(&mut self) -> Option<T> {
        self.pop_back_node().map(|node| node.element)
    }

    /// Moves all elements of `other` to the end of this list, leaving `other` empty.
    pub fn append(&mut self, other: &mut Self) {
        match self.tail {
            None => mem::swap(self, other),
            Some(tail) => {
                if let Some(other_head) = other.head.take() {
                    unsafe {
                        (*tail.as_ptr()).next = Some(other_head);
                        (*other_head.as_ptr()).prev = Some(tail);
                    }
                    self.tail = other.tail.take();
                    self.len += mem::replace(&mut other.len, 0);
                }
            }
        }
    }

    /// Splits the list in two at `at`: this list keeps the first `at` elements and the rest are
    /// returned. Panics if `at > len`.
    pub fn split_off(&mut self, at: usize) -> LinkedList<T> {
        let len = self.len();
        assert!(at <= len, "Cannot split off at a nonexistent index");
        if at == 0 {
            return mem::take(self);
        }
        if at == len {
            return LinkedList::new();
        }
        // the last node this list keeps, reached from the nearer end
        let split_node = if at - 1 <= len - 1 - (at - 1) {
            let mut node = self.head;
            for _ in 0..at - 1 {
                node = node.and_then(|n| unsafe { (*n.as_ptr()).next });
            }
            node
        } else {
            let mut node = self.tail;
            for _ in 0..len - 1 - (at - 1) {
                node = node.and_then(|n| unsafe { (*n.as_ptr()).prev });
            }
            node
        };
        let split_node = split_node.unwrap();
        unsafe {
            let second_head = (*split_node.as_ptr()).next.take();
            if let Some(h) = second_head {
                (*h.as_ptr()).prev = None;
            }
            let second = LinkedList { head: second_head, tail: self.tail, len: len - at, marker: PhantomData };
            self.tail = Some(split_node);
            self.len = at;
            second
        }
    }

    /// Removes the element at `at` and returns it. Panics if `at >= len`.
    pub fn remove(&mut self, at: usize) -> T {
        let len = self.len();
        assert!(at < len, "Cannot remove at an index outside of the list bounds");
        let mut node = self.head.unwrap();
        for _ in 0..at {
            node = unsafe { (*node.as_ptr()).next.unwrap() };
        }
        unsafe {
            self.unlink_node(node);
            Box::from_raw(node.as_ptr()).element
        }
    }

    /// Keeps only the elements for which `f` returns true (in order).
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let mut cur = self.head;
        while let Some(node) = cur {
            unsafe {
                cur = (*node.as_ptr()).next;
                if !f(&(*node.as_ptr()).element) {
                    self.unlink_node(node);
                    drop(Box::from_raw(node.as_ptr()));
                }
            }
        }
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        self.iter().any(|e| e == x)
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { head: self.head, tail: self.tail, len: self.len, marker: PhantomData }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { head: self.head, tail: self.tail, len: self.len, marker: PhantomData }
    }

    // ---- node operations ----

    fn push_front_node(&mut self, node: Box<Node<T>>) {
        let node = NonNull::from(Box::leak(node));
        unsafe {
            (*node.as_ptr()).next = self.head;
            (*node.as_ptr()).prev = None;
            match self.head {
                None => self.tail = Some(node),
                Some(head) => (*head.as_ptr()).prev = Some(node),
            }
        }
        self.head = Some(node);
        self.len += 1;
    }

    fn push_back_node(&mut self, node: Box<Node<T>>) {
        let node = NonNull::from(Box::leak(node));
        unsafe {
            (*node.as_ptr()).next = None;
            (*node.as_ptr()).prev = self.tail;
            match self.tail {
                None => self.head = Some(node),
                Some(tail) => (*tail.as_ptr()).next = Some(node),
            }
        }
        self.tail = Some(node);
        self.len += 1;
    }

    fn pop_front_node(&mut self) -> Option<Box<Node<T>>> {
        self.head.map(|node| unsafe {
            let node = Box::from_raw(node.as_ptr());
            self.head = node.next;
            match self.head {
                None => self.tail = None,
                Some(head) => (*head.as_ptr()).prev = None,
            }
            self.len -= 1;
            node
        })
    }

    fn pop_back_node(&mut self) -> Option<Box<Node<T>>> {
        self.tail.map(|node| unsafe {
            let node = Box::from_raw(node.as_ptr());
            self.tail = node.prev;
            match self.tail {
                None => self.head = None,
                Some(tail) => (*tail.as_ptr()).next = None,
            }
            self.len -= 1;
            node
        })
    }

    /// Takes `node` (one of this list's) out of the chain; the caller frees it.
    unsafe fn unlink_node(&mut self, node: NonNull<Node<T>>) {
        unsafe {
            let n = &mut *node.as_ptr();
            match n.prev {
                Some(prev) => (*prev.as_ptr()).next = n.next,
                None => self.head = n.next,
            }
            match n.next {
                Some(next) => (*next.as_ptr()).prev = n.prev,
                None => self.tail = n.prev,
            }
        }
        self.len -= 1;
    }
}

impl<T> Default for LinkedList<T> {
    #[inline]
    fn default() -> Self {
        LinkedList::new()
    }
}

impl<T> Drop for LinkedList<T> {
    fn drop(&mut self) {
        // a guard keeps dropping the rest if an element's destructor panics
        struct DropGuard<'a, T>(&'a mut LinkedList<T>);

        impl<'a, T> Drop for DropGuard<'a, T> {
            fn drop(&mut self) {
                while self.0.pop_front_node().is_some() {}
            }
        }

        let guard = DropGuard(self);
        while let Some(node) = guard.0.pop_front_node() {
            drop(node);
        }
        mem::forget(guard);
    }
}

// ---- iterators ----

/// An iterator over shared references to the elements, front to back.
pub struct Iter<'a, T: 'a> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
    marker: PhantomData<&'a Node<T>>,
}

unsafe impl<T: Sync> Send for Iter<'_, T> {}
unsafe impl<T: Sync> Sync for Iter<'_, T> {}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter { head: self.head, tail: self.tail, len: self.len, marker: PhantomData }
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&self.len).finish()
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            return None;
        }
        self.head.map(|node| unsafe {
            let node = &*node.as_ptr();
            self.len -= 1;
            self.head = node.next;
            &node.element
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            return None;
        }
        self.tail.map(|node| unsafe {
            let node = &*node.as_ptr();
            self.len -= 1;
            self.tail = node.prev;
            &node.element
        })
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}

/// An iterator over mutable references to the elements, front to back.
pub struct IterMut<'a, T: 'a> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
    marker: PhantomData<&'a mut Node<T>>,
}

unsafe impl<T: Send> Send for IterMut<'_, T> {}
unsafe impl<T: Sync> Sync for IterMut<'_, T> {}

impl<T: fmt::Debug> fmt::Debug for IterMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IterMut").field(&self.len).finish()
    }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            return None;
        }
        self.head.map(|node| unsafe {
            let node = &mut *node.as_ptr();
            self.len -= 1;
            self.head = node.next;
            &mut node.element
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            return None;
        }
        self.tail.map(|node| unsafe {
            let node = &mut *node.as_ptr();
            self.len -= 1;
            self.tail = node.prev;
            &mut node.element
        })
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {}
impl<T> FusedIterator for IterMut<'_, T> {}

/// An iterator that moves the elements out of the list, front to back.
pub struct IntoIter<T> {
    list: LinkedList<T>,
}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> Self {
        IntoIter { list: self.list.clone() }
    }
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.list).finish()
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        self.list.pop_front()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.list.len, Some(self.list.len))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        self.list.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T> FusedIterator for IntoIter<T> {}

impl<T> IntoIterator for LinkedList<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { list: self }
    }
}

impl<'a, T> IntoIterator for &'a LinkedList<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut LinkedList<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T> FromIterator<T> for LinkedList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut list = LinkedList::new();
        list.extend(iter);
        list
    }
}

impl<T> Extend<T> for LinkedList<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for elt in iter {
            self.push_back(elt);
        }
    }
}

impl<'a, T: 'a + Copy> Extend<&'a T> for LinkedList<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for elt in iter {
            self.push_back(*elt);
        }
    }
}

impl<T, const N: usize> From<[T; N]> for LinkedList<T> {
    fn from(arr: [T; N]) -> Self {
        let mut list = LinkedList::new();
        for elt in arr {
            list.push_back(elt);
        }
        list
    }
}

// ---- comparisons, hashing, formatting ----

impl<T: PartialEq> PartialEq for LinkedList<T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: Eq> Eq for LinkedList<T> {}

impl<T: PartialOrd> PartialOrd for LinkedList<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.iter().partial_cmp(other.iter())
    }
}

impl<T: Ord> Ord for LinkedList<T> {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.iter().cmp(other.iter())
    }
}

impl<T: Clone> Clone for LinkedList<T> {
    fn clone(&self) -> Self {
        self.iter().cloned().collect()
    }
}

impl<T: fmt::Debug> fmt::Debug for LinkedList<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self).finish()
    }
}

impl<T: Hash> Hash for LinkedList<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for elt in self {
            elt.hash(state);
        }
    }
}
