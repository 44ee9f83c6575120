// Integer parsing: std::num::ParseIntError with its kind, Display and Debug; from_str_radix.
use std::num::{IntErrorKind, ParseIntError};

fn parse_sum(a: &str, b: &str) -> Result<i32, ParseIntError> {
    let x: i32 = a.parse()?;
    let y = b.parse::<i32>()?;
    Ok(x + y)
}

fn main() {
    for s in ["12", "", "-", "+", "+7", "-0", "1a", "128", "-129", "-128", " 1"] {
        match s.parse::<i8>() {
            Ok(v) => println!("{:?} -> Ok({})", s, v),
            Err(e) => println!("{:?} -> {} / {:?} / {:?}", s, e, e, e.kind()),
        }
    }
    println!("{:?}", "-1".parse::<u32>());
    println!("{:?}", "340282366920938463463374607431768211455".parse::<u128>());
    println!("{:?}", "340282366920938463463374607431768211456".parse::<u128>());
    println!("{:?}", "-9223372036854775808".parse::<i64>());
    println!("{:?} {:?}", i32::from_str_radix("-ff", 16), u8::from_str_radix("11111111", 2));
    println!("{:?} {:?}", u64::from_str_radix("zz", 36), i32::from_str_radix("12", 2));
    println!("{:?} {:?}", parse_sum("4", "5"), parse_sum("4", "x"));
    let e = match "".parse::<u8>() {
        Err(e) => e,
        Ok(_) => return,
    };
    println!("[{:>40}]", e);
    println!("{}", *e.kind() == IntErrorKind::Empty);
    match "99999".parse::<u16>() {
        Err(e) if e.kind() == &IntErrorKind::PosOverflow => println!("too big: {}", e),
        other => println!("{:?}", other),
    }
    let e2 = e.clone();
    println!("{}", e == e2);
}
