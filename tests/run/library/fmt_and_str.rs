use std::fmt;

struct Matrix {
    a: i64, b: i64, c: i64, d: i64,
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{} {}; {} {}]", self.a, self.b, self.c, self.d)
    }
}

impl Matrix {
    fn mul(&self, o: &Matrix) -> Matrix {
        Matrix {
            a: self.a * o.a + self.b * o.c,
            b: self.a * o.b + self.b * o.d,
            c: self.c * o.a + self.d * o.c,
            d: self.c * o.b + self.d * o.d,
        }
    }
}

fn fib_matrix(n: u32) -> i64 {
    let mut result = Matrix { a: 1, b: 0, c: 0, d: 1 };
    let mut base = Matrix { a: 1, b: 1, c: 1, d: 0 };
    let mut k = n;
    while k > 0 {
        if k & 1 == 1 {
            result = result.mul(&base);
        }
        base = base.mul(&base);
        k >>= 1;
    }
    result.b
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn main() {
    let m = Matrix { a: 1, b: 2, c: 3, d: 4 };
    println!("{}", m);
    println!("{:>12}|{:<6}|{:^7}|", fib_matrix(50), gcd(84, 36), "mid");
    println!("{:08.3}", 3);
    println!("{:#x} {:#b} {:o} {:+}", 255, 5, 64, 7);
    let s = "hello world";
    let words = s.split(' ').count();
    println!("{} {} {}", s.len(), words, s.to_uppercase_len());
}

trait UpperLen {
    fn to_uppercase_len(&self) -> usize;
}

impl UpperLen for str {
    fn to_uppercase_len(&self) -> usize {
        self.chars().filter(|c| c.is_ascii_lowercase()).count()
    }
}
