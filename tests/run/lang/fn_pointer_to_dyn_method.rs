// A trait method on a `dyn` receiver taken as a function pointer (`<dyn Trait as Trait>::name`):
// the pointer calls through the vtable of whatever it is given.
trait Named {
    fn name(&self) -> String;
    fn scaled(&self, k: u32) -> u32;
}

impl<T: std::fmt::Debug + ?Sized> Named for T {
    fn name(&self) -> String {
        format!("{:?}", self)
    }
    fn scaled(&self, k: u32) -> u32 {
        self.name().len() as u32 * k
    }
}

fn pointer<T: ?Sized + Named>() -> fn(&T) -> String {
    Named::name
}

fn scaler<T: ?Sized + Named>() -> fn(&T, u32) -> u32 {
    <T as Named>::scaled
}

fn main() {
    let f = pointer::<dyn Named>();
    let g = pointer::<str>();
    let s = scaler::<dyn Named>();
    let items: Vec<Box<dyn Named>> = vec![Box::new(5i32), Box::new("str"), Box::new(vec![1u8, 2])];
    for it in &items {
        println!("{} {}", f(&**it), s(&**it, 3));
    }
    println!("{}", g("plain"));
}
