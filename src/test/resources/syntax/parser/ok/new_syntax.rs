impl dyn Any + Send + 'static {}
fn capture<'a, T>(x: &'a T) -> impl Iterator<Item = u8> + use<'a, T> {}
fn gat<P: for<'a> Pattern<Searcher<'a>: Debug>, Q: Lend<Item<'static> = u8>>() {}
type Variadic = unsafe extern "C" fn(_: *mut u8, _: ...) -> i32;
fn body() {
    let r: Option<u8> = try { first()? + 1 };
    super let kept = temporary();
    match n {
        ..LIMIT => 1,
        ..-1 => 2,
        _ => 3,
    }
    call::<-1>();
}
