struct S { a: u8 }
123
fn g() {}
