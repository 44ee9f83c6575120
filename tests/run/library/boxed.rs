// Box: trait objects in a Vec with drops in order, a recursive list, moving out of a box,
// Box<[T]> from an array, a boxed closure.
trait Shape {
    fn area(&self) -> i32;
    fn name(&self) -> String { String::from("shape") }
}
struct Sq(i32);
struct Rect(i32, i32);
impl Shape for Sq {
    fn area(&self) -> i32 { self.0 * self.0 }
    fn name(&self) -> String { format!("sq{}", self.0) }
}
impl Shape for Rect {
    fn area(&self) -> i32 { self.0 * self.1 }
}
impl Drop for Sq {
    fn drop(&mut self) { println!("drop Sq({})", self.0); }
}
impl Drop for Rect {
    fn drop(&mut self) { println!("drop Rect({}, {})", self.0, self.1); }
}
#[derive(Debug)]
enum List { Cons(i32, Box<List>), Nil }
use List::{Cons, Nil};
fn sum(l: &List) -> i32 {
    match l {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2)), Box::new(Rect(2, 3)), Box::new(Sq(4))];
    for s in shapes.iter() {
        println!("{} {}", s.name(), s.area());
    }
    let total: i32 = shapes.iter().map(|s| s.area()).sum();
    println!("total {}", total);
    drop(shapes);
    let l = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{}", sum(&l));
    println!("{:?}", l);
    let b = Box::new(Sq(7));
    let s = *b;
    println!("moved {}", s.0);
    let arr: Box<[i32]> = Box::new([1, 2, 3]);
    println!("{:?} {}", arr, arr.len());
    let f: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + s.0);
    println!("{}", f(3));
    println!("end");
}
