//@ rustc-identical
#[derive(Debug)]
struct Token(String);

fn main() {
    let t = Token(String::new());
    let u = t;
    println!("{:?} {:?}", t, u); //~ ERROR borrow of moved value: `t`
}
