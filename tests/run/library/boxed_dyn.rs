// Box<dyn Trait> and boxed closures: self: Box<Self> (also through a vtable), Box<dyn Fn>,
// &dyn Fn, Box<dyn FnMut>, Box<dyn Debug>, Box<dyn FnOnce>.
use std::fmt::Debug;
trait Animal {
    fn name(&self) -> String;
    fn speak(self: Box<Self>) -> String;
}
struct Dog(u8);
impl Animal for Dog {
    fn name(&self) -> String { format!("dog{}", self.0) }
    fn speak(self: Box<Self>) -> String { format!("woof from {}", self.0) }
}
impl Drop for Dog {
    fn drop(&mut self) { println!("drop dog{}", self.0); }
}
fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}
fn apply(f: &dyn Fn(i32) -> i32, v: i32) -> i32 { f(v) }
fn main() {
    let d = Box::new(Dog(1));
    println!("{}", d.speak());
    let a: Box<dyn Animal> = Box::new(Dog(2));
    println!("{}", a.name());
    println!("{}", a.speak());
    let add = make_adder(10);
    println!("{} {}", add(1), apply(&*add, 5));
    let mut count = 0;
    {
        let mut inc: Box<dyn FnMut() -> i32> = Box::new(|| { count += 1; count });
        inc();
        println!("inc {}", inc());
    }
    println!("count {}", count);
    let items: Vec<Box<dyn Debug>> = vec![Box::new(1), Box::new("two"), Box::new(Some(3.5))];
    println!("{:?}", items);
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x * 2), make_adder(3)];
    for f in &fs { println!("{}", f(7)); }
    let o: Box<dyn FnOnce() -> String> = Box::new(|| String::from("once"));
    println!("{}", o());
}
