// Integer methods that panic report the caller's line, with the messages of rustc's library.

fn main() {
    let n = std::env::args().count() as u32; // 1
    println!("{}", 10u32.ilog(n + 1));
    println!("{:?}", (n as i32 - 2).checked_isqrt());
    println!("{}", 250u8.strict_add(n as u8 + 5));
    println!("never printed");
}
