fn f(r: &i32) {
    match r {
        &1 => if true { () } else { () }
        &2 => (),
        &3 => unsafe { () }
        &4 => { 1 }.to_string(),
        _ => ()
    }
}
