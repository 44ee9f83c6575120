// a byte order mark first
fn main() {}
