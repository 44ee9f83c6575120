//! The program's environment: its command-line arguments.

use alloc::string::String;
use core::fmt;

/// The program's command-line arguments, its name first (`env::args()`).
pub struct Args {
    next: usize,
    end: usize,
}

/// The command-line arguments, the program's name first.
pub fn args() -> Args {
    Args { next: 0, end: unsafe { core::intrinsics::ferrite_args_count() } }
}

fn arg(i: usize) -> String {
    String::from(unsafe { core::intrinsics::ferrite_arg(i) })
}

impl Iterator for Args {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        if self.next == self.end {
            return None;
        }
        self.next += 1;
        Some(arg(self.next - 1))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.end - self.next, Some(self.end - self.next))
    }
}

impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String> {
        if self.next == self.end {
            return None;
        }
        self.end -= 1;
        Some(arg(self.end))
    }
}

impl ExactSizeIterator for Args {}

impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut l = f.debug_list();
        for i in self.next..self.end {
            l.entry(&arg(i));
        }
        l.finish()
    }
}
