// A reference coerced to a trait object the type does not implement: the missing impl is the error.
trait Tr {
    fn f(&self);
}

struct S;

fn main() {
    let _a: &dyn Tr = &S; //~ ERROR the trait bound `S: Tr` is not satisfied
}
