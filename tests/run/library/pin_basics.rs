// Pin: a self-referential buffer that must not move, and pinned Unpin values.
use std::marker::PhantomPinned;
use std::pin::{pin, Pin};
use std::ptr::NonNull;

struct Window {
    data: [u8; 8],
    /// Points into `data`: only valid while the struct stays where it is.
    cursor: NonNull<u8>,
    _pinned: PhantomPinned,
}

impl Window {
    fn new(data: [u8; 8]) -> Pin<Box<Window>> {
        let mut b = Box::pin(Window { data, cursor: NonNull::dangling(), _pinned: PhantomPinned });
        let start = NonNull::from(&b.data[0]);
        unsafe { b.as_mut().get_unchecked_mut().cursor = start };
        b
    }

    fn advance(self: Pin<&mut Self>, n: usize) {
        let this = unsafe { self.get_unchecked_mut() };
        this.cursor = unsafe { this.cursor.add(n) };
    }

    fn current(self: Pin<&Self>) -> u8 {
        unsafe { *self.cursor.as_ptr() }
    }

    fn data(self: Pin<&mut Self>) -> Pin<&mut [u8; 8]> {
        unsafe { self.map_unchecked_mut(|w| &mut w.data) }
    }
}

fn main() {
    let mut w = Window::new([10, 11, 12, 13, 14, 15, 16, 17]);
    println!("{}", w.as_ref().current());
    w.as_mut().advance(3);
    println!("{}", w.as_ref().current());
    w.as_mut().data().get_mut()[3] = 99;
    println!("{} {:?}", w.as_ref().current(), w.data);

    // Unpin values can be pinned and unpinned freely
    let mut x = 5;
    let mut p = Pin::new(&mut x);
    *p += 1;
    *p.as_mut().get_mut() *= 10;
    println!("{}", *p);
    println!("{}", Pin::into_inner(p));

    let mut s = pin!(String::from("pinned"));
    s.as_mut().push_str(" on the stack");
    println!("{} ({} bytes)", s, s.len());
    let r: Pin<&String> = s.as_ref();
    println!("{:?}", r.get_ref());

    let b: Pin<Box<i32>> = Box::pin(7);
    let c: Pin<Box<i32>> = Box::into_pin(Box::new(7));
    println!("{} {} {:?}", b == c, *b + *c, b.as_ref().get_ref().checked_mul(6));
}
