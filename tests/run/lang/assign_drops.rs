// An assignment drops the value the place held before (after evaluating the new one): a local,
// a field, a place behind a reference, a box's contents (also after they were moved out and put
// back), an indexed element, an upvar, a static; a local that was moved out or never
// initialised has nothing to drop.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

struct List {
    head: Option<Box<Noisy>>,
    len: usize,
}

impl List {
    fn push(&mut self, name: &'static str) {
        self.head = Some(Box::new(Noisy(name)));
        self.len += 1;
    }
}

fn make(name: &'static str) -> Noisy {
    println!("make {}", name);
    Noisy(name)
}

fn replace_through(slot: &mut Noisy, name: &'static str) {
    *slot = make(name);
}

fn generic_set<T>(slot: &mut T, value: T) {
    *slot = value;
}

fn consume(n: Noisy) {
    println!("consume {}", n.0);
}

static mut LAST: Option<Noisy> = None;

fn main() {
    let mut a = Noisy("a1");
    a = make("a2");
    println!("a is {}", a.0);

    let later;
    later = Noisy("later");
    println!("initialised {}", later.0);

    let mut moved = Noisy("m1");
    consume(moved);
    moved = Noisy("m2");
    println!("moved is {}", moved.0);

    let mut pair = Pair { left: Noisy("l1"), right: Noisy("r1") };
    pair.left = make("l2");
    let r = &mut pair;
    r.right = Noisy("r2");
    println!("pair {} {}", pair.left.0, pair.right.0);

    replace_through(&mut a, "a3");
    generic_set(&mut a, Noisy("a4"));

    let mut boxed = Box::new(Noisy("b1"));
    *boxed = Noisy("b2");
    let out = *boxed;
    println!("took {}", out.0);
    *boxed = Noisy("b3");
    *boxed = Noisy("b4");
    println!("box holds {}", boxed.0);

    let mut list = List { head: None, len: 0 };
    list.push("n1");
    list.push("n2");
    println!("list len {}", list.len);

    let mut items = vec![Noisy("v0"), Noisy("v1")];
    items[1] = Noisy("v1'");
    let mut arr = [Noisy("x0"), Noisy("x1")];
    arr[0] = Noisy("x0'");

    let mut captured = Noisy("c1");
    let mut set = |name| captured = Noisy(name);
    set("c2");
    set("c3");
    println!("captured {}", captured.0);

    unsafe {
        LAST = Some(Noisy("s1"));
        LAST = Some(Noisy("s2"));
        LAST = None;
    }

    let mut opt = Some(Noisy("o1"));
    for name in ["o2", "o3"] {
        opt = Some(Noisy(name));
    }
    if let Some(inner) = &mut opt {
        *inner = Noisy("o4");
    }
    println!("end of main");
}
