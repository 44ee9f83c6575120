// Programs the borrow checker must accept: reborrows, deferred and conditional initialisation,
// moves on some paths only, guards, disjoint closure captures, IndexMut and DerefMut places.
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Mutex;

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Counter {
    hits: Vec<u32>,
    name: String,
}

impl Counter {
    fn bump(&mut self, i: usize) {
        self.hits[i] += 1;
    }

    fn bump_twice(&mut self, i: usize) {
        self.bump(i);
        self.bump(i);
        let hits = &mut self.hits;
        hits.push(0);
        hits.push(0);
    }
}

fn push_twice(v: &mut Vec<i32>, x: i32) {
    v.push(x);
    v.push(x + 1);
    extend(v);
    extend(v);
}

fn extend(v: &mut Vec<i32>) {
    v.push(-1);
}

fn apply(f: &mut impl FnMut(i32), n: i32) {
    f(n);
    f(n + 1);
}

fn twice<T: Copy>(t: T) -> (T, T) {
    let a = t;
    let b = t;
    (a, b)
}

fn classify(n: i32) -> &'static str {
    let kind;
    if n < 0 {
        kind = "negative";
    } else if n == 0 {
        kind = "zero";
    } else {
        kind = "positive";
    }
    kind
}

fn first_word(words: Vec<String>) -> String {
    for w in words {
        if w.len() > 2 {
            return w;
        }
    }
    String::from("-")
}

fn reverse(mut cur: Option<Box<Node>>) -> Option<Box<Node>> {
    let mut prev = None;
    while let Some(mut node) = cur {
        cur = node.next.take();
        node.next = prev;
        prev = Some(node);
    }
    prev
}

fn main() {
    let mut v = Vec::new();
    push_twice(&mut v, 1);
    let r = &mut v;
    r.push(10);
    r.push(11);
    println!("{:?}", v);

    let mut seen = Vec::new();
    let mut record = |n: i32| seen.push(n * 2);
    apply(&mut record, 3);
    println!("{:?} {:?}", seen, twice(7u8));

    for n in [-4, 0, 9] {
        println!("{} is {}", n, classify(n));
    }
    println!("{}", first_word(vec!["a".to_string(), "abcd".to_string()]));

    // a move on one path, the value given back on it
    let mut s = String::from("start");
    if s.len() > 3 {
        let taken = s;
        s = taken + "ed";
    }
    println!("{}", s);

    // a fresh binding on each iteration, moved each time
    let mut total = 0;
    for i in 0..3 {
        let owned = format!("{}", i);
        total += owned.len();
        drop(owned);
    }
    let x;
    loop {
        x = total * 2;
        break;
    }
    println!("{} {}", total, x);

    // moves in different arms, and an or-pattern with a guard
    let pair = (Some(String::from("left")), 0.0f64);
    let label = match pair {
        (Some(name), z) | (Some(name), z) if z == 1.0 => name,
        (Some(name), _) => name,
        (None, _) => String::new(),
    };
    println!("{}", label);

    // a field moved out, the rest used
    let c = Counter { hits: vec![0, 0], name: String::from("c") };
    let hits = c.hits;
    let f = move || hits.len();
    println!("{} {}", f(), c.name.len());

    let mut c2 = Counter { hits: vec![0, 0, 0], name: String::from("c2") };
    c2.bump_twice(1);
    c2.hits[2] = 5;
    println!("{} {:?}", c2.name, c2.hits);

    // IndexMut and DerefMut places
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 7;
    grid[0][0] += 1;
    let mut counts: HashMap<&str, i32> = HashMap::new();
    counts.insert("a", 1);
    *counts.get_mut("a").unwrap() += 2;
    let cell = RefCell::new(vec![1]);
    cell.borrow_mut().push(2);
    *cell.borrow_mut() = vec![3, 4];
    let m = Mutex::new(0);
    *m.lock().unwrap() += 5;
    println!("{:?} {:?} {:?} {:?}", grid, counts.get("a"), cell.borrow(), m.lock().unwrap());

    let list = Some(Box::new(Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) }));
    let rev = reverse(list);
    let mut at = rev.as_ref();
    while let Some(n) = at {
        print!("{} ", n.value);
        at = n.next.as_ref();
    }
    println!();

    let b = Box::new(String::from("boxed"));
    let inner = *b;
    println!("{} {}", inner, unions());
}

// the fields of a union are one place: writing any of them makes it whole again
#[allow(dead_code)]
union Bits {
    word: std::mem::ManuallyDrop<String>,
    raw: u64,
}

#[allow(dead_code)]
fn unions() -> usize {
    let mut u = Bits { word: std::mem::ManuallyDrop::new(String::from("u")) };
    unsafe {
        let first = std::mem::ManuallyDrop::into_inner(u.word);
        u.word = std::mem::ManuallyDrop::new(String::from("again"));
        let second = std::mem::ManuallyDrop::into_inner(u.word);
        first.len() + second.len()
    }
}
