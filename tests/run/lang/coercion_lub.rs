// The common type of `if`/`match` arms and array elements: fn items and non-capturing closures
// meet as fn pointers, earlier arms coerce to a later arm's type, safe fn pointers to unsafe ones.
fn double(x: i32) -> i32 {
    x * 2
}

fn square(x: i32) -> i32 {
    x * x
}

unsafe fn negate(x: i32) -> i32 {
    -x
}

fn pick(n: u32) -> fn(i32) -> i32 {
    match n {
        0 => double,
        1 => square,
        _ => |x| x + 100,
    }
}

fn label(s: &String, short: bool) -> &str {
    let l = if short { "short" } else { s };
    l
}

fn main() {
    for n in 0..3 {
        println!("pick({}) -> {}", n, pick(n)(7));
    }
    let flag = table_len_hint() > 0;
    let op = if flag { double } else { square };
    println!("{}", op(5));
    let table = [double, square, |x: i32| x - 1];
    println!("{:?}", table.iter().map(|f| f(6)).collect::<Vec<_>>());
    let risky = if table.len() > 2 { negate } else { double };
    println!("{}", unsafe { risky(4) });
    let as_unsafe: unsafe fn(i32) -> i32 = table[0];
    println!("{}", unsafe { as_unsafe(21) });

    let owned = String::from("owned");
    println!("{} {}", label(&owned, true), label(&owned, false));
    let mixed = [("a", String::new()), (Default::default(), "b".to_string())];
    let refs = [("x", "y"), (&owned, &owned)];
    println!("{:?} {:?}", mixed, refs);
    let v = vec![1, 2, 3];
    let arr = [4, 5];
    let parts = match v.len() {
        3 => &v,
        _ => &arr[..],
    };
    println!("{:?}", parts);
}

fn table_len_hint() -> usize {
    3
}
