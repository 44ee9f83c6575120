// Pointers that travel through integers and bytes: a tagged-pointer list, a byte-wise copy of a
// struct holding references, function pointers stored as addresses, zero-sized accesses.
use std::mem::{self, MaybeUninit};
use std::ptr;

struct Node {
    value: i32,
    next: usize, // address of the next node, 0 for none; low bit marks "visited"
}

fn walk(head: &Node) -> Vec<i32> {
    let mut out = Vec::new();
    let mut cur = head as *const Node as usize;
    while cur != 0 {
        let node = unsafe { &*ptr::with_exposed_provenance::<Node>(cur & !1) };
        out.push(node.value);
        cur = node.next;
    }
    out
}

#[derive(Debug)]
struct Pair<'a> {
    name: &'a str,
    score: &'a u32,
}

unsafe fn copy_bytewise<T>(dst: *mut T, src: *const T) {
    let d = dst.cast::<MaybeUninit<u8>>();
    let s = src.cast::<MaybeUninit<u8>>();
    for i in 0..mem::size_of::<T>() {
        d.add(i).write(s.add(i).read());
    }
}

fn double(x: i32) -> i32 {
    x * 2
}

fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let c = Node { value: 3, next: 0 };
    let b = Node { value: 2, next: (&c as *const Node).expose_provenance() | 1 };
    let a = Node { value: 1, next: (&b as *const Node).expose_provenance() };
    println!("{:?}", walk(&a));

    // an address computed past the end and brought back, as allocators do
    let arr = [10u64, 20, 30, 40];
    let far = arr.as_ptr().wrapping_add(100).expose_provenance();
    let back = ptr::with_exposed_provenance::<u64>(far).wrapping_sub(98);
    println!("{}", unsafe { *back });

    let score = 88;
    let src = Pair { name: "ada", score: &score };
    let mut dst = Pair { name: "", score: &0 };
    unsafe { copy_bytewise(&mut dst, &src) };
    println!("{:?} {}", dst, *dst.score + 1);

    let table: Vec<usize> = vec![double as fn(i32) -> i32 as usize, square as fn(i32) -> i32 as usize];
    for (i, addr) in table.iter().enumerate() {
        let f: fn(i32) -> i32 = unsafe { mem::transmute(*addr as *const ()) };
        println!("f{}(7) = {}", i, f(7));
    }

    // zero-sized reads and writes are fine at any aligned address
    let dangling = ptr::without_provenance_mut::<()>(8);
    unsafe {
        let unit = dangling.read();
        dangling.write(unit);
        dangling.copy_from(&(), 1);
    }
    let pair = (std::cell::Cell::new(()), 5i32);
    let first = &pair.0 as *const _ as usize - &pair as *const _ as usize;
    println!("zst field at {}, len {}", first, unsafe { std::slice::from_raw_parts(ptr::NonNull::<()>::dangling().as_ptr(), 3) }.len());
}
