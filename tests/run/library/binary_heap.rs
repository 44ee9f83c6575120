// BinaryHeap: a max-heap; Reverse makes it a min-heap. Its iteration order (heap layout) is
// std's, so Debug prints the same.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 8, 7] {
        h.push(x);
    }
    println!("{:?} {:?} {}", h, h.peek(), h.len());
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
        if out.len() == 3 {
            println!("{:?}", h);
        }
    }
    println!("{:?} {:?} {}", out, h.peek(), h.is_empty());

    let mut m = BinaryHeap::new();
    m.push(Reverse(4));
    m.push(Reverse(1));
    m.push(Reverse(3));
    println!("{:?}", m.pop());
    println!("{:?}", m.peek());

    let from_vec = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6]);
    println!("{:?}", from_vec);
    println!("{:?}", from_vec.clone().into_sorted_vec());
    println!("{:?} {}", from_vec.iter().max(), from_vec.iter().sum::<i32>());
    let collected: BinaryHeap<(u32, &str)> = vec![(2, "b"), (5, "e"), (1, "a")].into_iter().collect();
    println!("{:?}", collected.into_vec());
    let mut tasks: BinaryHeap<(u8, Reverse<u32>)> = BinaryHeap::new();
    tasks.extend(vec![(1, Reverse(10)), (3, Reverse(20)), (3, Reverse(5)), (2, Reverse(1))]);
    while let Some((p, Reverse(id))) = tasks.pop() {
        print!("{}:{} ", p, id);
    }
    println!();
    let arr = BinaryHeap::from([2, 7, 1]);
    let v: Vec<i32> = arr.into();
    println!("{:?}", v);
}
