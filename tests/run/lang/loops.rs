fn main() {
    let mut n = 0u64;
    'outer: for i in 1..10 {
        for j in 1..10 {
            if i * j > 20 {
                continue 'outer;
            }
            if i == 7 {
                break 'outer;
            }
            n += i * j;
        }
    }
    println!("n = {}", n);
    let mut x = 1;
    let found = loop {
        x *= 3;
        if x > 100 {
            break x;
        }
    };
    println!("found {}", found);
    let mut v = 0;
    while v < 10 {
        v += 3;
    }
    println!("v = {}", v);
    let total: i32 = (1..=4).sum();
    println!("total = {}", total);
    let mut countdown = 3;
    while let Some(c) = if countdown > 0 { Some(countdown) } else { None } {
        println!("{}...", c);
        countdown -= 1;
    }
    let label = 'blk: {
        if n > 10 {
            break 'blk "big";
        }
        "small"
    };
    println!("{}", label);
}
