// edition:2015
type A = Box<(Fn(u8) -> u8) + 'static + Send>;
type B = Box<(Obj) + (?Sized) + (for<'a> Trait<'a>)>;
type C = Box<Debug+>;
type D = Box<dyn Fn(u8) -> u8 + Send>;
