// The integer types' inherent methods across widths and signs: byte conversions, logarithms,
// square roots, midpoints, rounding division, mixed-sign arithmetic and the strict/unbounded forms.

fn bytes() {
    println!("{:?} {:?}", 0x1234_5678u32.to_be_bytes(), 0x1234_5678u32.to_le_bytes());
    println!("{:?} {:?}", (-2i16).to_le_bytes(), (-2i16).to_be_bytes());
    println!("{:?}", 0x0102_0304_0506_0708u64.to_ne_bytes());
    println!("{:?}", (-1i128).to_be_bytes());
    println!("{:?} {:?}", 7u8.to_be_bytes(), (-7i8).to_le_bytes());
    println!("{:?}", usize::MAX.to_le_bytes());
    println!("{}", i64::from_be_bytes([1, 2, 3, 4, 5, 6, 7, 8]));
    println!("{}", i64::from_le_bytes([1, 2, 3, 4, 5, 6, 7, 0x80]));
    println!("{}", u16::from_ne_bytes([0xff, 0x01]));
    println!("{}", i32::from_be_bytes((-123456i32).to_be_bytes()));
    println!("{}", u128::from_le_bytes(u128::MAX.wrapping_sub(77).to_le_bytes()));
    println!("{} {}", isize::from_be_bytes((-5isize).to_be_bytes()), i8::from_le_bytes([0xff]));
    println!("{:x} {:x}", 0x1234u16.to_be(), u32::from_be(0x1234_5678));
    println!("{} {}", 0x1234u16.to_le(), i64::from_le(-9));
}

fn logs() {
    println!("{} {} {}", 1000u32.ilog10(), 999u32.ilog10(), 1u8.ilog10());
    println!("{} {} {}", 1024u64.ilog2(), 1023u64.ilog2(), i128::MAX.ilog2());
    println!("{} {} {}", 80i32.ilog(3), 81i32.ilog(3), u128::MAX.ilog(7));
    println!("{:?} {:?} {:?}", 0u16.checked_ilog2(), (-4i16).checked_ilog10(), 9usize.checked_ilog(1));
    println!("{:?} {:?}", 255u8.checked_ilog(2), (i64::MAX).checked_ilog10());
    println!("{} {} {}", u64::MAX.ilog10(), i8::MAX.ilog10(), 100isize.ilog(10));
}

fn roots_and_midpoints() {
    println!("{} {} {}", 99u8.isqrt(), 100u8.isqrt(), 255u8.isqrt());
    println!("{} {}", i128::MAX.isqrt(), u128::MAX.isqrt());
    println!("{} {}", u64::MAX.isqrt(), 0usize.isqrt());
    println!("{:?} {:?} {}", (-1i32).checked_isqrt(), 50i32.checked_isqrt(), i8::MAX.isqrt());
    println!("{} {} {}", (-7i32).midpoint(2), 7i32.midpoint(-2), (-8i32).midpoint(1));
    println!("{} {}", i64::MIN.midpoint(i64::MAX), i8::MAX.midpoint(i8::MAX));
    println!("{} {} {}", 7u8.midpoint(255), u128::MAX.midpoint(u128::MAX - 1), 0usize.midpoint(5));
}

fn rounding() {
    println!("{} {} {}", 7u32.div_ceil(2), 8u32.div_ceil(2), 0u8.div_ceil(3));
    println!("{} {} {}", 13usize.next_multiple_of(8), 16usize.next_multiple_of(8), 0u64.next_multiple_of(5));
    println!("{:?} {:?} {:?}", 250u8.checked_next_multiple_of(7), 250u8.checked_next_multiple_of(0), 245u8.checked_next_multiple_of(7));
    println!("{} {} {} {}", 12u16.is_multiple_of(4), 13u16.is_multiple_of(4), 0u16.is_multiple_of(0), 3u16.is_multiple_of(0));
    println!("{} {}", 100u8.next_power_of_two(), 129u32.next_power_of_two());
    println!("{:?} {:?} {}", 200u8.checked_next_power_of_two(), 0u8.checked_next_power_of_two(), 64u64.is_power_of_two());
}

fn mixed_sign() {
    println!("{:?} {:?} {:?}", 5u8.checked_add_signed(-6), 5u8.checked_add_signed(-5), 250u8.checked_add_signed(6));
    println!("{:?} {:?}", 5u8.overflowing_add_signed(-6), 250u32.overflowing_sub_signed(-6));
    println!("{} {} {}", 5u8.saturating_add_signed(-6), 250u8.saturating_add_signed(100), 3u8.saturating_sub_signed(-100));
    println!("{} {} {}", 5u16.wrapping_add_signed(-6), 5u16.wrapping_sub_signed(-6), 5usize.strict_add_signed(-5));
    println!("{:?} {:?}", 3u64.checked_sub_signed(4), 3u64.checked_sub_signed(-4));
    println!("{:?} {:?} {:?}", 5u8.checked_signed_diff(200), 0u8.checked_signed_diff(128), 200u8.checked_signed_diff(73));
    println!("{:?} {:?}", (-128i8).checked_add_unsigned(255), 0i8.checked_add_unsigned(200));
    println!("{:?} {:?}", 127i8.overflowing_sub_unsigned(255), (-1i32).overflowing_sub_unsigned(u32::MAX));
    println!("{} {} {}", 100i8.saturating_add_unsigned(100), (-100i8).saturating_sub_unsigned(100), 1i64.wrapping_add_unsigned(u64::MAX));
    println!("{} {}", (-5i16).strict_sub_unsigned(5), (-1i32).cast_unsigned());
    println!("{:?} {:?}", 200u8.carrying_add(100, true), 5u8.borrowing_sub(5, true));
    println!("{:?} {:?}", 200u8.carrying_mul(200, 255), u128::MAX.carrying_mul_add(u128::MAX, u128::MAX, u128::MAX));
    println!("{:?} {:?}", 0xdead_beefu32.carrying_mul(0x1234_5678, 99), 3usize.carrying_mul(4, 5));
}

