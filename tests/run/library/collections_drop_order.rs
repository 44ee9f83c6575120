// When the collections drop their elements: VecDeque's truncate (across the wrap), retain_mut
// (rejected elements are swapped to the back and dropped together), partial drains and clear;
// BTreeMap's append (the replaced values), retain and split_off; BTreeSet::replace; the heap's
// retain and an unchanged PeekMut; HashMap::extract_if and clear; Vec's truncate, IntoIter and
// boxed slices. Zero-sized elements in a VecDeque never allocate.
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, VecDeque};

thread_local! {
    static DROPPED: RefCell<Vec<i32>> = RefCell::new(Vec::new());
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        DROPPED.with(|l| l.borrow_mut().push(self.0));
    }
}

fn report(label: &str) {
    let dropped = DROPPED.with(|l| std::mem::take(&mut *l.borrow_mut()));
    println!("{:<28} dropped {:?}", label, dropped);
}

fn report_sorted(label: &str) {
    DROPPED.with(|l| l.borrow_mut().sort());
    report(label);
}

fn main() {
    let mut d: VecDeque<D> = VecDeque::with_capacity(6);
    for i in 0..4 {
        d.push_back(D(i));
    }
    d.pop_front();
    d.pop_front();
    report("deque pops");
    for i in 4..8 {
        d.push_back(D(i));
    }
    println!("{:?}", d.as_slices());
    d.truncate(3);
    report("truncate across the wrap");
    d.extend((10..14).map(D));
    println!("{:?}", d.as_slices());
    d.retain_mut(|x| x.0 % 2 == 0);
    report("retain_mut");
    println!("{:?}", d);
    {
        let mut dr = d.drain(1..3);
        dr.next();
    }
    report("drain, one taken");
    d.extend((20..24).map(D));
    d.rotate_left(2);
    println!("{:?}", d.as_slices());
    d.clear();
    report("clear");
    let units: VecDeque<()> = std::iter::repeat(()).take(5).collect();
    println!("units {} {}", units.len(), units.capacity() == usize::MAX);
    let mut more = VecDeque::new();
    more.push_front(());
    more.push_back(());
    more.insert(1, ());
    println!("{:?} {:?}", more, more.as_slices());

    let mut m: BTreeMap<i32, D> = (0..5).map(|i| (i, D(i))).collect();
    let mut newer: BTreeMap<i32, D> = (3..7).map(|i| (i, D(i * 10))).collect();
    m.append(&mut newer);
    report("btree append");
    m.retain(|k, _| k % 2 == 0);
    report("btree retain");
    let upper = m.split_off(&3);
    drop(upper);
    report("split_off part dropped");
    drop(m);
    report("map dropped");
    let mut s: BTreeSet<D> = (0..4).map(D).collect();
    s.replace(D(2));
    report("set replace");
    drop(s);
    report("set dropped");

    let mut h: BinaryHeap<D> = (0..6).map(D).collect();
    h.retain(|x| x.0 != 3);
    report("heap retain");
    drop(h.peek_mut());
    report("unchanged peek_mut");
    println!("{:?}", h);
    drop(h);
    report("heap dropped");

    let mut hm: HashMap<i32, D> = (0..4).map(|i| (i, D(i))).collect();
    let taken: Vec<(i32, D)> = hm.extract_if(|k, _| *k >= 2).collect();
    report("hash extract_if");
    drop(taken);
    report_sorted("extracted dropped");
    hm.clear();
    report_sorted("hash clear");

    let mut v: Vec<D> = (0..6).map(D).collect();
    v.truncate(3);
    report("vec truncate");
    let mut it = v.into_iter();
    it.next();
    report("into_iter next");
    drop(it);
    report("into_iter dropped");
    let boxed = vec![D(1), D(2)].into_boxed_slice();
    drop(boxed);
    report("boxed slice dropped");
}
