// Layout arithmetic for a hand-made struct-of-arrays buffer, allocated through std::alloc.
use std::alloc::{self, GlobalAlloc, Layout, System};

/// The layout of `n` u64 keys followed by `n` u16 tags and `n` bytes of flags, and the
/// offsets of the three arrays.
fn soa_layout(n: usize) -> (Layout, [usize; 3]) {
    let keys = Layout::array::<u64>(n).unwrap();
    let tags = Layout::array::<u16>(n).unwrap();
    let flags = Layout::array::<u8>(n).unwrap();
    let (l, tags_at) = keys.extend(tags).unwrap();
    let (l, flags_at) = l.extend(flags).unwrap();
    (l.pad_to_align(), [0, tags_at, flags_at])
}

fn main() {
    println!("{:?}", Layout::new::<u64>());
    println!("{:?}", Layout::new::<(u8, u32)>());
    println!("{:?}", Layout::for_value(&[0u16; 5][..]));
    println!("{:?}", Layout::from_size_align(24576, 8192));
    println!("{:?} {:?}", Layout::from_size_align(8, 3), Layout::from_size_align(usize::MAX - 6, 8));
    let l = Layout::from_size_align(13, 4).unwrap();
    println!("{} {:?}", l.pad_to_align().size(), l.align_to(16).map(|l| l.align()));
    println!("{:?}", l.repeat(3));
    println!("{:?}", Layout::array::<u32>(usize::MAX / 2).is_err());
    let e = Layout::from_size_align(1, 0).unwrap_err();
    println!("{} / {:?}", e, e);

    for n in [1, 3, 10] {
        let (layout, offsets) = soa_layout(n);
        println!("n={} {:?} offsets {:?}", n, layout, offsets);
        unsafe {
            let base = alloc::alloc_zeroed(layout);
            assert!(!base.is_null());
            let keys = base.add(offsets[0]) as *mut u64;
            let tags = base.add(offsets[1]) as *mut u16;
            let flags = base.add(offsets[2]);
            for i in 0..n {
                *keys.add(i) = (i as u64 + 1) * 1000;
                *tags.add(i) = i as u16 * 3;
                *flags.add(i) = (i % 2) as u8;
            }
            let sum: u64 = (0..n).map(|i| *keys.add(i) + *tags.add(i) as u64 + *flags.add(i) as u64).sum();
            println!("  sum {}", sum);
            // grow the buffer: the first bytes survive
            let bigger = alloc::realloc(base, layout, layout.size() * 2);
            println!("  after realloc: first key {}", *(bigger as *mut u64));
            alloc::dealloc(bigger, Layout::from_size_align(layout.size() * 2, layout.align()).unwrap());
        }
    }

    unsafe {
        let l = Layout::new::<[u32; 4]>();
        let p = System.alloc(l) as *mut [u32; 4];
        p.write([1, 2, 3, 4]);
        println!("{:?}", *p);
        System.dealloc(p as *mut u8, l);
    }
}
