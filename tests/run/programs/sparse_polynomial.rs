// Sparse polynomials over BTreeMap: Add/Sub/Mul/Neg, evaluation, derivative, and sign-aware Display.
use std::collections::BTreeMap;
use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Clone, Debug, PartialEq, Default)]
struct Poly { terms: BTreeMap<u32, i64> }

impl Poly {
    fn from_pairs(pairs: &[(u32, i64)]) -> Poly {
        let mut p = Poly::default();
        for &(e, c) in pairs { p.add_term(e, c); }
        p
    }
    fn add_term(&mut self, exp: u32, coef: i64) {
        let c = self.terms.entry(exp).or_insert(0);
        *c += coef;
        if *c == 0 { self.terms.remove(&exp); }
    }
    fn degree(&self) -> Option<u32> { self.terms.keys().next_back().copied() }
    fn eval(&self, x: i64) -> i64 {
        // Horner over the dense range of exponents.
        let deg = match self.degree() { Some(d) => d, None => return 0 };
        (0..=deg).rev().fold(0, |acc, e| acc * x + self.terms.get(&e).copied().unwrap_or(0))
    }
    fn derivative(&self) -> Poly {
        let mut d = Poly::default();
        for (&e, &c) in self.terms.iter().filter(|(e, _)| **e > 0) {
            d.add_term(e - 1, c * e as i64);
        }
        d
    }
    fn compose(&self, inner: &Poly) -> Poly {
        let mut result = Poly::default();
        let mut power = Poly::from_pairs(&[(0, 1)]);
        let deg = self.degree().unwrap_or(0);
        for e in 0..=deg {
            if let Some(&c) = self.terms.get(&e) {
                result = result + power.clone() * Poly::from_pairs(&[(0, c)]);
            }
            power = power * inner.clone();
        }
        result
    }
}

impl Add for Poly {
    type Output = Poly;
    fn add(mut self, rhs: Poly) -> Poly {
        for (e, c) in rhs.terms { self.add_term(e, c); }
        self
    }
}
impl Neg for Poly {
    type Output = Poly;
    fn neg(self) -> Poly { Poly { terms: self.terms.into_iter().map(|(e, c)| (e, -c)).collect() } }
}
impl Sub for Poly {
    type Output = Poly;
    fn sub(self, rhs: Poly) -> Poly { self + (-rhs) }
}
impl Mul for Poly {
    type Output = Poly;
    fn mul(self, rhs: Poly) -> Poly {
        let mut out = Poly::default();
        for (&e1, &c1) in &self.terms {
            for (&e2, &c2) in &rhs.terms {
                out.add_term(e1 + e2, c1 * c2);
            }
        }
        out
    }
}

impl fmt::Display for Poly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.terms.is_empty() { return write!(f, "0"); }
        for (i, (&e, &c)) in self.terms.iter().rev().enumerate() {
            let sign = if c < 0 { "-" } else { "+" };
            if i == 0 { if c < 0 { write!(f, "-")?; } } else { write!(f, " {} ", sign)?; }
            let a = c.abs();
            match (a, e) {
                (a, 0) => write!(f, "{}", a)?,
                (1, 1) => write!(f, "x")?,
                (1, e) => write!(f, "x^{}", e)?,
                (a, 1) => write!(f, "{}x", a)?,
                (a, e) => write!(f, "{}x^{}", a, e)?,
            }
        }
        Ok(())
    }
}

fn main() {
    let p = Poly::from_pairs(&[(2, 3), (1, -2), (0, 5)]);
    let q = Poly::from_pairs(&[(1, 1), (0, -1)]);
    println!("p = {}\nq = {}", p, q);
    println!("p + q = {}", p.clone() + q.clone());
    println!("p - q = {}", p.clone() - q.clone());
    println!("p * q = {}", p.clone() * q.clone());
    println!("p - p = {}", p.clone() - p.clone());
    println!("p' = {}, p'' = {}, p''' = {}", p.derivative(), p.derivative().derivative(), p.derivative().derivative().derivative());
    let values: Vec<i64> = (-3..=3).map(|x| p.eval(x)).collect();
    println!("p(-3..=3) = {:?}", values);
    let binom = (0..6).fold(Poly::from_pairs(&[(0, 1)]), |acc, _| acc * q.clone());
    println!("(x-1)^6 = {}", binom);
    println!("(x-1)^6 at 3 = {}, degree {:?}", binom.eval(3), binom.degree());
    println!("p(q(x)) = {}", p.compose(&q));
    let roots: Vec<i64> = (-10..=10).filter(|&x| binom.eval(x) == 0).collect();
    println!("integer roots of (x-1)^6: {:?}", roots);
    println!("zero: {} {:?}", Poly::default(), Poly::default().degree());
    println!("{:?}", Poly::from_pairs(&[(3, -1), (0, 1)]));
}
