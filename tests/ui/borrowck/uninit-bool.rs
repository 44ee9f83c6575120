//@ rustc-identical
fn main() {
    let done: bool;
    if done { //~ ERROR used binding `done` isn't initialized
        println!("done");
    }
}
