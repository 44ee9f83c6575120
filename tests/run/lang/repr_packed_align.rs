// #[repr(packed)], #[repr(packed(N))] and #[repr(align(N))] layouts: sizes, alignments, and field values.
use std::mem::{align_of, size_of};

#[repr(packed)]
#[derive(Clone, Copy)]
struct Header {
    tag: u8,
    len: u32,
    crc: u16,
}

#[repr(C, packed(2))]
#[derive(Clone, Copy)]
struct Pair {
    a: u8,
    b: u64,
}

#[repr(align(16))]
struct Aligned {
    x: u8,
}

#[repr(C, align(8))]
struct Small(u16, u8);

fn main() {
    println!("{} {}", size_of::<Header>(), align_of::<Header>());
    println!("{} {}", size_of::<Pair>(), align_of::<Pair>());
    println!("{} {}", size_of::<Aligned>(), align_of::<Aligned>());
    println!("{} {}", size_of::<Small>(), align_of::<Small>());
    let h = Header { tag: 7, len: 0x0102_0304, crc: 0xbeef };
    let (tag, len, crc) = (h.tag, h.len, h.crc);
    println!("{} {:#x} {:#x}", tag, len, crc);
    let bytes: [u8; 7] = unsafe { std::mem::transmute(h) };
    println!("{:?}", bytes);
    let p = Pair { a: 1, b: u64::MAX - 1 };
    let b = p.b;
    println!("{} {}", p.a, b);
    let s = Small(3, 4);
    let al = Aligned { x: 9 };
    println!("{} {} {}", s.0, s.1, al.x);
    derived();
}

#[repr(packed)]
#[derive(Clone, Copy, PartialEq, Debug, Hash, PartialOrd)]
struct Reading {
    id: u8,
    value: u64,
}

#[allow(dead_code)]
fn derived() {
    let a = Reading { id: 1, value: 10 };
    let b = Reading { id: 1, value: 11 };
    println!("{:?} {} {:?}", a, a == b, a.partial_cmp(&b));
}
