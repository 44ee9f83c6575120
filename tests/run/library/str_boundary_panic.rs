// Slicing a string inside a char panics with the char and its bytes, as std does.

fn main() {
    let s = "naïve café";
    println!("{}", &s[..2]);
    println!("{:?} {:?}", s.get(0..3), s.get(0..4));
    let cut = s.find('v').unwrap() - 1;
    println!("{}", &s[..cut]);
}
