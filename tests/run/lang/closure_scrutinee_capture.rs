// A closure that only matches a captured value (no binding moves out of it) borrows it, so
// several such closures can use the same value and it stays usable afterwards.
#[derive(Debug)]
enum Shape {
    Dot,
    Line(usize),
    Named(String, u8),
}

fn main() {
    let s = Shape::Named("tri".to_string(), 3);
    let is_dot = || {
        let Shape::Dot = s else {
            return false;
        };
        true
    };
    let line_len = || match s {
        Shape::Line(n) => n,
        _ => 0,
    };
    let has_name = || if let Shape::Named(ref n, _) = s { n.len() } else { 0 };
    println!("{} {} {}", is_dot(), line_len(), has_name());
    println!("{} {} {}", is_dot(), line_len(), has_name());
    println!("{:?}", s);
    let words = vec!["a".to_string(), "bb".to_string()];
    let first_len = || if let [w, ..] = words.as_slice() { w.len() } else { 0 };
    println!("{} {:?}", first_len(), words);
}
