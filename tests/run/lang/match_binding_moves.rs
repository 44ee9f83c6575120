// Bindings move their values only once the whole pattern (and its guard) matched: a failing later
// test or guard leaves the scrutinee whole for the next arm.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(f64),
    Var(String),
    Add(Box<Expr>, Box<Expr>),
}

use Expr::*;

fn simplify(e: Expr) -> Expr {
    match e {
        Add(a, b) => match (simplify(*a), simplify(*b)) {
            (Num(x), Num(y)) => Num(x + y),
            (Num(z), e) | (e, Num(z)) if z == 0.0 => e,
            (x, y) if x == y => Add(Box::new(Num(2.0)), Box::new(x)),
            (x, y) => Add(Box::new(x), Box::new(y)),
        },
        other => other,
    }
}

fn first_named(pair: (String, Option<String>)) -> String {
    match pair {
        (l, None) => l,
        (l, Some(r)) if r.is_empty() => l,
        (_, Some(r)) => r,
    }
}

fn classify(words: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    for w in words {
        let tag = match w {
            t if t.len() > 3 => format!("long:{}", t),
            t if t.starts_with('a') => format!("a-word:{}", t),
            t => format!("short:{}", t),
        };
        out.push(tag);
    }
    out
}

fn main() {
    let x = || Box::new(Var("x".to_string()));
    let n = |v: f64| Box::new(Num(v));
    println!("{:?}", simplify(Add(n(0.0), x())));
    println!("{:?}", simplify(Add(x(), n(0.0))));
    println!("{:?}", simplify(Add(x(), x())));
    println!("{:?}", simplify(Add(n(1.5), n(2.0))));
    println!("{:?}", simplify(Add(x(), Box::new(Var("y".into())))));
    println!("{}", first_named(("left".into(), None)));
    println!("{}", first_named(("left".into(), Some(String::new()))));
    println!("{}", first_named(("left".into(), Some("right".into()))));
    println!("{:?}", classify(vec!["apple".into(), "ant".into(), "bee".into()]));
}
