// Operator overloading, Index with tuples, trait objects in a registry, Rc/Weak trees, memoised recursion and string pipelines.
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::{self, Display};
use std::ops::{Add, Mul, Index, IndexMut, Neg, Sub, AddAssign};
use std::rc::{Rc, Weak};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 { x: f64, y: f64 }
impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
impl Display for V2 { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({:.2}, {:.2})", self.x, self.y) } }

struct Matrix { rows: usize, cols: usize, data: Vec<i64> }
impl Matrix {
    fn new(rows: usize, cols: usize) -> Self { Matrix { rows, cols, data: vec![0; rows * cols] } }
    fn identity(n: usize) -> Self { let mut m = Self::new(n, n); for i in 0..n { m[(i, i)] = 1; } m }
    fn mul(&self, o: &Matrix) -> Matrix {
        let mut r = Matrix::new(self.rows, o.cols);
        for i in 0..self.rows { for j in 0..o.cols { r[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * o[(k, j)]).sum(); } }
        r
    }
}
impl Index<(usize, usize)> for Matrix { type Output = i64; fn index(&self, (r, c): (usize, usize)) -> &i64 { &self.data[r * self.cols + c] } }
impl IndexMut<(usize, usize)> for Matrix { fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 { &mut self.data[r * self.cols + c] } }

trait Shape { fn area(&self) -> f64; fn name(&self) -> String { "shape".into() } }
struct Circle(f64);
struct Rect { w: f64, h: f64 }
impl Shape for Circle { fn area(&self) -> f64 { std::f64::consts::PI * self.0 * self.0 } fn name(&self) -> String { format!("circle r={}", self.0) } }
impl Shape for Rect { fn area(&self) -> f64 { self.w * self.h } }

struct Registry<T: ?Sized> { items: Vec<Box<T>>, by_name: HashMap<String, usize> }
impl Registry<dyn Shape> {
    fn add(&mut self, s: Box<dyn Shape>) { self.by_name.insert(s.name(), self.items.len()); self.items.push(s); }
    fn total(&self) -> f64 { self.items.iter().map(|s| s.area()).sum() }
}

#[derive(Debug)]
struct TreeNode { val: i32, children: RefCell<Vec<Rc<TreeNode>>>, parent: RefCell<Weak<TreeNode>> }

fn fib_memo(n: u64, memo: &mut HashMap<u64, u64>) -> u64 {
    if n < 2 { return n; }
    if let Some(&v) = memo.get(&n) { return v; }
    let v = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
    memo.insert(n, v);
    v
}

fn main() {
    let mut p = V2 { x: 1.0, y: 2.0 };
    p += V2 { x: 0.5, y: -1.0 } * 2.0;
    println!("{} {} {:?}", p, -p, V2::default() - p);
    let mut m = Matrix::new(2, 2);
    m[(0, 0)] = 1; m[(0, 1)] = 1; m[(1, 0)] = 1;
    let mut acc = Matrix::identity(2);
    for _ in 0..10 { acc = acc.mul(&m); }
    println!("fib via matrix: {} {:?}", acc[(0, 1)], acc.data);
    let mut reg: Registry<dyn Shape> = Registry { items: Vec::new(), by_name: HashMap::new() };
    reg.add(Box::new(Circle(1.5)));
    reg.add(Box::new(Rect { w: 2.0, h: 3.5 }));
    println!("total {:.4} idx {:?}", reg.total(), reg.by_name.get("shape"));
    let leaf = Rc::new(TreeNode { val: 3, children: RefCell::new(vec![]), parent: RefCell::new(Weak::new()) });
    let branch = Rc::new(TreeNode { val: 5, children: RefCell::new(vec![Rc::clone(&leaf)]), parent: RefCell::new(Weak::new()) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    println!("leaf parent = {:?}, rc {} weak {}", leaf.parent.borrow().upgrade().map(|p| p.val), Rc::strong_count(&branch), Rc::weak_count(&branch));
    println!("children sum {}", branch.children.borrow().iter().map(|c| c.val).sum::<i32>());
    let mut memo = HashMap::new();
    println!("fib(80) = {}", fib_memo(80, &mut memo));
    let words = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: Vec<(&str, usize)> = words.split(' ').fold(HashMap::new(), |mut m, w| { *m.entry(w).or_insert(0) += 1; m }).into_iter().collect();
    freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", &freq[..3]);
    let s: String = words.split_whitespace().map(|w| { let mut c = w.chars(); match c.next() { Some(f) => f.to_uppercase().collect::<String>() + c.as_str(), None => String::new() } }).collect::<Vec<_>>().join(" ");
    println!("{}", s);
}
