// FIXME(issue 12): rustc also suggests moving the expression out of the loop (a multi-line edit).
fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hi");
    let mut total = 0;
    loop {
        total += take(s); //~ ERROR use of moved value: `s`
        if total > 4 {
            break;
        }
    }
}
