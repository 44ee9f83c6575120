fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else {
        "positive"
    }
}

fn main() {
    println!("{} {} {}", classify(-3), classify(0), classify(7));
    let mut i = 0;
    while i < 3 {
        println!("while {}", i);
        i += 1;
    }
    let mut n = 0;
    let found = loop {
        n += 1;
        if n * n > 50 {
            break n;
        }
    };
    println!("first square over 50: {}", found);
    let mut count = 0;
    'outer: loop {
        let mut j = 0;
        loop {
            j += 1;
            count += 1;
            if j == 3 {
                break;
            }
            if count > 7 {
                break 'outer;
            }
        }
    }
    println!("count = {}", count);
}
