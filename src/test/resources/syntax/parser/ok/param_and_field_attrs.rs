struct S { a: u8 }
trait T {
    fn m(#[cfg(x)] self, #[allow(unused)] x: u8);
}
type F = fn(#[cfg(x)] u8, #[allow(unused)] y: u8);
fn g(S { #[cfg(x)] a }: S) {
    let S { #[allow(unused)] a: b } = S { #[cfg(x)] a: 1 };
}
