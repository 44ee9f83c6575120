fn main() {
    let a = [1, 2, 3, 4, 5];
    println!("{:?} {:?} {:?}", &a[1..3], &a[..2], &a[3..]);
    let s = "hello world";
    println!("{} {} {}", &s[0..5], &s[6..], &s[..=3]);
    let v = &a[..];
    println!("{:?} {}", &v[1..=2], v[2..].len());
    println!("{:?}", &a[2..9]);
}
