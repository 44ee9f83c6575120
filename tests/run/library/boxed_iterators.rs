// Box<dyn Iterator> is an iterator (and double-ended, flattened, collected).
fn evens(limit: u32) -> Box<dyn Iterator<Item = u32>> { Box::new((0..limit).filter(|x| x % 2 == 0)) }
fn pick(rev: bool) -> Box<dyn DoubleEndedIterator<Item = char>> { if rev { Box::new("abc".chars().rev()) } else { Box::new("xyz".chars()) } }
fn main() {
    let v: Vec<u32> = evens(10).map(|x| x * 10).collect();
    println!("{:?} {}", v, evens(7).count());
    let mut it = evens(20).skip(2);
    println!("{:?} {:?}", it.next(), it.nth(2));
    let s: String = pick(true).collect();
    let t: String = pick(false).rev().collect();
    println!("{} {}", s, t);
    let chain: Vec<Box<dyn Iterator<Item = i32>>> = vec![Box::new(1..3), Box::new(vec![7, 8].into_iter())];
    let all: Vec<i32> = chain.into_iter().flatten().collect();
    println!("{:?}", all);
}
