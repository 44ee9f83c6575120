// The String-building str methods (replace, repeat, to_ascii_*) and String editing.
fn main() {
    let s = "one, two,three  four";
    println!("{} {}", s.replace(", ", "|"), s.replace(',', ";"));
    println!("{} {}", "aaaa".replacen("a", "b", 2), "abc".replace("", "-"));
    println!("[{}] [{}]", "ab".repeat(3), "x".repeat(0));
    println!("{} {}", "Hello wOrld".to_ascii_uppercase(), "Hello wOrld".to_ascii_lowercase());
    let mut t = String::with_capacity(8);
    t.push_str("hello");
    t.insert(0, '>');
    t.insert_str(1, "> ");
    println!("{} {}", t, t.len());
    let r = t.remove(0);
    println!("{:?} {}", r, t);
    println!("{:?} {}", t.pop(), t);
    t.truncate(3);
    println!("{}", t);
    let mut u = String::from("a1b2c3é4");
    u.retain(|c| !c.is_ascii_digit());
    println!("{}", u);
    let tail = u.split_off(2);
    println!("{} {}", u, tail);
    u.clear();
    println!("[{}] {}", u, u.is_empty());
    let mut w = String::new();
    w.extend(["ab", "cd"]);
    w.extend(vec![String::from("ef")]);
    w.extend(['g', 'h'].iter());
    println!("{}", w);
    let joined: String = vec![String::from("x"), String::from("y")].into_iter().collect();
    println!("{}", joined);
    let mut m = String::from("MiXeD");
    m.make_ascii_lowercase();
    println!("{}", m);
}
