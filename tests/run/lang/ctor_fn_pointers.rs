// Tuple-struct and variant constructors used as functions: passed to `map`, stored in statics and
// fn pointers, in generic code.
#[derive(Debug, PartialEq)]
struct Meters(u32);

#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect(u8, u8),
}

static WRAP: fn(usize) -> Option<usize> = Some;
const MAKE: fn(u32) -> Meters = Meters;

fn apply<T, U>(f: impl Fn(T) -> U, x: T) -> U {
    f(x)
}

fn main() {
    let v: Vec<Option<i32>> = vec![1, 2, 3].into_iter().map(Some).collect();
    println!("{:?}", v);
    let m: Vec<Meters> = (1..4).map(Meters).collect();
    println!("{:?} {}", m, m[1] == Meters(2));
    println!("{:?} {:?}", WRAP(200), MAKE(7));
    let ctors: [fn(u8, u8) -> Shape; 1] = [Shape::Rect];
    println!("{:?} {:?}", ctors[0](2, 3), apply(Shape::Circle, 1.5));
    let results: Vec<Result<u8, String>> = vec![Ok(1), Err("no".to_string())];
    let errs: Vec<Option<String>> = results.into_iter().map(Result::err).collect();
    println!("{:?}", errs);
}
