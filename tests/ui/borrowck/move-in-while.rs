// FIXME(issue 12): rustc also suggests moving the expression out of the loop (a multi-line edit).
fn eat(v: Vec<u8>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1u8];
    let mut i = 0;
    while i < 3 {
        i += eat(v); //~ ERROR use of moved value: `v`
    }
}
