// `main` returning `ExitCode`: the process exits with it.
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("exiting with 42");
    ExitCode::from(42)
}
