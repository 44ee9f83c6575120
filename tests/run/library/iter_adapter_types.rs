// Iterator adapters named as types and used through their traits: struct fields of type
// Cloned/Copied/Flatten/StepBy/Peekable, generic functions that ask for ExactSizeIterator,
// FusedIterator or Clone, Default for adapters, and the Debug output of nested adapters.
use std::iter::{self, Chain, Cloned, Copied, Enumerate, Flatten, FusedIterator, Peekable, Rev, StepBy, Take};
use std::ops::Range;
use std::slice;
use std::vec;

struct Columns<'a> {
    cells: Copied<slice::Iter<'a, u8>>,
    every: StepBy<Range<usize>>,
}

struct Words {
    inner: Flatten<vec::IntoIter<Vec<String>>>,
}

impl Iterator for Words {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        self.inner.next()
    }
}

fn progress<I: ExactSizeIterator>(it: I) -> Vec<String>
where
    I::Item: std::fmt::Display,
{
    let total = it.len();
    it.enumerate().map(|(i, x)| format!("{}/{}:{}", i + 1, total, x)).collect()
}

fn drain_twice<I: FusedIterator<Item = u32>>(mut it: I) -> (Vec<u32>, Option<u32>) {
    let first: Vec<u32> = it.by_ref().collect();
    (first, it.next())
}

fn lookahead<I: Iterator<Item = char> + Clone>(it: Peekable<I>) -> String {
    let ahead: String = it.clone().take(3).collect();
    let rest: String = it.collect();
    format!("{} / {}", ahead, rest)
}

fn names_of(v: &[String]) -> Cloned<slice::Iter<'_, String>> {
    v.iter().cloned()
}

fn backwards_numbered(v: &[i32]) -> Rev<Enumerate<slice::Iter<'_, i32>>> {
    v.iter().enumerate().rev()
}

fn main() {
    let row = [7u8, 1, 8, 2, 8, 1];
    let cols = Columns { cells: row.iter().copied(), every: (0..row.len()).step_by(2) };
    let picked: Vec<u8> = cols.every.map(|i| row[i]).collect();
    println!("{:?} total {}", picked, cols.cells.map(u32::from).sum::<u32>());

    let words = Words { inner: vec![vec!["a".to_string(), "b".to_string()], vec![], vec!["c".to_string()]].into_iter().flatten() };
    println!("{}", words.collect::<Vec<_>>().join(","));

    println!("{:?}", progress(["x", "y", "z"].iter()));
    println!("{:?}", progress(vec![10, 20].into_iter().map(|n| n / 10).rev()));
    println!("{:?}", progress((1..=3u8).zip(4..6u8).map(|(a, b)| a * b)));
    println!("{:?}", progress("héllo".chars().take(2).chain(iter::once('!')).collect::<Vec<_>>().into_iter()));

    println!("{:?}", drain_twice(vec![1, 2, 3].into_iter().filter(|x| x % 2 == 1).fuse()));
    println!("{:?}", drain_twice((0..4).map(|x| x * x)));
    println!("{:?}", drain_twice(iter::once(9).chain(iter::empty())));

    println!("{}", lookahead("peekable".chars().peekable()));
    let mut pk = [1, 2, 3].iter().peekable();
    pk.peek();
    let copy = pk.clone();
    println!("{:?} {:?} {:?}", pk.count(), copy.last(), [5, 6].iter().peekable().nth(1));

    let staff = vec!["ada".to_string(), "linus".to_string()];
    let upper: Vec<String> = names_of(&staff).map(|s| s.to_uppercase()).collect();
    println!("{:?}", upper);
    println!("{:?}", backwards_numbered(&[4, 5, 6]).collect::<Vec<_>>());

    let d: Enumerate<iter::Empty<u8>> = Default::default();
    let c: Chain<iter::Empty<i32>, iter::Empty<i32>> = Default::default();
    let r: Rev<iter::Empty<i64>> = Default::default();
    println!("{:?} {:?} {:?}", d.count(), c.count(), r.count());
    let t: Take<iter::Repeat<char>> = iter::repeat('*').take(3);
    println!("{}", t.clone().collect::<String>() + &t.rev().collect::<String>());

    // Debug of nested adapters (over iterators whose own Debug is std's)
    println!("{:?}", iter::repeat(1).take(2).chain(iter::once(3)));
    let mut ch = iter::once(1).chain(iter::once(2));
    ch.next();
    ch.next();
    println!("{:?}", ch);
    println!("{:?}", iter::repeat_n(2u8, 3).map(|x| x + 1).filter(|_| true).rev());
    println!("{:?}", iter::once("a").zip(iter::repeat(0)).step_by(2));
    let mut pk = iter::repeat_n('p', 2).peekable();
    pk.peek();
    println!("{:?}", pk);
    println!("{:?}", iter::successors(Some(1), |x| Some(x + 1)).skip_while(|x| *x < 3).take_while(|x| *x < 9).map_while(Some));
    println!("{:?}", iter::once(iter::repeat_n(1, 2)).flatten());
    println!("{:?}", iter::once(3).flat_map(|n| iter::repeat_n(n, 2)));
    println!("{:?}", iter::repeat_n(0, 1).cycle().inspect(|_| ()).scan(10, |s, x| Some(*s + x)));
    println!("{:?}", iter::empty::<i32>().enumerate().skip(4).fuse().filter_map(|(_, x)| Some(x)));
}
