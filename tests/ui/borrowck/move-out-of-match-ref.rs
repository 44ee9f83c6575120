//@ rustc-identical
fn main() {
    let o = &Some(String::new());
    match *o { //~ ERROR cannot move out of `o` as enum variant `Some` which is behind a shared reference
        Some(s) => println!("{}", s),
        None => {}
    }
}
