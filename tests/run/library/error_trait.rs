// std::error::Error: default methods, impls for the number errors, errors as trait objects.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct AppError {
    cause: std::num::ParseIntError,
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad config")
    }
}

impl Error for AppError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        let cause: &(dyn Error + 'static) = &self.cause;
        Some(cause)
    }
}

fn parse(s: &str) -> Result<u8, AppError> {
    s.parse::<u8>().map_err_free()
}

trait MapErrFree {
    fn map_err_free(self) -> Result<u8, AppError>;
}

impl MapErrFree for Result<u8, std::num::ParseIntError> {
    fn map_err_free(self) -> Result<u8, AppError> {
        match self {
            Ok(v) => Ok(v),
            Err(cause) => Err(AppError { cause }),
        }
    }
}

fn report(e: &dyn Error) {
    println!("error: {}", e);
    let mut cur = e.source();
    while let Some(c) = cur {
        println!("  caused by: {}", c);
        cur = c.source();
    }
}

fn main() {
    match parse("300") {
        Ok(v) => println!("{}", v),
        Err(e) => report(&e),
    }
    if let Err(e) = u8::try_from(-1i32) {
        report(&e);
        println!("{}", e.source().is_none());
    }
    println!("{:?}", parse("7").is_ok());
}
