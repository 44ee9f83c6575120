// FIXME(issue 12): rustc also suggests `iter_mut()` on the iterator.
fn main() {
    let words = vec![String::from("a")];
    for w in words.iter() {
        w.push('!'); //~ ERROR cannot borrow `*w` as mutable, as it is behind a `&` reference
    }
}
