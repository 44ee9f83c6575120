// A trait's associated constant is the impl's where the impl overrides the default (also through generics and default methods).
trait Foo { const ID: i32 = 2; fn id(&self) -> i32 { Self::ID } }
struct A; struct B;
impl Foo for A { const ID: i32 = 1; }
impl Foo for B {}
fn get<T: Foo>() -> i32 { T::ID }
fn main() { println!("{} {} {} {} {} {}", <A as Foo>::ID, <B as Foo>::ID, get::<A>(), get::<B>(), A.id(), B.id()); }
