// Parameters bound by reference (`fn f(ref s: S)`) take the value and borrow it; it is dropped
// when the function returns.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inspect(ref l: Loud) -> usize {
    let r: &Loud = l;
    println!("inspecting {}", r.0);
    r.0.len()
}

fn pair((ref a, b): (String, u32)) -> String {
    format!("{}:{}", a, b)
}

fn main() {
    let n = inspect(Loud("first"));
    println!("len {}", n);
    println!("{}", pair((String::from("x"), 7)));
    let l = Loud("second");
    inspect(l);
    println!("end");
}
