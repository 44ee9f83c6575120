// Statics whose initialisers take each other's address, and an enum without fields that has a
// Drop impl (its drop glue has no variant to look into).
struct S(&'static S, u8);
static S1: S = S(&S2, 1);
static S2: S = S(&S1, 2);

struct Node {
    next: Option<&'static Node>,
    value: u32,
}
static A: Node = Node { next: Some(&B), value: 10 };
static B: Node = Node { next: Some(&C), value: 20 };
static C: Node = Node { next: None, value: 30 };

enum Two {
    A,
    B,
}

impl Drop for Two {
    fn drop(&mut self) {
        println!("drop {}", match self { Two::A => "A", Two::B => "B" });
    }
}

fn main() {
    let p: *const S = S2.0;
    let q: *const S = &S1;
    println!("{} {} {}", p == q, S1.0 .1, S1.0 .0 .0 .1);
    let mut total = 0;
    let mut n = Some(&A);
    while let Some(node) = n {
        total += node.value;
        n = node.next;
    }
    println!("{}", total);
    let _a = Two::A;
    let _b = Two::B;
}
