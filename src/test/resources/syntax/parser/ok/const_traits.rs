pub const trait Add<Rhs = Self>: [const] Clone {}
pub(crate) const unsafe trait Alloc {}
const impl<T: [const] Default + ~const Drop> Wrapper<T> {}
impl<T: [const] Into<u8>> const From<T> for Byte {}
fn f(g: impl [const] FnOnce(u8) -> bool + [const] Destruct) where T: const Clone {}
fn closures() {
    let a = const |x| x + 1;
    let b = const move || 2;
}
fn binder(f: impl for<'a> [const] FnOnce(&'a u8) + [const] Destruct) {}
