// String literal patterns against `&str` (also inside tuples and slices), and array literals whose
// elements coerce to the element type a slice parameter asks for.
use std::fmt::Display;

fn kind(cmd: &str) -> i32 {
    match cmd {
        "add" => 1,
        "sub" | "minus" => 2,
        _ => 0,
    }
}

fn pair(p: (&str, i32)) -> i32 {
    match p {
        ("x", n) => n,
        ("y", n) if n > 0 => n * 10,
        (_, n) => -n,
    }
}

fn words(v: &[&str]) -> usize {
    match v {
        ["a", rest @ ..] => rest.len(),
        [.., "z"] => 100,
        _ => 99,
    }
}

fn show(items: &[&dyn Display]) -> String {
    let mut out = String::new();
    for i in items {
        out.push_str(&format!("<{}>", i));
    }
    out
}

fn main() {
    println!("{} {} {} {}", kind("add"), kind("minus"), kind("zz"), kind(&String::from("sub")));
    println!("{} {} {}", pair(("x", 3)), pair(("y", 2)), pair(("q", 5)));
    println!("{} {} {}", words(&["a", "b", "c"]), words(&["q", "z"]), words(&[]));
    let a = 1;
    let b = "two";
    let c = 3.5;
    println!("{}", show(&[&a, &b, &c]));
    let bytes: &[u8] = b"hi";
    match bytes {
        b"hi" => println!("bytes hi"),
        _ => println!("other bytes"),
    }
    let mixed: [Box<dyn Display>; 2] = [Box::new(7), Box::new("seven")];
    for m in &mixed {
        println!("{}", m);
    }
}
