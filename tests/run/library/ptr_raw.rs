// core::ptr in the unsafe code programs write: a doubly linked list over NonNull and
// Box::into_raw, in-place array surgery with copy/copy_nonoverlapping/swap/write_bytes, reading
// packed bytes unaligned, and the pointer methods (add, offset_from, as_ref, cast).
use std::fmt::Debug;
use std::ptr::{self, NonNull};

struct Node<T> {
    value: T,
    prev: Option<NonNull<Node<T>>>,
    next: Option<NonNull<Node<T>>>,
}

struct DList<T> {
    head: Option<NonNull<Node<T>>>,
    tail: Option<NonNull<Node<T>>>,
    len: usize,
}

impl<T: Debug> DList<T> {
    fn new() -> Self {
        DList { head: None, tail: None, len: 0 }
    }

    fn push_back(&mut self, value: T) {
        let node = Box::new(Node { value, prev: self.tail, next: None });
        let ptr = NonNull::new(Box::into_raw(node)).expect("box is never null");
        match self.tail {
            Some(mut t) => unsafe { t.as_mut().next = Some(ptr) },
            None => self.head = Some(ptr),
        }
        self.tail = Some(ptr);
        self.len += 1;
    }

    fn push_front(&mut self, value: T) {
        let ptr = NonNull::from(Box::leak(Box::new(Node { value, prev: None, next: self.head })));
        match self.head {
            Some(h) => unsafe { (*h.as_ptr()).prev = Some(ptr) },
            None => self.tail = Some(ptr),
        }
        self.head = Some(ptr);
        self.len += 1;
    }

    fn pop_front(&mut self) -> Option<T> {
        self.head.map(|h| unsafe {
            let node = Box::from_raw(h.as_ptr());
            self.head = node.next;
            match self.head {
                Some(n) => (*n.as_ptr()).prev = None,
                None => self.tail = None,
            }
            self.len -= 1;
            node.value
        })
    }

    fn to_vec_rev(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = self.tail;
        while let Some(n) = cur {
            let node = unsafe { n.as_ref() };
            out.push(format!("{:?}", node.value));
            cur = node.prev;
        }
        out
    }
}

impl<T> Drop for DList<T> {
    fn drop(&mut self) {
        let mut cur = self.head;
        while let Some(n) = cur {
            let node = unsafe { Box::from_raw(n.as_ptr()) };
            cur = node.next;
        }
    }
}

/// Removes element `i` by shifting the tail left with one overlapping copy.
fn remove_at(v: &mut [i32; 8], len: &mut usize, i: usize) -> i32 {
    unsafe {
        let p = v.as_mut_ptr().add(i);
        let out = ptr::read(p);
        ptr::copy(p.add(1), p, *len - i - 1);
        *len -= 1;
        out
    }
}

fn read_u16_le(bytes: &[u8], at: usize) -> u16 {
    let raw = unsafe { ptr::read_unaligned(bytes.as_ptr().add(at) as *const u16) };
    u16::from_le(raw)
}

fn main() {
    let mut list = DList::new();
    for w in ["b", "c", "d"] {
        list.push_back(w.to_string());
    }
    list.push_front("a".to_string());
    println!("len {} back-to-front {:?}", list.len, list.to_vec_rev());
    println!("{:?} {:?}", list.pop_front(), list.pop_front());
    println!("len {} {:?}", list.len, list.to_vec_rev());

    let mut arr = [10, 20, 30, 40, 50, 60, 0, 0];
    let mut len = 6;
    println!("removed {} -> {:?}", remove_at(&mut arr, &mut len, 1), &arr[..len]);
    unsafe {
        let p = arr.as_mut_ptr();
        ptr::swap(p, p.add(len - 1));
        ptr::copy_nonoverlapping(p, p.add(len), 2);
        ptr::write_bytes(p.add(2), 0, 1);
        p.add(3).write(99);
        println!("{:?} read {}", arr, p.add(1).read());
        let end = p.add(len + 2);
        println!("span {}", end.offset_from(p));
    }
    let mut a = [1, 2, 3, 4, 5, 6];
    unsafe {
        let p = a.as_mut_ptr();
        ptr::swap_nonoverlapping(p, p.add(3), 3);
        let old = ptr::replace(p.add(5), 0);
        println!("{:?} old {}", a, old);
    }

    let packet = [0xFFu8, 0x34, 0x12, 0x78, 0x56, 0x00];
    println!("{:#06x} {:#06x}", read_u16_le(&packet, 1), read_u16_le(&packet, 3));
    let mut out = [0u8; 6];
    unsafe { ptr::write_unaligned(out.as_mut_ptr().add(1) as *mut u32, 0xAABBCCDDu32.to_be()) };
    println!("{:x?}", out);

    let x = 7u64;
    let px: *const u64 = &x;
    let null: *const u64 = ptr::null();
    println!("{:?} {:?} {} {}", unsafe { px.as_ref() }, unsafe { null.as_ref() }, null.is_null(), px.is_null());
    let bytes_of_x = px.cast::<u8>();
    println!("first byte {}", unsafe { *bytes_of_x });
    let mut y = 1i32;
    let py = ptr::from_mut(&mut y);
    if let Some(r) = unsafe { py.as_mut() } {
        *r += 41;
    }
    println!("{} {}", y, ptr::eq(py, &y));
    let s = [1.5f32, 2.5];
    let raw: *const [f32] = ptr::slice_from_raw_parts(s.as_ptr(), 2);
    println!("{} {}", raw.len(), unsafe { (*raw)[1] });
    println!("{}", ptr::addr_eq(&s as *const [f32; 2], &s[0] as *const f32));

    let dangling = NonNull::<u64>::dangling();
    println!("{} {}", dangling.as_ptr() as usize, std::mem::size_of::<Option<NonNull<u8>>>());
    let mut v = vec![3, 1, 2];
    let nn = NonNull::new(v.as_mut_ptr()).unwrap();
    unsafe {
        nn.add(1).write(10);
        println!("{} {}", *nn.as_ptr(), nn.add(2).read());
    }
    println!("{:?}", v);
    let mut boxed = Box::new(5);
    let mut handle = NonNull::from(&mut *boxed);
    unsafe { *handle.as_mut() *= 3 };
    println!("{} {}", boxed, handle == NonNull::from(&*boxed));
}
