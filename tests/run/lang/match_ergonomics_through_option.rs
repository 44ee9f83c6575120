// Patterns inside `Some(..)` and other variants that look through a reference (match
// ergonomics): the variant's field holds the reference, the subpattern matches what it points at.
#[derive(Debug)]
enum Value {
    Int(i64),
    Flag(bool),
    List(Vec<Value>),
}

fn describe(v: Option<&Value>) -> String {
    match v {
        Some(Value::Int(n)) => format!("int {}", n),
        Some(Value::Flag(b)) => format!("flag {}", b),
        Some(Value::List(items)) => format!("list of {}", items.len()),
        None => String::from("nothing"),
    }
}

struct Pair {
    left: (char, u8),
    right: Option<(i32, i32)>,
}

fn main() {
    let pairs: Vec<(i64, i64)> = vec![(1, 2), (3, 4), (5, 6)];
    let mut sum = 0;
    for (x, y) in &pairs {
        sum += x * y;
    }
    println!("sum of products: {}", sum);

    if let Some((a, b)) = pairs.first() {
        println!("first: {} {}", a, b);
    }
    match pairs.last() {
        Some((a, b)) if *a > 4 => println!("last is big: {} {}", a, b),
        Some((a, _)) => println!("last: {}", a),
        None => println!("empty"),
    }

    let mut counts: Vec<(char, usize)> = vec![('a', 1), ('b', 7)];
    if let Some((c, n)) = counts.last_mut() {
        *n += 1;
        *c = c.to_ascii_uppercase();
    }
    println!("{:?}", counts);

    let values = vec![Value::Int(4), Value::Flag(true), Value::List(vec![Value::Int(1), Value::Int(2)])];
    for i in 0..4 {
        println!("{}", describe(values.get(i)));
    }

    let p = Pair { left: ('z', 26), right: Some((7, -7)) };
    let r = &p;
    let Pair { left: (ch, code), right } = r;
    println!("{} {}", ch, code);
    if let Some((u, v)) = right {
        println!("{}", u + v);
    }
    let nested: Option<&Option<&(u8, u8)>> = Some(&Some(&(9, 10)));
    if let Some(Some((m, n))) = nested {
        println!("{}", m + n);
    }
}
