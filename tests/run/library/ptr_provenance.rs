// Raw pointer helpers: addr_of!, offset_of!, byte offsets, address mapping, AtomicPtr, tagged
// pointers kept in the alignment bits.
use std::mem::{self, offset_of};
use std::ptr::{self, addr_of, addr_of_mut};
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

#[repr(C)]
struct Header {
    tag: u8,
    len: u16,
    cap: u32,
    data: [u64; 2],
}

#[repr(C)]
struct Pair {
    a: u8,
    b: [u8; 4],
}

/// Keeps a 2-bit tag in the low bits of an aligned pointer.
fn tag<T>(p: *mut T, t: usize) -> *mut T {
    assert!(mem::align_of::<T>() >= 4 && t < 4);
    p.map_addr(|a| a | t)
}

fn untag<T>(p: *mut T) -> (*mut T, usize) {
    (p.map_addr(|a| a & !3), p.addr() & 3)
}

fn main() {
    println!("{} {} {} {} {}", offset_of!(Header, tag), offset_of!(Header, len), offset_of!(Header, cap), offset_of!(Header, data), mem::size_of::<Header>());
    println!("{} {}", offset_of!(Pair, b), mem::size_of::<Pair>());
    let mut h = Header { tag: 1, len: 2, cap: 3, data: [4, 5] };
    let base = addr_of!(h) as *const u8;
    let cap = addr_of_mut!(h.cap);
    unsafe {
        *cap += 10;
        println!("cap {} at +{}", h.cap, (cap as *const u8).offset_from(base));
        let second = base.byte_add(offset_of!(Header, data) + 8) as *const u64;
        println!("data[1] {}", *second);
        let back = second.byte_sub(8);
        println!("data[0] {} {}", *back, back.byte_offset_from(base));
    }
    let p = Pair { a: 7, b: [4, 3, 2, 1] };
    let b = unsafe { ptr::read_unaligned(addr_of!(p.b) as *const u32) };
    println!("{} {:#x}", p.a, b);

    let mut x: u32 = 42;
    let raw = &mut x as *mut u32;
    let t = tag(raw, 3);
    let (plain, bits) = untag(t);
    println!("tag bits {} same pointer {} value {}", bits, plain == raw, unsafe { *plain });
    let moved = raw.with_addr(raw.addr());
    println!("{}", unsafe { *moved });

    let mut a = 1;
    let mut c = 2;
    let shared = AtomicPtr::new(&mut a);
    let old = shared.swap(&mut c, Ordering::AcqRel);
    println!("{} {}", unsafe { *old }, unsafe { *shared.load(Ordering::Acquire) });
    println!("{:?}", shared.compare_exchange(old, ptr::null_mut(), Ordering::SeqCst, Ordering::SeqCst).is_err());
    let n = AtomicUsize::new(0b1100);
    println!("{} {}", n.fetch_nand(0b1010, Ordering::Relaxed), n.load(Ordering::Relaxed) as isize);
    println!("{:?}", [1u8, 2, 3].as_ptr().align_offset(1));
}
