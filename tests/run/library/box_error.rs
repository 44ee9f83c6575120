// Box<dyn Error>: `?` converts any error, strings become errors, and an `Err` returned from
// `main` is printed with Debug on stderr and exits with 1.
use std::error::Error;
use std::num::ParseIntError;

fn parse_sum(a: &str, b: &str) -> Result<i32, Box<dyn Error>> {
    let x: i32 = a.parse()?;
    let y: i32 = b.parse()?;
    if x + y > 100 {
        return Err("sum too large".into());
    }
    if x + y < 0 {
        return Err(format!("negative sum {}", x + y).into());
    }
    Ok(x + y)
}

fn sendable(s: &str) -> Result<u8, Box<dyn Error + Send + Sync>> {
    let v: u8 = s.parse()?;
    if v == 0 {
        return Err(Box::from("zero"));
    }
    Ok(v)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{:?}", parse_sum("1", "2"));
    match parse_sum("1", "x") {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    match parse_sum("99", "2") {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    match parse_sum("-99", "2") {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("error: {} / {:?} / {}", e, e, e.to_string().len()),
    }
    println!("{:?}", sendable("7").unwrap());
    match sendable("300") {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("error: {}", e),
    }
    match sendable("0") {
        Ok(_) => println!("unexpected"),
        Err(e) => println!("error: {:?}", e),
    }
    let boxed: Box<dyn Error> = Box::new("12a".parse::<u32>().unwrap_err());
    println!("{}", boxed);
    let e: Result<i32, ParseIntError> = "z".parse::<i32>();
    let n = e?;
    println!("not reached {}", n);
    Ok(())
}
