// std::borrow::Cow: borrowed until written, Deref to the borrowed type, conversions and
// comparisons with str/String, Display and Debug forwarding.
use std::borrow::Cow;

fn normalize(s: &str) -> Cow<str> {
    if s.contains(' ') {
        let mut owned = String::new();
        for c in s.chars() {
            if c != ' ' {
                owned.push(c);
            }
        }
        Cow::Owned(owned)
    } else {
        Cow::Borrowed(s)
    }
}

fn kind<B: ?Sized + ToOwned>(c: &Cow<B>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn main() {
    let a = normalize("hello");
    let b = normalize("he llo");
    println!("{} {} {} {}", a, kind(&a), b, kind(&b));
    println!("{:?} {:?}", a, b);
    println!("{} {}", a == b, a.len());
    println!("{}", a == "hello");
    println!("{}", "hello" == a);
    println!("{}", b == String::from("hello"));

    let mut c: Cow<str> = Cow::from("abc");
    println!("{}", kind(&c));
    c.to_mut().push_str("def");
    println!("{} {}", c, kind(&c));
    let s: String = c.clone().into_owned();
    println!("{} {}", s, s.len());
    let d: Cow<str> = Cow::from(String::from("owned"));
    println!("{} {}", kind(&d), d.to_uppercase());
    let e = d.clone();
    println!("{} {}", kind(&e), e == d);

    let mut cc = Cow::Borrowed("x");
    cc += "y";
    cc += "z";
    println!("{} {}", cc, kind(&cc));
    let joined = Cow::Borrowed("") + "only";
    println!("{} {}", joined, kind(&joined));

    let v = [1, 2, 3];
    let mut sl: Cow<[i32]> = Cow::from(&v[..]);
    println!("{:?} {}", sl, kind(&sl));
    sl.to_mut().push(4);
    println!("{:?} {} {}", sl, kind(&sl), sl.len());
    let owned: Vec<i32> = sl.into_owned();
    println!("{:?}", owned);

    let n: Cow<i32> = Cow::Owned(5);
    println!("{} {}", *n + 1, kind(&n));
    let st: String = String::from(Cow::Borrowed("into string"));
    println!("{}", st);
    let def: Cow<str> = Cow::default();
    println!("[{}] {}", def, kind(&def));
}