fn shifts_and_euclid() {
    println!("{:?} {:?} {:?}", 1u8.overflowing_shl(9), (-16i32).overflowing_shr(2), 1i64.overflowing_shl(64));
    println!("{} {} {}", 1u8.unbounded_shl(8), 0xffu8.unbounded_shr(8), (-16i32).unbounded_shr(40));
    println!("{} {}", 16i32.unbounded_shr(40), 3u128.unbounded_shl(127));
    println!("{:?} {:?}", i8::MIN.overflowing_div_euclid(-1), (-7i8).overflowing_div_euclid(2));
    println!("{:?} {:?}", i8::MIN.overflowing_rem_euclid(-1), (-7i8).overflowing_rem_euclid(2));
    println!("{} {} {}", i16::MIN.wrapping_div_euclid(-1), (-7i16).wrapping_rem_euclid(-2), 7u32.wrapping_div_euclid(2));
    println!("{} {}", (-7i32).strict_div_euclid(2), (-7i32).strict_rem_euclid(2));
    println!("{} {} {}", 100u8.strict_add(155), 7i32.strict_mul(-6), i8::MIN.strict_sub(0));
    println!("{} {} {}", i8::MIN.strict_div(1), (-7isize).strict_rem(3), 0u8.strict_neg());
    println!("{} {} {}", (-3i64).strict_pow(3), 1u16.strict_shl(15), (-8i8).strict_shr(1));
    println!("{} {}", (-9i32).strict_abs(), 3i32.strict_neg());
    println!("{} {}", unsafe { 5i32.unchecked_add(6) }, unsafe { 200u8.unchecked_sub(100) });
    println!("{} {}", unsafe { 12u64.unchecked_mul(12) }, unsafe { 1u8.unchecked_shl(7) });
    println!("{} {}", unsafe { (-64i8).unchecked_shr(3) }, unsafe { 5i16.unchecked_neg() });
}

fn classic() {
    println!("{:?} {:?} {:?}", 100i8.checked_add(28), 5u8.checked_sub(6), i32::MIN.checked_div(-1));
    println!("{:?} {:?} {:?}", 5u8.checked_rem(0), i64::MIN.checked_neg(), 3u32.checked_pow(21));
    println!("{} {} {}", i8::MIN.wrapping_abs(), i8::MIN.unsigned_abs(), (-7i8).abs_diff(120));
    println!("{:?} {:?}", i32::MIN.overflowing_abs(), 2i32.overflowing_pow(31));
    println!("{} {} {}", i16::MIN.saturating_neg(), (-3i8).saturating_pow(5), 3u8.saturating_pow(6));
    println!("{} {} {}", (-7i32).rem_euclid(3), (-7i32).div_euclid(3), 7i32.div_euclid(-3));
    println!("{} {} {}", (-5i8).signum(), 0i64.is_positive(), (-1isize).is_negative());
    println!("{} {} {}", 0b1011u8.count_ones(), 0u16.count_zeros(), (-1i32).leading_ones());
    println!("{} {} {}", 8u64.trailing_zeros(), 7u8.trailing_ones(), 1u128.leading_zeros());
    println!("{:x} {:x}", 0x12u8.rotate_left(4), 0x1234_5678u32.rotate_right(8));
    println!("{:x} {:x}", 0x1234u16.swap_bytes(), 1u8.reverse_bits());
    println!("{} {} {}", u8::BITS, i128::MIN, usize::MAX);
    println!("{:?} {:?}", i32::from_str_radix("-zz", 36), u8::from_str_radix("256", 10).is_err());
}

fn escapes() {
    for b in [b'a', b'\n', b'\t', b'\r', b'\\', b'\'', b'"', 0u8, 0x7f, 0xff, b' ', b'~'] {
        let s: String = b.escape_ascii().map(|c| c as char).collect();
        print!("[{}|{}|{}] ", b.escape_ascii(), s, b.escape_ascii().len());
    }
    println!();
    let mut e = 0x9bu8.escape_ascii();
    println!("{:?} {:?} {} {:?}", e.next_back(), e.next(), e, e.clone().rev().collect::<Vec<u8>>());
}

fn main() {
    escapes();
    bytes();
    logs();
    roots_and_midpoints();
    rounding();
    mixed_sign();
    shifts_and_euclid();
    classic();
}
