// `impl Trait` nested inside parameter types: in another `impl Trait`'s associated type binding,
// in generic arguments, tuples and references. Each is a type parameter of the function.
use std::collections::HashMap;
use std::fmt::{Debug, Display};

fn join(items: impl IntoIterator<Item = impl Display>, sep: &str) -> String {
    let mut out = String::new();
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&it.to_string());
    }
    out
}

fn longest(v: Vec<impl AsRef<str>>) -> usize {
    v.iter().map(|s| s.as_ref().len()).max().unwrap_or(0)
}

fn describe(pair: (impl Debug, &impl Display), flag: Option<impl Fn(u32) -> bool>) -> String {
    let f = match flag {
        Some(f) => f(7),
        None => false,
    };
    format!("{:?} / {} / {}", pair.0, pair.1, f)
}

fn drain_into(src: &mut impl Iterator<Item = impl Into<u64>>, total: &mut u64) {
    for x in src {
        *total += x.into();
    }
}

trait Sink {
    fn put_all(&mut self, items: impl IntoIterator<Item = (impl ToString, impl Into<i64>)>);
}

struct Ledger(HashMap<String, i64>);

impl Sink for Ledger {
    fn put_all(&mut self, items: impl IntoIterator<Item = (impl ToString, impl Into<i64>)>) {
        for (k, v) in items {
            *self.0.entry(k.to_string()).or_insert(0) += v.into();
        }
    }
}

fn main() {
    println!("{}", join([1, 2, 3], ", "));
    println!("{}", join(vec!["a", "b"], "-"));
    println!("{}", join(&[1.5f64, 2.25], " "));
    println!("{}", join("xyz".chars(), "."));
    println!("{}", longest(vec!["to", "three", "one"]));
    println!("{}", longest(vec![String::from("a"), String::from("abcd")]));
    println!("{}", describe((vec![1u8], &"shown"), Some(|n| n > 5)));
    println!("{}", describe(("none", &3.5), None::<fn(u32) -> bool>));

    let mut total = 0;
    drain_into(&mut vec![1u8, 2, 3].into_iter(), &mut total);
    drain_into(&mut (10u32..13), &mut total);
    println!("{}", total);

    let mut l = Ledger(HashMap::new());
    l.put_all(vec![("x", 1i32), ("y", 2), ("x", 40)]);
    l.put_all([(String::from("y"), 5i64)]);
    let mut entries: Vec<_> = l.0.into_iter().collect();
    entries.sort();
    println!("{:?}", entries);
}
