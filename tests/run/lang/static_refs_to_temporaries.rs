// Statics whose initialisers borrow temporaries (the temporaries live for the whole program, as
// rustc interns them), nested and reading other statics, used after other statics were evaluated.
struct A<T: 'static>(&'static T);
struct B<T: 'static + ?Sized> {
    x: &'static T,
}
static STR: &[u8] = b"hi";
static C: A<B<B<[u8]>>> = A(&B { x: &B { x: STR } });

pub struct Slice(&'static [i32]);
static CONTENT: i32 = 42;
pub static CONTENT_MAP: Slice = Slice(&[CONTENT, CONTENT + 1]);
pub static FOO: (i32, i32) = (42, 43);
pub static CONTENT_MAP2: Slice = Slice(&[FOO.1, FOO.0, 7]);
static NAMES: &[&str] = &["a", "bc", "def"];
static TABLE: &[(&str, &[u32])] = &[("one", &[1]), ("two", &[2, 2])];

fn main() {
    println!("{:?} {:?} {:?}", C.0.x.x, CONTENT_MAP.0, CONTENT_MAP2.0);
    println!("{:?} {:?}", NAMES, TABLE);
    let total: u32 = TABLE.iter().map(|(_, v)| v.iter().sum::<u32>()).sum();
    println!("{} {}", total, C.0.x.x.len() + CONTENT_MAP.0.len());
}
