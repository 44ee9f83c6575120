fn rtn<T: Trait<method(..): Send, other(i32): Copy>>() where T::method(..): Send {}
unsafe extern "C" fn named_variadic(n: usize, mut args: ...) {}
fn lt<'r#gen>() {}
fn bare(_: impl Trait<T = std::fmt::Debug + Eq>) {}
fn closures() {
    let f = for<'a> |x: &'a u8| -> &'a u8 { x };
    let g = for<'a> async move |x: &'a u8| {};
}
async fn streams() {
    for await item in stream {}
}
