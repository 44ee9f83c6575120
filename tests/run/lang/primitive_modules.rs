// `use std::u32;` and `use std::char;`: the modules' constants, and the primitive type for the rest and in type position.
use std::u32;
use std::i64;
fn f(x: u32) -> u32 { x.wrapping_mul(3) }
fn main() { more(); let a: u32 = 7; let b: i64 = i64::MIN; println!("{} {} {} {}", f(a), u32::MAX - a, b, u32::from_str_radix("ff", 16).unwrap()); let v: Vec<u32> = vec![1]; println!("{:?} {}", v, std::u8::MAX); }

mod chars {
    use std::char;
    pub fn show() {
        println!("{:?} {:?}", char::from_u32(65), char::from_digit(7, 10));
    }
}

#[allow(unused)]
fn more() {
    chars::show();
}
