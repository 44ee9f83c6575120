// edition:2024
fn gens() {
    let g = gen { yield 1; };
    let m = gen move { 2 };
    let r#gen = 3;
}
