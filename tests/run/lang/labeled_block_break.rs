//@ edition: 2015
// A labeled block that is broken out of ends normally even when its own statements diverge,
// also when the `break` and its label come from a macro.
macro_rules! leave {
    ($label:lifetime) => { break $label };
    ($label:lifetime, $v:expr) => { break $label $v };
}

fn classify(n: i32) -> &'static str {
    'done: {
        if n < 0 {
            leave!('done, "negative");
        }
        'small: {
            if n > 9 {
                leave!('small);
            }
            leave!('done, "digit");
        }
        "large"
    }
}

fn main() {
    let mut log = Vec::new();
    'first: {
        log.push("enter");
        break 'first;
    };
    log.push("after an empty break");
    let v: u8 = 'outer: {
        'inner: {
            leave!('inner, 1);
        };
        log.push("after a break with a value");
        'inner2: {
            if log.len() > 1 {
                leave!('outer, 5);
            }
            leave!('inner2);
        };
        0
    };
    println!("{:?} {}", log, v);
    for n in [-3, 4, 12].iter() {
        println!("{} is {}", n, classify(*n));
    }
}
