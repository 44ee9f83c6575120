fn g<I: IntoIterator<Item = (u8, u8)>>(it: I) {
    let mut i = it.into_iter();
    let x = i.next();
    let y: Option<(u8, u8)> = x;
    match y {
        Some((a, b)) => println!("{} {}", a, b),
        None => {}
    }
}
fn main() {
    g(vec![(1, 2)]);
    main2();
}

fn pairs<K: std::fmt::Debug, V: std::fmt::Debug, I: IntoIterator<Item = (K, V)>>(it: I) {
    for (k, v) in it {
        println!("{:?} {:?}", k, v);
    }
}

fn main2() {
    pairs(vec![(1, 'a'), (2, 'b')]);
}
