// Fn pointers, fn items and constructors behind `dyn Fn`, `dyn FnMut` and `dyn FnOnce`: their vtable
// calls the pointer (or the item) with the arguments untupled.
fn double(x: i32) -> i32 {
    x * 2
}

fn greet(name: &str, times: usize) -> String {
    format!("{}{}", "hi ".repeat(times), name)
}

#[derive(Debug)]
struct Wrap(i32);

fn apply_all(fs: &[&dyn Fn(i32) -> i32], x: i32) -> Vec<i32> {
    fs.iter().map(|f| f(x)).collect()
}

fn main() {
    let ptr: fn(i32) -> i32 = double;
    let boxed: Box<dyn Fn(i32) -> i32> = Box::new(ptr);
    let item: &dyn Fn(i32) -> i32 = &double;
    let closure = |x: i32| x + 100;
    println!("{} {} {:?}", boxed(3), item(4), apply_all(&[&ptr, &double, &closure, &*boxed], 5));

    let mut counter: Box<dyn FnMut(i32) -> i32> = Box::new(double);
    let total: i32 = (1..=4).map(|i| counter(i)).sum();
    println!("{}", total);

    let once: Box<dyn FnOnce(&str, usize) -> String> = Box::new(greet);
    println!("{}", once("you", 2));

    let ctor: Box<dyn Fn(i32) -> Wrap> = Box::new(Wrap);
    let some: &dyn Fn(u8) -> Option<u8> = &Some;
    println!("{:?} {:?}", ctor(7), some(9));
}
