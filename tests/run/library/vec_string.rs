fn main() {
    let mut v = Vec::new();
    for i in 0..5 {
        v.push(i * i);
    }
    println!("{:?} len={} {}", v, v.len(), v[2]);
    v[1] = 100;
    let total: i32 = v.iter().sum();
    println!("total {}", total);
    let evens: Vec<i32> = v.iter().filter(|x| **x % 2 == 0).map(|x| x + 1).collect();
    println!("{:?}", evens);
    let mut names = vec!["bob".to_string(), String::from("alice")];
    names.push(format!("carol-{}", 3));
    for n in &names {
        print!("{} ", n);
    }
    println!();
    let mut s = String::new();
    s.push_str("hello");
    s.push(' ');
    s += "world";
    println!("{} ({} bytes) {:?}", s, s.len(), s);
    let words: Vec<&str> = s.split(' ').collect();
    println!("{:?} {}", words, words.len());
    let zeros = vec![0u8; 3];
    println!("{:?} {:?}", zeros, v.pop());
    let joined: String = vec!['a', 'b', 'c'].into_iter().rev().collect();
    println!("{}", joined);
}
