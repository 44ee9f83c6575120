fn f() {
    let add = |a: i32, b| a + b;
    let k = move || -> u8 { 1 };
    let r = (0..10).map(|x| x * 2).filter(|&x| x > 4).count();
}
