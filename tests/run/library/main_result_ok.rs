// `main` returning `Result`: `Ok` exits with 0 and prints nothing more; `ExitCode` works too
// through `Termination`.
use std::process::{ExitCode, Termination};

fn main() -> Result<(), String> {
    println!("{:?}", ExitCode::from(3u8) == ExitCode::FAILURE);
    let code = Ok::<(), String>(()).report();
    println!("{:?}", code == ExitCode::SUCCESS);
    Ok(())
}
