// Casting a fn item to a raw pointer or an integer goes through its fn pointer; a raw pointer
// to an array cast to a raw slice pointer unsizes it.
fn answer() -> u32 {
    42
}

fn main() {
    let p = answer as *const u8;
    let q = answer as fn() -> u32 as *const u8;
    println!("{}", p == q);
    let addr = answer as usize;
    println!("{}", addr != 0 && addr == p as usize);
    let arr = [1u8, 2, 3, 4];
    let raw = &arr as *const [u8; 4] as *const [u8];
    let len = unsafe { (&*raw).len() };
    println!("{} {:?}", len, unsafe { &*raw });
    let mut buf = [0i32; 3];
    let slice = &mut buf as *mut [i32; 3] as *mut [i32];
    unsafe { (*slice)[1] = 7 };
    println!("{:?}", buf);
}
