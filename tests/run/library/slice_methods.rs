// The inherent methods of slices: windows, chunks, splitting, searching, rotating, filling,
// binary search with std's Ok/Err indices, unstable sorts.
fn main() {
    let a = [1, 2, 3, 4, 5];
    for w in a.windows(2) {
        print!("{:?} ", w);
    }
    println!();
    println!("{:?} {}", a.windows(6).next(), a.windows(3).len());
    println!("{:?}", a.windows(3).rev().collect::<Vec<_>>());
    println!("{:?}", a.chunks(2).collect::<Vec<_>>());
    println!("{:?} {}", a.chunks(2).rev().collect::<Vec<_>>(), a.chunks(2).len());
    let mut ce = a.chunks_exact(2);
    println!("{:?} {:?} {:?} {:?}", ce.next(), ce.next(), ce.next(), ce.remainder());
    println!("{:?}", a.rchunks(2).collect::<Vec<_>>());
    let mut m = [0u8; 5];
    for (i, c) in m.chunks_mut(2).enumerate() {
        c.fill(i as u8 + 1);
    }
    println!("{:?}", m);
    let (l, r) = a.split_at(2);
    println!("{:?} {:?} {:?}", l, r, a.split_at(5));
    println!("{:?} {:?}", a.split_first(), a.split_last());
    let e: [i32; 0] = [];
    println!("{:?} {:?} {:?} {:?}", e.split_first(), e.first(), a.first(), a.last());
    let mut b = [5, 6, 7];
    if let Some(x) = b.first_mut() {
        *x = 50;
    }
    *b.last_mut().unwrap() += 1;
    if let Some((h, t)) = b.split_first_mut() {
        *h += 1;
        t[0] = 60;
    }
    {
        let (x, y) = b.split_at_mut(1);
        x[0] += y[1];
    }
    println!("{:?}", b);
    println!("{} {} {}", a.contains(&3), a.starts_with(&[1, 2]), a.ends_with(&[4, 5]));
    println!("{} {} {}", a.starts_with(&[2]), a.ends_with(&[]), a.starts_with(&[1, 2, 3, 4, 5, 6]));
    let mut c = [1, 2, 3, 4, 5, 6];
    c.swap(0, 5);
    println!("{:?}", c);
    c.reverse();
    println!("{:?}", c);
    c.rotate_left(2);
    println!("{:?}", c);
    c.rotate_right(1);
    println!("{:?}", c);
    c[1..4].fill(0);
    println!("{:?}", c);
    c[..3].copy_from_slice(&[7, 8, 9]);
    println!("{:?}", c);
    let mut names = [String::from("a"), String::from("b")];
    names.clone_from_slice(&[String::from("x"), String::from("y")]);
    println!("{:?}", names);

    // binary search: Ok of a match, Err of the insertion point
    let s = [1, 3, 3, 3, 5, 8, 13];
    for x in [0, 1, 2, 3, 4, 5, 13, 14] {
        print!("{:?} ", s.binary_search(&x));
    }
    println!();
    let dup = [2, 2, 2, 2, 2, 2, 2, 2];
    println!("{:?} {:?}", dup.binary_search(&2), [1, 1, 2, 2, 2].binary_search(&1));
    let e2: [i32; 0] = [];
    println!("{:?}", e2.binary_search(&1));
    let pairs = [(1, 'a'), (4, 'b'), (9, 'c')];
    println!("{:?} {:?}", pairs.binary_search_by_key(&4, |p| p.0), pairs.binary_search_by_key(&5, |p| p.0));
    println!("{:?}", s.binary_search_by(|p| p.cmp(&8)));
    println!("{}", s.partition_point(|x| *x < 4));
    println!("{} {} {}", s.is_sorted(), c.is_sorted(), ["a", "bb", "ccc"].is_sorted_by_key(|x| x.len()));

    // unstable sorts
    let mut u = [5, 2, 9, 1, 5, 6, 0, 3, 8, 7, 4];
    u.sort_unstable();
    println!("{:?}", u);
    u.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", u);
    let mut w = [-3i32, 1, -2, 4];
    w.sort_unstable_by_key(|x| x.abs());
    println!("{:?}", w);
    let mut f = [2.5, -1.0, 0.5];
    f.sort_unstable_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", f);
    let mut one = [1];
    one.sort_unstable();
    let mut none: [u8; 0] = [];
    none.sort_unstable();
    println!("{:?} {:?}", one, none);
    let mut it = [1, 2, 3];
    for x in it.iter_mut().rev() {
        *x *= 10;
    }
    let n = it.iter_mut().len();
    println!("{:?} {}", it, n);
}
