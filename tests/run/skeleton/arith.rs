fn main() {
    let a = 17;
    let b = 5;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    let c: i64 = -40;
    println!("{} {}", c / 7, c % 7);
    let x: u8 = 200;
    println!("{}", x as u32 * 2);
    println!("{} {}", 1 << 10, 1024 >> 3);
    println!("{} {} {}", a > b, a == b, a != b);
    let mut total = 0;
    total += a;
    total *= 3;
    total -= 1;
    println!("total = {}", total);
}
