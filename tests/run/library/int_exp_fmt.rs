// `{:e}` and `{:E}` on integers: significant digits, rounding half to even, padding and signs.

fn main() {
    println!("{:e} {:e} {:e} {:E} {:e} {:e}", 1234, 1200u32, 0u8, -1234i64, 1i8, u128::MAX);
    println!("{:e} {:E} {:e}", i128::MIN, i8::MIN, usize::MAX);
    println!("{:.2e} {:.2e} {:.1e} {:.1e} {:.0e} {:.0e} {:.0e}", 1235, 1245, 1250, 125, 15, 25, 35);
    println!("{:.1e} {:.4e} {:.0e} {:.1e} {:.2e} {:.0e}", 999, 12, 0, 1251, 99950, 95u16);
    println!("{:.2e} {:.3E} {:.1e}", 0i32, -987654321i32, 1049999u64);
    println!("[{:10e}] [{:<10e}] [{:+e}] [{:010e}] [{:^12.3e}]", 1234, 5, 7, -1234, 98765);
    println!("{:.3e} {:e} {:.2e} {:.30e}", 10000, 10000, 1005, 7u8);
    let v: Vec<String> = [1u64, 10, 100, 1_000_000_007].iter().map(|x| format!("{:E}", x)).collect();
    println!("{}", v.join(" "));
    println!("{:>+12.2e}|{:<+12.2E}|", -45i16, 45isize);
}
