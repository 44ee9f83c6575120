// A singly linked stack with Option<Box<Node>>: push/pop/peek_mut, reverse, iterators and Drop.
struct Node<T> { value: T, next: Option<Box<Node<T>>> }

pub struct Stack<T> { head: Option<Box<Node<T>>>, len: usize }

impl<T> Stack<T> {
    pub fn new() -> Self { Stack { head: None, len: 0 } }
    pub fn push(&mut self, value: T) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }
    pub fn pop(&mut self) -> Option<T> {
        self.head.take().map(|n| {
            self.head = n.next;
            self.len -= 1;
            n.value
        })
    }
    pub fn peek(&self) -> Option<&T> { self.head.as_ref().map(|n| &n.value) }
    pub fn peek_mut(&mut self) -> Option<&mut T> { self.head.as_mut().map(|n| &mut n.value) }
    pub fn reverse(&mut self) {
        let mut prev: Option<Box<Node<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    pub fn iter(&self) -> Iter<'_, T> { Iter { next: self.head.as_deref() } }
    pub fn iter_mut(&mut self) -> IterMut<'_, T> { IterMut { next: self.head.as_deref_mut() } }
}

pub struct Iter<'a, T> { next: Option<&'a Node<T>> }
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        self.next.map(|n| {
            self.next = n.next.as_deref();
            &n.value
        })
    }
}

pub struct IterMut<'a, T> { next: Option<&'a mut Node<T>> }
impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        self.next.take().map(|n| {
            self.next = n.next.as_deref_mut();
            &mut n.value
        })
    }
}

pub struct IntoIter<T>(Stack<T>);
impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> { self.0.pop() }
}
impl<T> IntoIterator for Stack<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> { IntoIter(self) }
}
impl<'a, T> IntoIterator for &'a Stack<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> { self.iter() }
}
impl<T> FromIterator<T> for Stack<T> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Self {
        let mut s = Stack::new();
        for x in it { s.push(x); }
        s
    }
}
impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        while let Some(mut n) = cur { cur = n.next.take(); }
    }
}

struct Loud(&'static str);
impl Drop for Loud { fn drop(&mut self) { println!("dropping {}", self.0); } }

fn main() {
    let mut s: Stack<i32> = (1..=6).collect();
    println!("len={} peek={:?}", s.len, s.peek());
    if let Some(top) = s.peek_mut() { *top *= 100; }
    for x in s.iter_mut() { *x += 1; }
    let v: Vec<_> = s.iter().collect();
    println!("{:?}", v);
    s.reverse();
    let mut parts = Vec::new();
    for x in &s { parts.push(x.to_string()); }
    println!("reversed: {}", parts.join(","));
    println!("popped {:?} {:?}", s.pop(), s.pop());
    let sum: i32 = s.into_iter().sum();
    println!("sum of rest = {}", sum);
    let mut big: Stack<u64> = Stack::new();
    for i in 0..100_000 { big.push(i); }
    println!("big len {} top {:?}", big.len, big.peek());
    drop(big);
    let mut loud = Stack::new();
    loud.push(Loud("a"));
    loud.push(Loud("b"));
    loud.push(Loud("c"));
    let b = loud.pop();
    println!("took {}", b.as_ref().unwrap().0);
    drop(loud);
    println!("end of main");
}
