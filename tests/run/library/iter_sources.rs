// std::iter's free functions as programs use them: a tokenizer driven by from_fn, sequences from
// successors, padding with repeat/repeat_n, boxed iterators that may be empty, and the Debug
// output of the iterators they return.
use std::collections::HashMap;
use std::fmt::Write;
use std::iter::{self, FromFn, Peekable};
use std::str::Chars;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(i64),
    Ident(String),
    Op(char),
}

fn tokens<'a>(src: &'a str) -> FromFn<impl FnMut() -> Option<Token> + 'a> {
    let mut chars: Peekable<Chars<'a>> = src.chars().peekable();
    iter::from_fn(move || {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let c = *chars.peek()?;
        if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(d) = chars.next_if(|c| c.is_ascii_digit()) {
                n = n * 10 + d.to_digit(10).unwrap() as i64;
            }
            Some(Token::Num(n))
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while let Some(d) = chars.next_if(|c| c.is_alphanumeric() || *c == '_') {
                s.push(d);
            }
            Some(Token::Ident(s))
        } else {
            chars.next();
            Some(Token::Op(c))
        }
    })
}

fn collatz(start: u64) -> impl Iterator<Item = u64> {
    iter::successors(Some(start), |&n| {
        if n == 1 {
            None
        } else if n % 2 == 0 {
            Some(n / 2)
        } else {
            Some(3 * n + 1)
        }
    })
}

fn evens_or_nothing(v: &[i32], want: bool) -> Box<dyn Iterator<Item = i32> + '_> {
    if want {
        Box::new(v.iter().copied().filter(|x| x % 2 == 0))
    } else {
        Box::new(iter::empty())
    }
}

fn table(rows: &[(&str, u32)]) -> String {
    let width = rows.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    let mut out = String::new();
    let rule: String = iter::repeat('-').take(width + 8).collect();
    writeln!(out, "{}", rule).unwrap();
    for (name, n) in rows {
        let pad: String = iter::repeat_n(' ', width - name.len()).collect();
        let bar: String = iter::repeat("#").take(*n as usize).collect();
        writeln!(out, "{}{} | {}", name, pad, bar).unwrap();
    }
    out.push_str(&rule);
    out
}

fn main() {
    // from_fn as a lexer
    let toks: Vec<Token> = tokens("let x1 = 42 + y*7;").collect();
    println!("{:?}", toks);
    let idents = tokens("a + b * c_d").filter(|t| matches!(t, Token::Ident(_))).count();
    println!("identifiers: {}", idents);

    // successors: collatz lengths and powers
    let lens: Vec<(u64, usize)> = (1..=9).map(|n| (n, collatz(n).count())).collect();
    println!("{:?}", lens);
    let longest = (1..30u64).max_by_key(|&n| collatz(n).count()).unwrap();
    println!("longest below 30 starts at {} ({:?})", longest, collatz(longest).max());
    let powers: Vec<u32> = iter::successors(Some(1u32), |p| p.checked_mul(10)).collect();
    println!("{} powers of ten fit a u32, last {:?}", powers.len(), powers.last());
    let halves: Vec<f64> = iter::successors(Some(1.0f64), |x| Some(x / 2.0)).take_while(|x| *x > 0.01).collect();
    println!("{:?}", halves);

    // once and once_with around other iterators
    let framed: Vec<String> = iter::once("<start>".to_string())
        .chain(["a", "b"].iter().map(|s| s.to_uppercase()))
        .chain(iter::once_with(|| "<end>".to_string()))
        .collect();
    println!("{}", framed.join(" "));
    let mut calls = 0;
    let lazily = iter::once_with(|| {
        calls += 1;
        calls * 100
    });
    let v: Vec<i32> = lazily.collect();
    println!("{:?} after {} call(s)", v, calls);
    println!("{:?} {:?}", iter::once(3).rev().collect::<Vec<_>>(), iter::once('x').len());

    // repeat, repeat_n, repeat_with
    print!("{}\n", table(&[("apples", 3), ("kiwi", 5), ("banana", 1)]));
    let mut seed = 7u32;
    let noise: Vec<u32> = iter::repeat_with(|| {
        seed = seed.wrapping_mul(1103515245).wrapping_add(12345) % 1000;
        seed
    })
    .take(5)
    .collect();
    println!("{:?}", noise);
    let grid: Vec<Vec<u8>> = iter::repeat_n(vec![0u8; 3], 2).collect();
    println!("{:?}", grid);
    let mut rn = iter::repeat_n(String::from("hi"), 3);
    println!("{:?} {} {:?}", rn.next(), rn.len(), rn.next_back());
    println!("{:?} {:?}", rn, rn.clone().last());
    println!("{:?}", iter::repeat_n(1, 0).next());
    let interleaved: String = "abc".chars().zip(iter::repeat('-')).flat_map(|(c, d)| [c, d]).collect();
    println!("{}", interleaved);

    // empty, zip, chain (free functions)
    let data = [1, 2, 3, 4, 5, 6];
    let mut evens = evens_or_nothing(&data, true);
    let mut got = Vec::new();
    while let Some(x) = evens.next() {
        got.push(x);
    }
    println!("{:?} {:?}", got, evens_or_nothing(&data, false).next());
    let e: iter::Empty<String> = Default::default();
    println!("{:?} {:?} {}", e.clone().next(), e.size_hint(), e.len());
    let names = ["ann", "bob", "cy"];
    let ages = [31, 25];
    let by_name: HashMap<&str, i32> = iter::zip(names, ages).collect();
    let mut pairs: Vec<_> = by_name.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
    let all: Vec<i32> = iter::chain(1..3, vec![10, 20]).collect();
    println!("{:?}", all);
    let dot: i32 = iter::zip(&[1, 2, 3], &[4, 5, 6]).map(|(a, b)| a * b).sum();
    println!("dot = {}", dot);

    // Debug of the iterators themselves
    let mut o = iter::once(5);
    println!("{:?}", o);
    o.next();
    println!("{:?}", o);
    println!("{:?}", iter::once_with(|| 1));
    println!("{:?}", iter::from_fn(|| Some(1)));
    println!("{:?}", iter::successors(Some(2), |x| Some(x * 2)));
    println!("{:?}", iter::repeat("ab"));
    println!("{:?}", iter::repeat_with(|| 0));
    println!("{:?}", iter::repeat_n('z', 2));
    println!("{:?}", iter::empty::<u8>());
    println!("{:?}", iter::repeat(1).take(3).skip(1).enumerate());
    println!("{:#?}", iter::repeat_n(1, 1).fuse());
}
