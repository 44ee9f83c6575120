fn f(o: Option<i32>) -> i32 {
    'outer: for i in 0..3 {
        while let Some(x) = o { if x == i { continue 'outer; } break; }
    }
    let v = 'b: { if o.is_none() { break 'b 0; } 1 };
    let Some(y) = o else { return v; };
    y
}
