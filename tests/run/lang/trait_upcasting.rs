// Trait objects upcast to a supertrait (stable since 1.86): the supertrait's vtable for the
// concrete type, through references, boxes and Rc, also for several types behind one call site.
use std::any::Any;
use std::fmt::Debug;
use std::rc::Rc;

trait Named: Debug {
    fn name(&self) -> String;
}

trait Animal: Named + Any {
    fn legs(&self) -> u32;
}

#[derive(Debug)]
struct Dog(u8);
#[derive(Debug)]
struct Bird {
    wings: u32,
}

impl Named for Dog {
    fn name(&self) -> String {
        format!("dog{}", self.0)
    }
}
impl Named for Bird {
    fn name(&self) -> String {
        String::from("bird")
    }
}
impl Animal for Dog {
    fn legs(&self) -> u32 {
        4
    }
}
impl Animal for Bird {
    fn legs(&self) -> u32 {
        2 + self.wings - self.wings
    }
}

fn describe(n: &dyn Named) -> String {
    format!("{} {:?}", n.name(), n)
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Dog(1)), Box::new(Bird { wings: 2 }), Box::new(Dog(7))];
    for a in &zoo {
        let named: &dyn Named = a.as_ref();
        let any: &dyn Any = a.as_ref();
        println!("{} legs {} dog? {}", describe(named), a.legs(), any.downcast_ref::<Dog>().map(|d| d.0).unwrap_or(0));
    }
    let boxed: Box<dyn Named> = Box::new(Bird { wings: 4 }) as Box<dyn Animal>;
    println!("{}", describe(&*boxed));
    let rc: Rc<dyn Animal> = Rc::new(Dog(3));
    let rc_named: Rc<dyn Named> = rc.clone();
    println!("{} {}", rc_named.name(), Rc::strong_count(&rc));
}
