fn div(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}

fn parse_digit(c: char) -> Result<u32, String> {
    match c.to_digit(10) {
        Some(d) => Ok(d),
        None => Err(String::from("not a digit")),
    }
}

fn sum_two(a: char, b: char) -> Result<u32, String> {
    let x = parse_digit(a)?;
    let y = parse_digit(b)?;
    Ok(x + y)
}

fn main() {
    match div(10, 2) {
        Some(v) => println!("10 / 2 = {}", v),
        None => println!("no"),
    }
    if let Some(v) = div(1, 0) {
        println!("unexpected {}", v);
    } else {
        println!("division by zero");
    }
    println!("{:?} {:?}", div(7, 3), div(7, 0));
    println!("{}", div(8, 4).unwrap_or(0));
    println!("{:?}", sum_two('3', '4'));
    println!("{:?}", sum_two('3', 'x'));
    let v = div(9, 3).map(|x| x * 10);
    println!("{:?}", v);
}
