fn main() {
    let input = "3 4\n10 -2\n  7   8  \nx 1";
    let mut total = 0i64;
    for (n, line) in input.lines().enumerate() {
        let nums: Vec2 = Vec2::from_line(line);
        println!("line {}: {:?} ok={}", n, line.trim(), nums.ok);
        total += nums.sum;
    }
    println!("total {}", total);
    let csv = "a,b,,c";
    for part in csv.split(',') {
        print!("[{}]", part);
    }
    println!();
    println!("{:?} {:?}", "42".parse::<u8>(), "300".parse::<u8>());
    println!("{:?}", "-17".parse::<i32>());
    if let Some((k, v)) = "key=value".split_once('=') {
        println!("{} -> {}", k, v);
    }
    println!("{}", "Hello".chars().rev().map(|c| c.to_ascii_uppercase()).filter(|c| *c != 'L').count());
    println!("{} {}", "banana".find("an").unwrap_or(99), "banana".starts_with("ban"));
}

struct Vec2 {
    sum: i64,
    ok: bool,
}

impl Vec2 {
    fn from_line(line: &str) -> Vec2 {
        let mut sum = 0;
        let mut ok = true;
        for w in line.split_whitespace() {
            match w.parse::<i64>() {
                Ok(v) => sum += v,
                Err(e) => {
                    println!("error: {}", e);
                    ok = false;
                }
            }
        }
        Vec2 { sum, ok }
    }
}
