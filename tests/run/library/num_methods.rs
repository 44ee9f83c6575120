// Inherent methods and constants of the integer types, and bool::then/then_some.
fn main() {
    println!("{} {} {}", i8::MIN, i8::MAX, u64::MAX);
    println!("{} {} {}", i128::MIN, u128::MAX, isize::BITS);
    println!("{:?} {:?}", 250u8.checked_add(5), 250u8.checked_add(6));
    println!("{:?} {:?}", 5u32.checked_sub(6), (-128i8).checked_neg());
    println!("{:?} {:?} {:?}", 7i32.checked_div(0), i32::MIN.checked_div(-1), 7i32.checked_div(2));
    println!("{:?} {:?}", 7i32.checked_rem(0), 7i32.checked_rem(-3));
    println!("{:?} {:?}", 3u8.checked_pow(5), 3u8.checked_pow(6));
    println!("{:?} {:?}", 5i64.checked_mul(-4), i64::MAX.checked_mul(2));
    println!("{} {} {}", 250u8.wrapping_add(10), 3u8.wrapping_sub(5), 100i8.wrapping_mul(3));
    println!("{} {} {}", (-128i8).wrapping_neg(), i32::MIN.wrapping_div(-1), 3u16.wrapping_pow(20));
    println!("{} {}", (-7i32).wrapping_rem(3), i8::MIN.wrapping_abs());
    println!("{} {} {}", 250u8.saturating_add(10), 3u8.saturating_sub(5), 100i8.saturating_mul(3));
    println!("{} {} {}", (-100i8).saturating_mul(3), (-100i8).saturating_sub(100), 2i32.saturating_pow(40));
    println!("{} {}", i8::MIN.saturating_neg(), i8::MIN.saturating_abs());
    println!("{:?} {:?} {:?}", 250u8.overflowing_add(10), i8::MIN.overflowing_neg(), 2u32.overflowing_pow(33));
    println!("{:?} {:?}", 5u8.overflowing_sub(6), i32::MIN.overflowing_div(-1));
    println!("{} {} {}", 2i32.pow(10), (-3i64).pow(3), 10u64.pow(19));
    println!("{} {} {}", (-5i32).abs(), (-5i32).signum(), 0i8.signum());
    println!("{} {} {}", 3.min(7), 3u8.max(7), 15i32.clamp(-3, 9));
    println!("{} {} {}", (-7i32).rem_euclid(3), (-7i32).div_euclid(3), 7i32.div_euclid(-3));
    println!("{} {}", 7u32.rem_euclid(3), 7u32.div_euclid(3));
    println!("{} {} {}", 0b1011u8.count_ones(), 1u32.leading_zeros(), 8u16.trailing_zeros());
    println!("{} {} {}", (-1i32).count_ones(), 0u64.leading_zeros(), (-1i8).count_zeros());
    println!("{} {} {}", 64u32.is_power_of_two(), 65u32.is_power_of_two(), 0u8.is_power_of_two());
    println!("{} {}", 17u32.next_power_of_two(), 3u8.abs_diff(10));
    println!("{} {}", (-100i8).abs_diff(100), 10i32.abs_diff(-20));
    println!("{} {}", (-5i32).is_negative(), 5i32.is_positive());
    println!("{} {}", 0x12u8.rotate_left(4), 0x1234u16.swap_bytes());
    println!("{:?} {:?}", (1 < 2).then(|| "yes"), false.then_some(3));
    println!("{} {}", u8::MAX as i32 + i16::MIN as i32, u32::BITS + i128::BITS);
}
