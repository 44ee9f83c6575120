// A fixed-size BitSet with BitAnd/BitOr/Not/Sub operators and a set-bit iterator, used for prime sieves.
use std::fmt;
use std::ops::{BitAnd, BitOr, Not, Sub};

#[derive(Clone, PartialEq, Eq)]
struct BitSet { bits: Vec<u64>, len: usize }

impl BitSet {
    fn new(len: usize) -> Self { BitSet { bits: vec![0; (len + 63) / 64], len } }
    fn full(len: usize) -> Self { !BitSet::new(len) }
    fn set(&mut self, i: usize, v: bool) {
        assert!(i < self.len, "bit {} out of range {}", i, self.len);
        let (w, b) = (i / 64, i % 64);
        if v { self.bits[w] |= 1 << b } else { self.bits[w] &= !(1 << b) }
    }
    fn get(&self, i: usize) -> bool { i < self.len && self.bits[i / 64] >> (i % 64) & 1 == 1 }
    fn count(&self) -> usize { self.bits.iter().map(|w| w.count_ones() as usize).sum() }
    fn iter(&self) -> Ones<'_> { Ones { set: self, word: 0, cur: self.bits.first().copied().unwrap_or(0) } }
    fn trim(mut self) -> Self {
        let extra = self.bits.len() * 64 - self.len;
        if extra > 0 { if let Some(last) = self.bits.last_mut() { *last &= u64::MAX >> extra; } }
        self
    }
}

struct Ones<'a> { set: &'a BitSet, word: usize, cur: u64 }
impl Iterator for Ones<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        while self.cur == 0 {
            self.word += 1;
            self.cur = *self.set.bits.get(self.word)?;
        }
        let tz = self.cur.trailing_zeros() as usize;
        self.cur &= self.cur - 1;
        Some(self.word * 64 + tz)
    }
}

impl BitAnd for &BitSet { type Output = BitSet; fn bitand(self, o: &BitSet) -> BitSet { BitSet { bits: self.bits.iter().zip(&o.bits).map(|(a, b)| a & b).collect(), len: self.len } } }
impl BitOr for &BitSet { type Output = BitSet; fn bitor(self, o: &BitSet) -> BitSet { BitSet { bits: self.bits.iter().zip(&o.bits).map(|(a, b)| a | b).collect(), len: self.len } } }
impl Sub for &BitSet { type Output = BitSet; fn sub(self, o: &BitSet) -> BitSet { self & &!o.clone() } }
impl Not for BitSet { type Output = BitSet; fn not(self) -> BitSet { BitSet { bits: self.bits.iter().map(|w| !w).collect(), len: self.len }.trim() } }

impl fmt::Debug for BitSet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.debug_set().entries(self.iter()).finish() }
}

fn sieve(n: usize) -> BitSet {
    let mut s = BitSet::full(n + 1);
    s.set(0, false);
    s.set(1, false);
    let mut p = 2;
    while p * p <= n {
        if s.get(p) {
            for m in (p * p..=n).step_by(p) { s.set(m, false); }
        }
        p += 1;
    }
    s
}

fn main() {
    let primes = sieve(200);
    println!("{} primes <= 200; first 15: {:?}", primes.count(), primes.iter().take(15).collect::<Vec<_>>());
    let twins: Vec<(usize, usize)> = primes.iter().filter(|&p| primes.get(p + 2)).map(|p| (p, p + 2)).collect();
    println!("twin primes: {:?}", &twins[..8]);
    let mut odds = BitSet::new(201);
    for i in (1..=200).step_by(2) { odds.set(i, true); }
    let mut squares = BitSet::new(201);
    for i in (0..).map(|k: usize| k * k).take_while(|&s| s <= 200) { squares.set(i, true); }
    println!("odd non-primes < 60: {:?}", (&odds - &primes).iter().take_while(|&x| x < 60).collect::<Vec<_>>());
    println!("squares or primes < 30: {:?}", (&squares | &primes).iter().take_while(|&x| x < 30).collect::<Vec<_>>());
    println!("even primes: {:?}", (&primes - &odds));
    println!("prime squares: {:?}", &primes & &squares);
    let goldbach: Vec<String> = (4..=40).step_by(6).map(|n| {
        let p = primes.iter().find(|&p| primes.get(n - p)).unwrap();
        format!("{}={}+{}", n, p, n - p)
    }).collect();
    println!("{}", goldbach.join(" "));
    let big = sieve(100_000);
    println!("pi(100000) = {}, largest = {:?}", big.count(), big.iter().last());
    let gaps = big.iter().zip(big.iter().skip(1)).map(|(a, b)| b - a).max();
    println!("max prime gap below 100000: {:?}", gaps);
    println!("full(70) count {} / not(new) equal: {}", BitSet::full(70).count(), BitSet::full(70) == !BitSet::new(70));
    let mut small = BitSet::new(10);
    small.set(10, true);
}
