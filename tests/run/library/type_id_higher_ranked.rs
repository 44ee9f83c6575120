// `TypeId` and `Any` tell apart types that differ only in the lifetimes their binders bind:
// `fn(&T) -> &U` (one late-bound lifetime for both) is not `fn(&T) -> &'static U`, and
// `dyn for<'a> Tr<'a, 'a>` is not `dyn for<'a> Tr<'a, 'static>`; bound lifetimes are the same
// however they are named.
use std::any::{Any, TypeId};
use std::collections::HashMap;

struct View<'a>(&'a str);

trait Pick<'a, 'b> {
    fn pick(&'a self) -> &'b str;
}

impl<'a> Pick<'a, 'a> for String {
    fn pick(&'a self) -> &'a str {
        self
    }
}

fn view(s: &String) -> View<'_> {
    View(s)
}

fn first<'a>(a: &'a str, _b: &str) -> &'a str {
    a
}

fn same<A: ?Sized + 'static, B: ?Sized + 'static>() -> bool {
    TypeId::of::<A>() == TypeId::of::<B>()
}

fn lookup(s: String) -> Option<&'static str> {
    let a: Box<dyn Any> = Box::new(view as fn(&String) -> View);
    a.downcast_ref::<fn(&String) -> View<'static>>().map(|f| f(&s).0)
}

fn main() {
    println!("{}", same::<fn(&String) -> View, fn(&String) -> View<'static>>());
    println!("{}", same::<fn(&u8) -> &u8, for<'x> fn(&'x u8) -> &'x u8>());
    println!("{}", same::<for<'a, 'b> fn(&'a u8, &'b u8), fn(&u8, &u8)>());
    println!("{}", same::<for<'a> fn(&'a u8, &'a u8), fn(&u8, &u8)>());
    println!("{}", same::<fn(&'static u8), fn(&u8)>());
    println!("{}", same::<fn(fn(&u8)), fn(for<'z> fn(&'z u8))>());
    println!("{}", same::<dyn for<'a> Pick<'a, 'a>, dyn for<'a> Pick<'a, 'static>>());
    println!("{}", same::<dyn Fn(&str) -> &str, dyn for<'s> Fn(&'s str) -> &'s str>());
    println!("{}", same::<dyn Fn(&str), dyn Fn(&'static str)>());
    println!("{}", same::<&'static str, &'static str>());
    println!("{}", lookup(String::from("gone")).is_none());

    let boxed: Box<dyn Any> = Box::new(Box::new(String::from("kept")) as Box<dyn for<'a> Pick<'a, 'a>>);
    println!("{}", boxed.downcast_ref::<Box<dyn for<'a> Pick<'a, 'static>>>().is_none());
    match boxed.downcast_ref::<Box<dyn for<'b> Pick<'b, 'b>>>() {
        Some(p) => println!("{}", p.pick()),
        None => println!("missing"),
    }

    // a registry of callbacks keyed by their type
    let mut registry: HashMap<TypeId, Box<dyn Any>> = HashMap::new();
    registry.insert(TypeId::of::<for<'r> fn(&'r str, &str) -> &'r str>(), Box::new(first as for<'a> fn(&'a str, &str) -> &'a str));
    registry.insert(TypeId::of::<fn(&str) -> usize>(), Box::new(str::len as fn(&str) -> usize));
    let f = registry[&TypeId::of::<for<'a> fn(&'a str, &str) -> &'a str>()]
        .downcast_ref::<for<'a> fn(&'a str, &str) -> &'a str>()
        .unwrap();
    let g = registry[&TypeId::of::<fn(&str) -> usize>()].downcast_ref::<fn(&str) -> usize>().unwrap();
    println!("{} {} {}", registry.len(), f("left", "right"), g("four"));
    println!("{}", registry.contains_key(&TypeId::of::<fn(&'static str) -> usize>()));
}
