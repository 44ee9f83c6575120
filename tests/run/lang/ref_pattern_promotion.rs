// `ref` bindings into a constant scrutinee borrow a promoted constant, so they live for 'static.
#[derive(Debug, PartialEq, Clone)]
struct Tag(u8);

fn middle() -> &'static [Tag; 2] {
    let [_, ref mid @ .., _] = [Tag(1), Tag(2), Tag(3), Tag(4)];
    mid
}

fn last() -> &'static u8 {
    let [.., Tag(ref x)] = [Tag(5), Tag(6)];
    x
}

const fn pick() -> &'static (u32, &'static str) {
    let (_, ref pair) = (0u8, (7u32, "seven"));
    pair
}

fn main() {
    let m = middle();
    println!("{:?} {}", m, last());
    let p = pick();
    println!("{} {}", p.0, p.1);
    static P: &(u32, &str) = pick();
    println!("{:?}", P);
    let mut v: Vec<&'static Tag> = Vec::new();
    for _ in 0..2 {
        let [ref a, _] = [Tag(9), Tag(10)];
        v.push(a);
    }
    println!("{:?}", v);
}
