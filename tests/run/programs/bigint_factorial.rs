// A small unsigned big integer (base 1e9 limbs) with Add, Mul by BigUint and u32, Display, and Ord.
use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Mul};

const BASE: u64 = 1_000_000_000;

#[derive(Clone, Debug, PartialEq, Eq)]
struct BigUint { limbs: Vec<u32> }

impl BigUint {
    fn from_u64(mut n: u64) -> Self {
        let mut limbs = Vec::new();
        while n > 0 { limbs.push((n % BASE) as u32); n /= BASE; }
        BigUint { limbs }
    }
    fn is_zero(&self) -> bool { self.limbs.is_empty() }
    fn trim(mut self) -> Self {
        while self.limbs.last() == Some(&0) { self.limbs.pop(); }
        self
    }
    fn digit_sum(&self) -> u32 { self.to_string().bytes().map(|b| (b - b'0') as u32).sum() }
    fn parse(s: &str) -> Option<BigUint> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) { return None; }
        let bytes = s.as_bytes();
        let mut limbs = Vec::new();
        let mut end = bytes.len();
        while end > 0 {
            let start = end.saturating_sub(9);
            limbs.push(std::str::from_utf8(&bytes[start..end]).ok()?.parse().ok()?);
            end = start;
        }
        Some(BigUint { limbs }.trim())
    }
}

impl Add for &BigUint {
    type Output = BigUint;
    fn add(self, o: &BigUint) -> BigUint {
        let mut out = Vec::with_capacity(self.limbs.len().max(o.limbs.len()) + 1);
        let mut carry = 0u64;
        for i in 0..self.limbs.len().max(o.limbs.len()) {
            let s = carry + *self.limbs.get(i).unwrap_or(&0) as u64 + *o.limbs.get(i).unwrap_or(&0) as u64;
            out.push((s % BASE) as u32);
            carry = s / BASE;
        }
        if carry > 0 { out.push(carry as u32); }
        BigUint { limbs: out }
    }
}

impl Mul<u32> for &BigUint {
    type Output = BigUint;
    fn mul(self, k: u32) -> BigUint {
        let mut carry = 0u64;
        let mut out: Vec<u32> = self.limbs.iter().map(|&l| {
            let p = l as u64 * k as u64 + carry;
            carry = p / BASE;
            (p % BASE) as u32
        }).collect();
        while carry > 0 { out.push((carry % BASE) as u32); carry /= BASE; }
        BigUint { limbs: out }.trim()
    }
}

impl Mul for &BigUint {
    type Output = BigUint;
    fn mul(self, o: &BigUint) -> BigUint {
        let mut acc = vec![0u64; self.limbs.len() + o.limbs.len() + 1];
        for (i, &a) in self.limbs.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.limbs.iter().enumerate() {
                let cur = acc[i + j] + a as u64 * b as u64 + carry;
                acc[i + j] = cur % BASE;
                carry = cur / BASE;
            }
            let mut k = i + o.limbs.len();
            while carry > 0 { let cur = acc[k] + carry; acc[k] = cur % BASE; carry = cur / BASE; k += 1; }
        }
        BigUint { limbs: acc.into_iter().map(|x| x as u32).collect() }.trim()
    }
}

impl Ord for BigUint {
    fn cmp(&self, o: &Self) -> Ordering {
        self.limbs.len().cmp(&o.limbs.len()).then_with(|| self.limbs.iter().rev().cmp(o.limbs.iter().rev()))
    }
}
impl PartialOrd for BigUint { fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) } }

impl fmt::Display for BigUint {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.is_zero() { return f.pad("0"); }
        let mut s = self.limbs.last().unwrap().to_string();
        for l in self.limbs.iter().rev().skip(1) { s.push_str(&format!("{:09}", l)); }
        f.pad(&s)
    }
}

fn main() {
    let fact = |n: u32| (1..=n).fold(BigUint::from_u64(1), |acc, k| &acc * k);
    for n in [0, 5, 20, 25, 50] {
        let f = fact(n);
        println!("{:>2}! = {} ({} digits, digit sum {})", n, f, f.to_string().len(), f.digit_sum());
    }
    let (mut a, mut b) = (BigUint::from_u64(0), BigUint::from_u64(1));
    for _ in 0..200 { let c = &a + &b; a = b; b = c; }
    println!("fib(200) = {}", a);
    let x = BigUint::parse("123456789012345678901234567890").unwrap();
    let y = BigUint::parse("987654321098765432109876543210").unwrap();
    println!("x*y = {}", &x * &y);
    println!("x+y = {:>40}", &x + &y);
    println!("cmp: {:?} {:?} {}", x.cmp(&y), y.partial_cmp(&x), x == BigUint::parse("000123456789012345678901234567890").unwrap());
    let p2 = (0..128).fold(BigUint::from_u64(1), |acc, _| &acc * 2);
    println!("2^128 = {} (u128 max + 1 = {})", p2, u128::MAX as f64 + 1.0);
    println!("parse errors: {:?} {:?} zero={}", BigUint::parse("12a"), BigUint::parse(""), BigUint::parse("0000").unwrap());
    let mut nums = vec![fact(10), BigUint::from_u64(3_628_799), p2.clone(), BigUint::from_u64(0)];
    nums.sort();
    println!("sorted: {}", nums.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" < "));
}
