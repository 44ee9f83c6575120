// std::convert: lossless From between number types, TryFrom/TryInto (prelude, blanket impls),
// AsRef/AsMut, and the String/Vec conversions.
use std::convert::TryFrom;
use std::num::TryFromIntError;

fn widen<T: Into<i64>>(x: T) -> i64 {
    x.into()
}

fn byte_len<S: AsRef<str>>(s: S) -> usize {
    s.as_ref().len()
}

fn total<T: AsRef<[i32]>>(v: T) -> i32 {
    let mut t = 0;
    for x in v.as_ref() {
        t += *x;
    }
    t
}

fn zero_first<T: AsMut<[u8]>>(mut v: T) -> T {
    v.as_mut()[0] = 0;
    v
}

fn narrow(x: i64) -> Result<u8, TryFromIntError> {
    let v: u8 = x.try_into()?;
    Ok(v)
}

struct Even(u32);

impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(v: u32) -> Result<Even, String> {
        if v % 2 == 0 { Ok(Even(v)) } else { Err(format!("{} is odd", v)) }
    }
}

fn main() {
    let a: i16 = 200u8.into();
    let b = i16::from(-5i8);
    let c: u64 = u32::MAX.into();
    let d = i128::from(i64::MIN);
    println!("{} {} {} {}", a, b, c, d);
    println!("{} {} {}", widen(7u8), widen(-3i32), widen(65000u16));
    println!("{} {} {}", u8::from(true), i32::from(false), u32::from('A'));
    println!("{} {:?} {}", char::from(97u8), u64::from('\u{1F600}'), f64::from(1.5f32));
    println!("{} {}", f64::from(-7i32), f32::from(300u16));
    println!("{:?} {:?}", u8::try_from(255i32), u8::try_from(256i32));
    println!("{:?} {:?}", i8::try_from(-129i64), u32::try_from(-1i8));
    println!("{:?} {:?}", i32::try_from(u64::MAX), usize::try_from(5u128));
    println!("{:?} {:?}", u16::try_from(7u8), i64::try_from(i128::MAX));
    let r: Result<i8, _> = 127u8.try_into();
    println!("{:?}", r);
    println!("{:?} {:?}", narrow(12), narrow(1000));
    match narrow(-1) {
        Err(e) => println!("error: {} / {:?}", e, e),
        Ok(v) => println!("{}", v),
    }
    match Even::try_from(8) {
        Ok(e) => println!("even {}", e.0),
        Err(s) => println!("{}", s),
    }
    let odd: Result<Even, String> = 9u32.try_into();
    if let Err(s) = odd {
        println!("{}", s);
    }
    println!("{} {} {}", byte_len("héllo"), byte_len(String::from("abc")), byte_len(&String::from("xy")));
    println!("{} {} {}", total([1, 2, 3]), total(vec![4, 5]), total(&[6, 7][..]));
    println!("{:?} {:?}", zero_first(vec![9u8, 8]), zero_first([5u8, 4, 3]));
    let s = String::from('x');
    let s2 = String::from(&s);
    let bytes: Vec<u8> = s2.into();
    let v = Vec::from("hi");
    let w: Vec<i32> = [1, 2].into();
    let z = Vec::from(&[3, 4][..]);
    println!("{} {:?} {:?} {:?} {:?}", s, bytes, v, w, z);
    let bs: &[u8] = "ab".as_ref();
    println!("{:?}", bs);
}
