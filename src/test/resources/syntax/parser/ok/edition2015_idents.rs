// edition:2015
fn async() {}
fn uses(dyn: u8) {
    let try = 1;
    let await = try + dyn;
    let gen = 2;
}
