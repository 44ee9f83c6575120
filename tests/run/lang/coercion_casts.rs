// Casts that are coercions: to trait objects (boxed and borrowed), arrays to slices.
trait Speak {
    fn speak(&self) -> String;
}
struct Dog;
impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}
fn main() {
    let b = Box::new(Dog) as Box<dyn Speak>;
    let r = &Dog as &dyn Speak;
    println!("{} {}", b.speak(), r.speak());
    let arr = [3, 1, 2];
    let s = &arr as &[i32];
    match *s {
        [first, ref rest @ ..] => println!("{} {:?}", first, rest),
        [] => println!("empty"),
    }
    let tail = &arr[1..];
    match *(tail as &[_]) {
        [a, b] => println!("{} {}", a, b),
        _ => println!("other"),
    }
}
