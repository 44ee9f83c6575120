// Ranges: Debug, contains, is_empty, ==, Hash, Default.
use std::collections::HashSet;
fn main() {
    let r = 1..5;
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", r, 3.., ..7, (..), 2..=9, ..=4);
    println!("{} {} {} {}", r.contains(&3), (1..=5).contains(&5), (10..).contains(&9), (..=2.5).contains(&2.5));
    println!("{} {} {}", (3..3).is_empty(), (5..=4).is_empty(), r == (1..5));
    let mut s = HashSet::new(); s.insert(0..2); s.insert(0..2); s.insert(1..2);
    println!("{}", s.len());
    let mut it = 1..=2; it.next(); it.next(); it.next();
    println!("{:?} {}", it, it.is_empty());
    let d: std::ops::Range<u8> = Default::default();
    println!("{:?} {}", d, ('a'..='z').contains(&'q'));
}
