// BinaryHeap as a task scheduler: peek_mut to re-prioritise the top task, PeekMut::pop, retain,
// append and extend (which rebuild the heap as std does, so the layout matches), and the
// capacity methods.
use std::cmp::{Ordering, Reverse};
use std::collections::binary_heap::PeekMut;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: u32,
    name: String,
}

impl Ord for Task {
    fn cmp(&self, other: &Task) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.name.cmp(&self.name))
    }
}

impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Task) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn task(priority: u32, name: &str) -> Task {
    Task { priority, name: name.to_string() }
}

fn names(h: &BinaryHeap<Task>) -> Vec<String> {
    h.iter().map(|t| format!("{}:{}", t.name, t.priority)).collect()
}

fn main() {
    let mut queue: BinaryHeap<Task> = BinaryHeap::with_capacity(4);
    for (p, n) in [(3, "email"), (8, "deploy"), (5, "review"), (1, "lunch"), (8, "backup")] {
        queue.push(task(p, n));
    }
    println!("layout {:?} cap {}", names(&queue), queue.capacity());

    // lower the priority of the top task in place: the heap repairs itself when the PeekMut goes
    if let Some(mut top) = queue.peek_mut() {
        println!("top is {}", top.name);
        top.priority = 2;
    }
    println!("after demotion {:?}", names(&queue));
    // only look: nothing moves
    if let Some(top) = queue.peek_mut() {
        println!("peeked {:?}", top);
    }
    // take the top out through the PeekMut
    if let Some(top) = queue.peek_mut() {
        if top.priority > 5 {
            let t = PeekMut::pop(top);
            println!("popped {}", t.name);
        }
    }
    println!("now {:?}", names(&queue));

    // retain drops finished work and rebuilds from the first removed slot
    queue.retain(|t| t.name != "email");
    println!("retained {:?}", names(&queue));

    // append: the smaller heap's elements are added to the larger one
    let mut urgent: BinaryHeap<Task> = [task(9, "outage"), task(7, "hotfix")].into_iter().collect();
    queue.append(&mut urgent);
    println!("appended {:?} (urgent left {})", names(&queue), urgent.len());
    let mut small = BinaryHeap::from(vec![task(4, "standup")]);
    small.append(&mut queue);
    println!("appended into small {:?}", names(&small));
    small.extend([task(6, "refactor"), task(0, "idle"), task(10, "security")]);
    println!("extended {:?}", names(&small));

    let order: Vec<String> = std::iter::from_fn(|| small.pop()).map(|t| t.name).collect();
    println!("run order {:?}", order);

    // numbers: layouts after extend with many elements, retain, and sorting
    let mut h: BinaryHeap<i32> = BinaryHeap::new();
    h.extend([5, 1, 9, 3]);
    println!("{:?}", h);
    h.extend(vec![2, 8, 7, 4, 6, 0, 11, 10]);
    println!("{:?}", h);
    h.retain(|x| x % 4 != 0);
    println!("{:?} peek {:?}", h, h.peek());
    h.extend(&[20, 21]);
    println!("{:?} as_slice {:?}", h.iter(), &h.as_slice()[..3]);
    let mins: BinaryHeap<Reverse<i32>> = h.iter().map(|&x| Reverse(x)).collect();
    println!("min first {:?}", mins.peek());

    // capacity management
    println!("cap {}", h.capacity());
    h.reserve(20);
    println!("reserve(20) {}", h.capacity());
    h.shrink_to(15);
    println!("shrink_to(15) {}", h.capacity());
    h.shrink_to_fit();
    println!("shrink_to_fit {}", h.capacity());
    h.reserve_exact(2);
    println!("reserve_exact(2) {}", h.capacity());
    println!("{:?} {:?}", h.try_reserve(3), h.try_reserve_exact(usize::MAX).map_err(|e| e.to_string()));
    println!("sorted {:?}", h.clone().into_sorted_vec());
    let drained: Vec<i32> = h.drain().collect();
    println!("drained {:?} empty {} cap {}", drained, h.is_empty(), h.capacity());
}
