// FIXME(issue 12): rustc also labels the capture that makes the closure FnMut.
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc(); //~ ERROR cannot borrow `inc` as mutable, as it is not declared as mutable
    println!("{}", count);
}
