// VecDeque: pushing and popping at both ends across the ring buffer's wrap-around, indexing,
// iteration both ways, make_contiguous, conversions.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    d.push_front(-1);
    d.push_back(3);
    println!("{:?} {} {:?} {:?}", d, d.len(), d.front(), d.back());
    println!("{} {} {:?} {:?}", d[0], d[4], d.get(2), d.get(5));
    println!("{:?} {:?} {:?}", d.pop_front(), d.pop_back(), d);
    // wrap around: the head moves while the buffer keeps its size
    for i in 10..14 {
        d.push_back(i);
        d.pop_front();
    }
    println!("{:?} {:?}", d, d.as_slices());
    d[1] += 100;
    if let Some(x) = d.front_mut() {
        *x = -5;
    }
    *d.back_mut().unwrap() *= 2;
    println!("{:?}", d);
    println!("{:?}", d.iter().rev().collect::<Vec<_>>());
    for x in d.iter_mut() {
        *x += 1;
    }
    for x in &mut d {
        *x -= 2;
    }
    println!("{:?} {}", d, d.contains(&24));
    let s = d.make_contiguous();
    s.sort();
    println!("{:?}", s);
    println!("{:?} {:?}", d, d.as_slices());
    d.insert(1, 7);
    println!("{:?}", d);
    println!("{:?} {:?} {:?}", d.remove(0), d.remove(9), d);
    d.swap(0, 2);
    d.rotate_left(1);
    println!("{:?}", d);
    d.rotate_right(2);
    println!("{:?}", d);
    d.retain(|x| *x % 2 == 0);
    println!("{:?}", d);
    let v: Vec<i32> = d.clone().into_iter().rev().collect();
    println!("{:?} {}", v, d == d.clone());
    let mut e: VecDeque<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
    e.push_front(String::from("z"));
    e.extend(vec![String::from("c")]);
    let mut f = VecDeque::from(vec![String::from("x")]);
    e.append(&mut f);
    println!("{:?} {:?} {}", e, f, e.len());
    let back: Vec<String> = Vec::from(e);
    println!("{:?}", back);
    let mut q = VecDeque::from([3, 1, 2]);
    let mut order = Vec::new();
    while let Some(x) = q.pop_front() {
        order.push(x);
        if x > 1 {
            q.push_back(x - 2);
        }
    }
    println!("{:?} {}", order, q.is_empty());
    let mut big = VecDeque::with_capacity(2);
    for i in 0..9 {
        if i % 2 == 0 { big.push_front(i) } else { big.push_back(i) }
    }
    println!("{:?} {}", big, big.iter().len());
    big.truncate(3);
    big.clear();
    println!("{:?}", big);
}
