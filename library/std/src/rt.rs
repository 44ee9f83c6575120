//! The runtime's entry: what runs around the program's `main`.

use crate::process::Termination;

/// Called by the backend with the user's `main`: runs it and turns what it returns into the
/// process's exit code (`main() -> Result<(), E>` prints `Error: {e:?}` and exits with 1).
#[lang = "start"]
fn lang_start<T: Termination + 'static>(main: fn() -> T) -> isize {
    main().report().to_i32() as isize
}
