// Box API: Clone/PartialEq/Ord/Default/From, Option<Box<Node>> lists (niche), a boxed
// expression tree with Display, match ergonomics through &**b, into_raw/from_raw/leak, Box<str>, Box<[T]>.
use std::fmt;

#[derive(Debug, Clone, PartialEq, Default)]
struct Point { x: i32, y: i32 }

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}

struct Node { val: i32, next: Option<Box<Node>> }

fn push(head: Option<Box<Node>>, val: i32) -> Option<Box<Node>> {
    Some(Box::new(Node { val, next: head }))
}

fn total(mut cur: &Option<Box<Node>>) -> i32 {
    let mut s = 0;
    while let Some(n) = cur {
        s += n.val;
        cur = &n.next;
    }
    s
}

enum Expr { Num(i64), Add(Box<Expr>, Box<Expr>), Mul(Box<Expr>, Box<Expr>), Neg(Box<Expr>) }

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Add(a, b) => write!(f, "({} + {})", a, b),
            Expr::Mul(a, b) => write!(f, "({} * {})", a, b),
            Expr::Neg(a) => write!(f, "-{}", a),
        }
    }
}

fn main() {
    let p = Box::new(Point { x: 1, y: 2 });
    let q = p.clone();
    println!("{:?} {} {}", p, p == q, p.x + q.y);
    let d: Box<Point> = Default::default();
    println!("{:?}", d);
    let from: Box<i32> = Box::from(41);
    println!("{}", *from + 1);
    let mut m = Box::new(10);
    *m += 5;
    println!("{}", m);
    println!("{}", Box::new(3) < Box::new(4));

    let mut list = None;
    for i in 1..=4 { list = push(list, i); }
    println!("total {}", total(&list));
    if let Some(ref n) = list { println!("head {} next {}", n.val, n.next.as_ref().map(|n| n.val).unwrap_or(0)); }
    println!("{}", std::mem::size_of::<Option<Box<Node>>>() == std::mem::size_of::<Box<Node>>());

    let e = Expr::Add(Box::new(Expr::Num(2)), Box::new(Expr::Mul(Box::new(Expr::Num(3)), Box::new(Expr::Neg(Box::new(Expr::Num(4)))))));
    println!("{} = {}", e, eval(&e));

    let bb = Box::new(Box::new(Point { x: 7, y: 8 }));
    let Point { x, y } = &**bb;
    println!("{} {}", x, y);
    match &**bb { Point { x: 7, y } => println!("seven {}", y), _ => println!("other") }

    let n = Box::new(Noisy("moved"));
    let inner = *n;
    println!("after move");
    let raw = Box::into_raw(Box::new(Noisy("raw")));
    let back = unsafe { Box::from_raw(raw) };
    println!("back {}", back.0);
    let leaked: &mut i32 = Box::leak(Box::new(99));
    *leaked += 1;
    println!("leaked {}", leaked);

    let s: Box<str> = Box::from("hello");
    println!("{} {:?} {}", s, s, s.len());
    let sl: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    let sl2 = sl.clone();
    println!("{:?} {:?} {}", sl, sl2, sl.len());
    let arr: Box<[Noisy]> = Box::new([Noisy("a0"), Noisy("a1")]);
    println!("arr {}", arr.len());
    drop(arr);
    drop(inner);
    println!("end");
}
