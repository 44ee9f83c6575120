// Exact fractions with gcd normalisation, arithmetic operators, manual Ord, and recipe scaling.
use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Div, Mul, Sub};
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Frac { n: i64, d: i64 }

const fn gcd(a: i64, b: i64) -> i64 { if b == 0 { a.abs() } else { gcd(b, a % b) } }

impl Frac {
    fn new(n: i64, d: i64) -> Frac {
        assert!(d != 0, "zero denominator");
        let g = gcd(n, d).max(1);
        let s = if d < 0 { -1 } else { 1 };
        Frac { n: s * n / g, d: s * d / g }
    }
    fn whole(n: i64) -> Frac { Frac::new(n, 1) }
    fn to_f64(self) -> f64 { self.n as f64 / self.d as f64 }
}

impl Add for Frac { type Output = Frac; fn add(self, o: Frac) -> Frac { Frac::new(self.n * o.d + o.n * self.d, self.d * o.d) } }
impl Sub for Frac { type Output = Frac; fn sub(self, o: Frac) -> Frac { Frac::new(self.n * o.d - o.n * self.d, self.d * o.d) } }
impl Mul for Frac { type Output = Frac; fn mul(self, o: Frac) -> Frac { Frac::new(self.n * o.n, self.d * o.d) } }
impl Div for Frac { type Output = Frac; fn div(self, o: Frac) -> Frac { Frac::new(self.n * o.d, self.d * o.n) } }

impl Ord for Frac {
    fn cmp(&self, o: &Frac) -> Ordering { (self.n * o.d).cmp(&(o.n * self.d)) }
}
impl PartialOrd for Frac { fn partial_cmp(&self, o: &Frac) -> Option<Ordering> { Some(self.cmp(o)) } }

impl fmt::Display for Frac {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let (w, r) = (self.n / self.d, (self.n % self.d).abs());
        let s = match (w, r) {
            (w, 0) => format!("{}", w),
            (0, r) => format!("{}{}/{}", if self.n < 0 { "-" } else { "" }, r, self.d),
            (w, r) => format!("{} {}/{}", w, r, self.d),
        };
        f.pad(&s)
    }
}

impl FromStr for Frac {
    type Err = String;
    fn from_str(s: &str) -> Result<Frac, String> {
        let s = s.trim();
        let (whole, frac) = match s.split_once(' ') {
            Some((w, f)) => (w.parse::<i64>().map_err(|e| e.to_string())?, f),
            None if s.contains('/') => (0, s),
            None => return s.parse().map(Frac::whole).map_err(|e| format!("{}: {:?}", e, s)),
        };
        let (n, d) = frac.split_once('/').ok_or("missing /")?;
        let f = Frac::new(n.parse().map_err(|_| "bad numerator")?, d.parse().map_err(|_| "bad denominator")?);
        Ok(Frac::whole(whole) + f)
    }
}

fn main() {
    let recipe = "2 1/4 cup flour\n3/4 cup sugar\n1 1/2 tsp salt\n2 egg\n1/3 cup milk\n5/8 cup butter";
    let items: Vec<(Frac, &str)> = recipe.lines().map(|l| {
        let (qty, rest) = match l.match_indices(' ').nth(if l.chars().nth(1) == Some(' ') && l.contains('/') { 1 } else { 0 }) {
            Some((i, _)) => l.split_at(i),
            None => (l, ""),
        };
        (qty.parse().unwrap(), rest.trim())
    }).collect();
    for scale in [Frac::new(1, 2), Frac::whole(3), Frac::new(2, 3)] {
        println!("scaled by {}:", scale);
        for (q, what) in &items {
            println!("  {:>8} {}", *q * scale, what);
        }
    }
    let cups: Frac = items.iter().filter(|(_, w)| w.starts_with("cup")).fold(Frac::whole(0), |acc, (q, _)| acc + *q);
    println!("total cups: {} (~{:.3})", cups, cups.to_f64());
    let mut qs: Vec<Frac> = items.iter().map(|(q, _)| *q).collect();
    qs.sort();
    println!("sorted: {}", qs.iter().map(|q| q.to_string()).collect::<Vec<_>>().join(", "));
    println!("max {} min {}", qs.iter().max().unwrap(), qs.iter().min().unwrap());
    let h: Frac = (1..=10).map(|k| Frac::new(1, k)).fold(Frac::whole(0), |a, b| a + b);
    println!("H(10) = {} = {}/{}", h, h.n, h.d);
    println!("{} {} {}", Frac::new(-7, 2), Frac::new(6, -4), Frac::new(1, 3) - Frac::new(1, 2));
    println!("{:?}", "x/3".parse::<Frac>());
    println!("{:?} {:?}", "1 1/0x".parse::<Frac>(), "abc".parse::<Frac>());
    println!("{}", Frac::new(1, 2) / Frac::whole(0));
}
