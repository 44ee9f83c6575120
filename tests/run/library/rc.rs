// Rc and Weak: shared ownership, counts, drop when the last strong reference goes, Rc<RefCell<T>>.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
struct Node {
    value: i32,
    children: RefCell<Vec<Rc<Node>>>,
    parent: RefCell<Weak<Node>>,
}

fn main() {
    let a = Rc::new(5);
    let b = Rc::clone(&a);
    let c = a.clone();
    println!("{} {} {} {}", a, *b + *c, Rc::strong_count(&a), Rc::ptr_eq(&a, &b));
    drop(c);
    println!("{} {:?} {}", Rc::strong_count(&b), b, a == Rc::new(5));
    println!("{:?}", Rc::try_unwrap(a));
    println!("{:?}", Rc::try_unwrap(b));

    {
        let n = Rc::new(Noisy("first"));
        let m = n.clone();
        drop(n);
        println!("still alive: {}", m.0);
    }
    println!("after scope");

    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(3);
    shared.borrow_mut().push(4);
    println!("{:?} {} {:?}", shared.borrow(), other.borrow().len(), shared);

    let w: Weak<i32>;
    {
        let five = Rc::new(5);
        w = Rc::downgrade(&five);
        println!("{:?} {} {}", w.upgrade(), Rc::weak_count(&five), w.strong_count());
    }
    println!("{:?} {}", w.upgrade(), w.strong_count());
    let empty: Weak<u8> = Weak::new();
    println!("{:?}", empty.upgrade());

    let leaf = Rc::new(Node { value: 3, children: RefCell::new(vec![]), parent: RefCell::new(Weak::new()) });
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    let branch = Rc::new(Node { value: 5, children: RefCell::new(vec![Rc::clone(&leaf)]), parent: RefCell::new(Weak::new()) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
    println!("{} {} {} {}", Rc::strong_count(&leaf), Rc::weak_count(&leaf), Rc::strong_count(&branch), Rc::weak_count(&branch));
    println!("{}", branch.children.borrow()[0].value);

    let mut data = Rc::new(10);
    *Rc::make_mut(&mut data) += 1;
    let other_data = Rc::clone(&data);
    *Rc::make_mut(&mut data) += 1;
    println!("{} {}", data, other_data);
    println!("{:?}", Rc::get_mut(&mut data));
    let mut unique = Rc::new(String::from("x"));
    Rc::get_mut(&mut unique).unwrap().push('y');
    println!("{} {}", unique, unique.len());
    let noisy = Rc::new(Noisy("last"));
    let weak = Rc::downgrade(&noisy);
    drop(noisy);
    println!("{}", weak.upgrade().is_none());
}
