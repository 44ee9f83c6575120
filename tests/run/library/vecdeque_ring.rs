// VecDeque as a ring buffer: where the elements sit (as_slices) after pushes, pops, inserts,
// removals, rotations, growth and shrinking follows std's algorithms, and so does the capacity.
use std::collections::VecDeque;

fn show(label: &str, d: &VecDeque<i32>) {
    let (a, b) = d.as_slices();
    println!("{:<22} cap {:>2} {:?} | {:?}", label, d.capacity(), a, b);
}

fn main() {
    // growth: the shorter wrapped part moves
    let mut d: VecDeque<i32> = VecDeque::with_capacity(4);
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    d.push_front(-1);
    show("full, wrapped", &d);
    d.push_back(3);
    show("grown (tail moved)", &d);
    let mut e: VecDeque<i32> = VecDeque::with_capacity(4);
    e.push_back(1);
    e.push_front(0);
    e.push_front(-1);
    e.push_front(-2);
    show("full, long head", &e);
    e.push_front(-3);
    show("grown (head moved)", &e);

    // a sliding window over a stream keeps its capacity
    let mut window: VecDeque<i32> = VecDeque::with_capacity(5);
    for x in 1..=12 {
        if window.len() == 5 {
            window.pop_front();
        }
        window.push_back(x * x);
    }
    show("window", &window);
    let sum: i32 = window.iter().sum();
    println!("window sum {} max {:?} rev {:?}", sum, window.iter().max(), window.iter().rev().collect::<Vec<_>>());

    // insert and remove move the shorter side
    let mut r: VecDeque<i32> = (0..8).collect();
    show("collected", &r);
    r.insert(6, 60);
    show("insert near back", &r);
    r.insert(1, 10);
    show("insert near front", &r);
    println!("remove(2) = {:?}", r.remove(2));
    show("removed near front", &r);
    println!("remove(7) = {:?}", r.remove(7));
    show("removed near back", &r);
    println!("remove(99) = {:?}", r.remove(99));

    // rotations copy the shorter part around the ring
    r.rotate_left(2);
    show("rotate_left(2)", &r);
    r.rotate_right(3);
    show("rotate_right(3)", &r);
    r.rotate_left(7);
    show("rotate_left(7)", &r);

    // drain joins the remaining parts by moving the shorter one
    let taken: Vec<i32> = r.drain(1..3).collect();
    show("drained 1..3", &r);
    println!("taken {:?}", taken);
    let taken: Vec<i32> = r.drain(4..).collect();
    show("drained 4..", &r);
    println!("taken {:?}", taken);
    {
        let mut partial = r.drain(..2);
        println!("partial next {:?}, len left {}", partial.next(), partial.len());
    }
    show("after partial drain", &r);

    // make_contiguous and shrinking
    let mut m: VecDeque<i32> = VecDeque::with_capacity(10);
    m.extend(0..10);
    for _ in 0..6 {
        let x = m.pop_front().unwrap();
        m.push_back(x + 100);
    }
    show("rotated by pushes", &m);
    m.make_contiguous();
    show("make_contiguous", &m);
    m.truncate(7);
    m.push_front(-5);
    show("truncate + push_front", &m);
    m.shrink_to(9);
    show("shrink_to(9)", &m);
    m.shrink_to_fit();
    show("shrink_to_fit", &m);
    m.reserve(3);
    show("reserve(3)", &m);
    m.reserve_exact(20);
    show("reserve_exact(20)", &m);
    m.clear();
    show("clear", &m);

    // ranges view both slices
    let mut ring: VecDeque<i32> = VecDeque::with_capacity(6);
    ring.extend([1, 2, 3, 4]);
    ring.pop_front();
    ring.pop_front();
    ring.extend([5, 6, 7]);
    show("ring", &ring);
    println!("range(1..4) {:?}", ring.range(1..4).collect::<Vec<_>>());
    println!("range(..=2).rev() {:?}", ring.range(..=2).rev().collect::<Vec<_>>());
    for x in ring.range_mut(2..) {
        *x *= -1;
    }
    show("range_mut(2..)", &ring);
    println!("{:?}", ring.range(1..).collect::<Vec<_>>());

    // split_off and append copy slice by slice
    let tail = ring.split_off(2);
    show("split_off head", &ring);
    show("split_off tail", &tail);
    let mut back = tail;
    ring.append(&mut back);
    show("appended", &ring);
    show("emptied", &back);

    // conversions keep the buffer
    let v: Vec<i32> = ring.clone().into();
    println!("into Vec {:?} cap {}", v, v.capacity());
    let mut from_vec: VecDeque<i32> = VecDeque::from(v);
    from_vec.push_front(0);
    show("from Vec, push_front", &from_vec);
    let from_arr = VecDeque::from([3, 1, 4, 1, 5]);
    show("from array", &from_arr);
    let mut cl = from_arr.clone();
    cl.push_back(9);
    show("clone + push", &cl);
}
