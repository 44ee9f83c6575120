// Blanket impls, extension traits on Iterator, generic functions with where clauses and supertraits.
use std::collections::HashMap;
use std::fmt::{Debug, Display};
use std::hash::Hash;

trait Describe {
    fn describe(&self) -> String;
}
impl<T: Debug> Describe for T {
    fn describe(&self) -> String { format!("<{:?}>", self) }
}

trait Named { fn name(&self) -> String; }
trait Greeter: Named {
    fn greeting(&self) -> String { format!("Hello, {}!", self.name()) }
}
struct Person(&'static str);
struct Robot { serial: u32 }
impl Named for Person { fn name(&self) -> String { self.0.to_string() } }
impl Named for Robot { fn name(&self) -> String { format!("unit-{:04}", self.serial) } }
impl Greeter for Person {}
impl Greeter for Robot { fn greeting(&self) -> String { format!("BEEP {} BOOP", self.name().to_uppercase()) } }

trait IterStats: Iterator {
    fn counts(self) -> HashMap<Self::Item, usize>
    where
        Self: Sized,
        Self::Item: Hash + Eq,
    {
        let mut m = HashMap::new();
        for x in self { *m.entry(x).or_insert(0) += 1; }
        m
    }
    fn mode(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Hash + Eq + Ord + Clone,
    {
        let c = self.counts();
        c.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(k, _)| k)
    }
    fn join_with(self, sep: &str) -> String
    where
        Self: Sized,
        Self::Item: Display,
    {
        let mut out = String::new();
        for (i, x) in self.enumerate() {
            if i > 0 { out.push_str(sep); }
            out.push_str(&x.to_string());
        }
        out
    }
}
impl<I: Iterator> IterStats for I {}

fn largest_pair<T, U>(items: &[(T, U)]) -> Option<&(T, U)>
where
    T: PartialOrd,
    U: PartialOrd,
{
    let mut best = items.first()?;
    for it in items {
        if it.0 > best.0 || (it.0 == best.0 && it.1 > best.1) { best = it; }
    }
    Some(best)
}

fn print_all<G: Greeter + ?Sized>(gs: &[&G]) {
    for g in gs { println!("{}", g.greeting()); }
}

trait Zero { const ZERO: Self; }
impl Zero for i32 { const ZERO: i32 = 0; }
impl Zero for f64 { const ZERO: f64 = 0.0; }
fn sum_positive<T>(xs: &[T]) -> T where T: Zero + PartialOrd + Copy + std::ops::Add<Output = T> {
    xs.iter().copied().filter(|x| *x > T::ZERO).fold(T::ZERO, |a, b| a + b)
}

fn main() {
    println!("{} {} {} {}", 42.describe(), "hi".describe(), vec![Some(1), None].describe(), (1, 'x', 2.5).describe());
    let p = Person("Ada");
    let r = Robot { serial: 7 };
    println!("{}\n{}", p.greeting(), r.greeting());
    let dyns: Vec<&dyn Greeter> = vec![&p, &r, &Person("Linus")];
    print_all(&dyns);
    print_all(&[&Robot { serial: 1234 }]);

    let text = "b a c a b a d";
    let mut counts: Vec<(&str, usize)> = text.split(' ').counts().into_iter().collect();
    counts.sort();
    println!("counts {:?}", counts);
    println!("mode {:?}", text.split(' ').mode());
    println!("mode of nums {:?}", [3, 1, 3, 1, 2].iter().mode());
    println!("mode of empty {:?}", std::iter::empty::<u8>().mode());
    println!("joined: {}", (1..=5).map(|x| x * x).join_with(" + "));
    println!("chars: {}", "abc".chars().rev().join_with("|"));
    println!("largest pair: {:?}", largest_pair(&[(1, 'a'), (3, 'b'), (3, 'z'), (2, 'q')]));
    println!("largest of none: {:?}", largest_pair::<i32, i32>(&[]));
    println!("sum_positive: {} {}", sum_positive(&[3, -4, 5, -1]), sum_positive(&[1.5, -2.0, 0.25]));
}
