// `std::num::Wrapping` and `Saturating`: operators that wrap or saturate, their formatting,
// compound assignment (also with bare integers and references), and sums and products.

use std::num::{Saturating, Wrapping};

fn main() {
    let a = Wrapping(250u8);
    let b = a + Wrapping(10);
    println!("{:?} {} {:x} {:?}", b, b, Wrapping(255u8), Wrapping(3i32) << 33);
    println!("{:?} {:?} {:?}", -Wrapping(5u32), -Wrapping(i8::MIN), !Wrapping(0u16));
    println!("{} {} {}", Wrapping(i32::MIN) / Wrapping(-1), Wrapping(i32::MIN) % Wrapping(-1), Wrapping(7u8) * Wrapping(100));
    let mut w = Wrapping(1u64);
    for _ in 0..70 {
        w *= Wrapping(2);
    }
    w += 5;
    w -= &3;
    w <<= 3;
    w >>= 1;
    println!("{} {:?}", w, w == Wrapping(8));
    let mut h = Wrapping(0xcbf29ce484222325u64);
    for byte in b"hello" {
        h ^= Wrapping(*byte as u64);
        h *= Wrapping(0x100000001b3);
    }
    println!("{:016x}", h);
    let total: Wrapping<u8> = [Wrapping(200u8), Wrapping(100), Wrapping(1)].iter().sum();
    let prod: Wrapping<i16> = (1..=10).map(Wrapping).product();
    println!("{} {}", total, prod);
    println!("{:b} {:o} {:X} {:>6}|", Wrapping(5u8), Wrapping(8u8), Saturating(255u8), Wrapping(-3i8));
    println!("{}", &Wrapping(3u8) - &Wrapping(5u8));
    println!("{:?}", Wrapping(3) < Wrapping(4));

    let s = Saturating(250u8) + Saturating(10);
    println!("{} {:?} {}", s, Saturating(5u8) - Saturating(10), Saturating(-100i8) * Saturating(2));
    println!("{} {} {}", -Saturating(i8::MIN), Saturating(i8::MIN) / Saturating(-1), Saturating(7u16) % Saturating(4));
    let mut t = Saturating(i32::MAX - 5);
    t += 3;
    t += Saturating(100);
    t &= 0xff;
    t |= Saturating(0x100);
    println!("{} {}", t, !Saturating(0u8));
    let total: Saturating<u32> = [u32::MAX, 5, 6].iter().copied().map(Saturating).sum();
    println!("{} {:?}", total, Saturating::<u8>::default());
}
