// Constants used as patterns: constants of reference type match references as they are
// (no match-ergonomics dereferencing), associated constants through their type or trait.
const GREETING: &str = "hello";
const MAGIC: &[u8; 3] = b"elf";
const ORIGIN: (i32, i32) = (0, 0);

trait Code {
    const NAME: &'static str;
    const ZERO: Self;
}

#[derive(PartialEq, Eq, Debug, Clone, Copy)]
struct Wrapper(usize);

impl Code for Wrapper {
    const NAME: &'static str = "wrapper";
    const ZERO: Self = Wrapper(0);
}

impl Code for u8 {
    const NAME: &'static str = "byte";
    const ZERO: Self = 0;
}

fn classify(word: &str) -> &'static str {
    match word {
        GREETING => "greeting",
        Wrapper::NAME | u8::NAME => "type name",
        _ => "other",
    }
}

fn header(bytes: &[u8; 3]) -> bool {
    matches!(bytes, MAGIC)
}

fn is_zero(v: Wrapper) -> bool {
    match v {
        Wrapper::ZERO => true,
        _ => false,
    }
}

fn is_zero_byte(v: u8) -> bool {
    match v {
        u8::ZERO => true,
        _ => false,
    }
}

fn main() {
    let owned = String::from("hello");
    for w in [owned.as_str(), "byte", "wrapper", "bye"] {
        println!("{:>8}: {}", w, classify(w));
    }
    println!("{} {}", header(b"elf"), header(b"exe"));
    let points = [(0, 0), (1, 2), (0, 0)];
    let at_origin = points.iter().filter(|p| matches!(p, &&ORIGIN)).count();
    println!("at origin: {}", at_origin);
    match &(0, 0) {
        &ORIGIN => println!("origin by reference"),
        _ => println!("elsewhere"),
    }
    println!("{} {} {} {}", is_zero(Wrapper(0)), is_zero(Wrapper(3)), is_zero_byte(0), is_zero_byte(9));
    let w = Wrapper(0);
    match w {
        Code::ZERO => println!("zero through the trait"),
        Wrapper(n) => println!("{}", n),
    }
}
