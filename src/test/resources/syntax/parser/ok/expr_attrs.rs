fn attrs() {
    #[cfg(unix)]
    call();
    #[allow(unused)]
    if a { b } else { c }
    let x = #[rustfmt::skip] (1 + 2) * #[inline] y;
    let v = [#[cfg(a)] 1, 2];
    match z {
        _ => #[cold] fail(),
    }
    /// doc on a statement
    #[attr] m!().bar();
    #[attr]
    tail
}
fn closure_param_attrs() {
    let f = |#[allow(unused)] x: u8, #[cfg(a)] y| x;
}
