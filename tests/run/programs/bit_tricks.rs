// Integer overflow helpers, bit manipulation, radix formatting and byte conversions.
fn popcount_table() -> [u8; 16] {
    let mut t = [0u8; 16];
    for i in 0..16 {
        t[i] = (i as u32).count_ones() as u8;
    }
    t
}

fn reverse_bits_manual(mut x: u16) -> u16 {
    let mut r = 0u16;
    for _ in 0..16 {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    r
}

fn next_power_of_two_or_none(x: u32) -> Option<u32> { x.checked_next_power_of_two() }

fn gray(n: u8) -> u8 { n ^ (n >> 1) }

fn subsets(mask: u8) -> Vec<u8> {
    let mut out = Vec::new();
    let mut s = mask;
    loop {
        out.push(s);
        if s == 0 { break; }
        s = (s - 1) & mask;
    }
    out
}

fn main() {
    let a: u8 = 200;
    let b: u8 = 100;
    println!("checked: {:?} {:?} {:?}", a.checked_add(b), a.checked_sub(b), b.checked_sub(a));
    println!("wrapping: {} {} {}", a.wrapping_add(b), b.wrapping_sub(a), a.wrapping_mul(3));
    println!("saturating: {} {} {}", a.saturating_add(b), b.saturating_sub(a), (-100i8).saturating_sub(100));
    println!("overflowing: {:?} {:?}", a.overflowing_add(b), i32::MIN.overflowing_neg());
    println!("i32::MIN abs: {:?} {} {}", i32::MIN.checked_abs(), i32::MIN.wrapping_abs(), (-7i32).rem_euclid(3));
    println!("div_euclid: {} {} {}", (-7i32).div_euclid(2), -7 / 2, (-7i32) % 2);
    println!("pow: {:?} {:?} {}", 3u32.checked_pow(20), 3u32.checked_pow(21), 2i64.pow(40));

    let x: u32 = 0b1011_0000_0000_0000_0000_0000_0001_0100;
    println!("{:#034b}", x);
    println!("ones={} lz={} tz={} lo={}", x.count_ones(), x.leading_zeros(), x.trailing_zeros(), (!x).leading_zeros());
    println!("rotl={:#x} rotr={:#010x} swap={:08x}", x.rotate_left(8), x.rotate_right(4), x.swap_bytes());
    println!("hex {:x} {:X} {:#X} oct {:o} {:#o}", 48879, 48879, 3054, 8, 511);
    println!("reverse: {:016b} -> {:016b} (std {:016b})", 0x1234u16, reverse_bits_manual(0x1234), 0x1234u16.reverse_bits());
    println!("table {:?}", popcount_table());
    println!("npot: {:?} {:?} {:?}", next_power_of_two_or_none(17), next_power_of_two_or_none(64), next_power_of_two_or_none(u32::MAX));
    let codes: Vec<String> = (0..8u8).map(|n| format!("{:03b}", gray(n))).collect();
    println!("gray: {}", codes.join(" "));
    println!("subsets of 0b1011: {:?}", subsets(0b1011));

    let n: u32 = 0xDEADBEEF;
    println!("be={:?} le={:x?}", n.to_be_bytes(), n.to_le_bytes());
    println!("from_be={:#x} from_le={:#x}", u32::from_be_bytes([1, 2, 3, 4]), u32::from_le_bytes([1, 2, 3, 4]));
    for s in ["ff", "7fffffff", "80000000", "-12", "zz"] {
        println!("parse {:>9}: i32={:?} u8={:?}", s, i32::from_str_radix(s, 16).ok(), u8::from_str_radix(s, 16).is_ok());
    }
    let flags: u16 = [0, 3, 5, 15].iter().fold(0, |acc, &bit| acc | (1 << bit));
    println!("flags={:#06x} bit5={} bit6={}", flags, flags & (1 << 5) != 0, flags >> 6 & 1 == 1);
    println!("signed shifts: {} {} {}", -16i32 >> 2, (-16i32 as u32) >> 28, 1i64 << 62);
    println!("casts: {} {} {} {}", 300i32 as u8, -1i32 as u32, 3.99f64 as i32, -1.5f32 as u8);
    println!("min/max: {} {} {} {}", i8::MIN, u16::MAX, i128::MAX, u64::MAX.count_ones());
    let mut h: u64 = 0xcbf29ce484222325;
    for byte in "ferrite".bytes() {
        h ^= byte as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    println!("fnv1a(ferrite) = {:016x}", h);
    let v: Vec<u8> = vec![250, 3, 4];
    let total = v.iter().fold(0u8, |acc, &x| acc.checked_add(x).expect("sum overflowed"));
    println!("unreachable {}", total);
}
