// `std::num::NonZero` and its aliases: construction, arithmetic that stays non-zero, parsing,
// conversions and formatting.

use std::num::{NonZero, NonZeroI32, NonZeroU64, NonZeroU8, NonZeroUsize};

fn first_set_bit(n: NonZeroU64) -> u32 {
    n.trailing_zeros()
}

fn main() {
    let a = NonZeroU8::new(12).unwrap();
    println!("{:?} {:?} {} {:?}", NonZeroU8::new(0), NonZeroU8::new(7), a, a);
    println!("{} {} {}", a.get(), u8::from(a), NonZeroU8::MIN);
    println!("{} {} {} {}", NonZeroI32::MIN, NonZeroI32::MAX, NonZeroU8::MAX, NonZero::<u16>::BITS);
    println!("{:?} {:?}", a.checked_mul(NonZeroU8::new(30).unwrap()), a.checked_add(200));
    println!("{} {} {}", a.saturating_add(250), a.saturating_mul(a), a.saturating_pow(3));
    println!("{:?} {} {}", a.checked_pow(2), a.leading_zeros(), a.count_ones());
    println!("{} {} {}", a.is_power_of_two(), a.ilog2(), NonZeroU64::new(1000).unwrap().ilog10());
    println!("{:?} {}", a.checked_next_power_of_two(), a.isqrt());
    println!("{}", first_set_bit(NonZeroU64::new(96).unwrap()));
    let n = NonZeroI32::new(-40).unwrap();
    println!("{} {} {} {}", n.abs(), n.unsigned_abs(), n.is_negative(), -n);
    println!("{:?} {:?}", NonZeroI32::MIN.checked_abs(), NonZeroI32::MIN.overflowing_neg());
    println!("{} {}", NonZeroI32::MIN.saturating_abs(), NonZeroI32::MIN.wrapping_abs());
    println!("{:?} {:?}", "42".parse::<NonZeroUsize>(), "0".parse::<NonZeroUsize>());
    match "0".parse::<NonZeroU8>() {
        Ok(_) => println!("ok"),
        Err(e) => println!("{} {:?}", e, e.kind()),
    }
    println!("{:?} {:?}", NonZeroU8::try_from(9u8), NonZero::<i64>::try_from(0i64).is_err());
    let mut m = NonZeroU8::new(1).unwrap();
    m |= 6;
    m |= NonZeroU8::new(8).unwrap();
    println!("{} {:b} {:x} {}", m, m, m | 0x30, 100u8 / m);
    println!("{}", 100u32 % NonZero::new(7u32).unwrap());
    let mut v = vec![NonZeroU8::new(5).unwrap(), NonZeroU8::new(2).unwrap(), NonZeroU8::new(9).unwrap()];
    v.sort();
    println!("{:?} {}", v, v[0] < v[1]);
    let o: Option<NonZeroUsize> = NonZeroUsize::new(3);
    println!("{:?} {}", o.map(|x| x.get() * 2), limit());
}

const LIMIT: NonZeroU64 = match NonZeroU64::new(64) {
    Some(n) => n,
    None => panic!("zero"),
};

pub fn limit() -> u64 {
    LIMIT.get() + unsafe { NonZero::new_unchecked(1u64) }.get()
}
