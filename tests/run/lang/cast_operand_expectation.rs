// The target type of `as` is a hint only for a literal operand; blocks, if, match and `?` are checked on their own.
fn parse(s: &str) -> Result<u8, std::num::ParseIntError> { Ok(s.parse::<u32>()? as u8) }
fn main() {
    let c = true;
    let a = 3i32; let b = 4i32;
    let x = if c { a } else { b } as i64;
    let y = match a { 3 => 1.5f32, _ => 2.5 } as f64;
    let z = { a + b } as u8;
    let w = (a * 1000) as u8;
    let v = 200 as u8;
    let n = -1 as i64 as u64;
    println!("{} {} {} {} {} {} {:?}", x, y, z, w, v, n, parse("258"));
    let big = 1u64 << 40 as u64;
    println!("{}", big);
}
