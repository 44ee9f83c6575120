// A panic in code that uses boxes: the boxes' memory is still live when the message prints.
// (Drops while unwinding are not run by Ferrite yet, so no Drop impl here prints.)
fn first(v: &[Box<i32>]) -> i32 {
    *v[0]
}

fn main() {
    let b: Box<dyn Fn(i32) -> i32> = Box::new(|x| x * 2);
    let v: Vec<Box<i32>> = vec![Box::new(b(21))];
    println!("{}", first(&v));
    let empty: Vec<Box<i32>> = Vec::new();
    let n = first(&empty);
    println!("unreachable {}", n);
}
