// Cell and RefCell: interior mutability through shared references, run-time borrow tracking.
use std::cell::{Cell, Ref, RefCell, RefMut};

struct Counter {
    hits: Cell<u32>,
    log: RefCell<Vec<String>>,
}

impl Counter {
    fn hit(&self, what: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(what.to_string());
    }
}

fn main() {
    let c = Cell::new(5);
    let r = &c;
    r.set(6);
    println!("{} {} {:?}", c.get(), c.replace(7), c);
    let t: Cell<i32> = Cell::new(9);
    println!("{} {}", t.take(), t.get());
    c.swap(&t);
    println!("{} {} {:?}", c.get(), t.get(), c.clone() == t);
    let s = Cell::new(String::from("x"));
    let old = s.replace(String::from("y"));
    println!("{} {}", old, s.into_inner());

    let counter = Counter { hits: Cell::new(0), log: RefCell::new(Vec::new()) };
    counter.hit("a");
    counter.hit("b");
    println!("{} {:?}", counter.hits.get(), counter.log.borrow());

    let cell = RefCell::new(5);
    println!("{:?}", cell);
    {
        let a = cell.borrow();
        let b = cell.borrow();
        println!("{} {} {}", *a + *b, cell.try_borrow_mut().is_err(), a);
        let c2 = Ref::clone(&a);
        println!("{:?} {:?}", c2, cell);
    }
    {
        let mut m = cell.borrow_mut();
        *m += 10;
        println!("{:?} {}", cell, m);
        let e = cell.try_borrow().unwrap_err();
        println!("{:?} / {}", e, e);
        let e2 = cell.try_borrow_mut().unwrap_err();
        println!("{:?} / {}", e2, e2);
    }
    println!("{:?} {}", cell, cell.try_borrow_mut().is_ok());
    println!("{} {}", cell.replace(1), cell.take());
    cell.replace_with(|v| *v + 41);
    println!("{}", cell.into_inner());

    let v = RefCell::new(vec![1, 2, 3]);
    v.borrow_mut().push(4);
    let first: Ref<i32> = Ref::map(v.borrow(), |v| &v[0]);
    println!("{} {:?}", *first, v);
    drop(first);
    {
        let mut last: RefMut<i32> = RefMut::map(v.borrow_mut(), |v| &mut v[3]);
        *last *= 10;
    }
    println!("{:?} {:#?}", v.borrow(), RefCell::new((1, "a")));
    let shared = &v;
    let total: i32 = shared.borrow().iter().sum();
    println!("{} {}", total, v == RefCell::new(vec![1, 2, 3, 40]));
}
