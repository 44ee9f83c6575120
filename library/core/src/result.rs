//! Error handling with the `Result` type.

use crate::fmt;

/// `Result` is a type that represents either success (`Ok`) or failure (`Err`).
#[lang = "Result"]
pub enum Result<T, E> {
    /// Contains the success value.
    #[lang = "Ok"]
    Ok(T),
    /// Contains the error value.
    #[lang = "Err"]
    Err(E),
}

use Result::{Err, Ok};

impl<T, E> Result<T, E> {
    #[inline]
    pub const fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    #[inline]
    pub const fn is_err(&self) -> bool {
        !self.is_ok()
    }

    #[inline]
    pub fn ok(self) -> crate::option::Option<T> {
        match self {
            Ok(x) => crate::option::Option::Some(x),
            Err(_) => crate::option::Option::None,
        }
    }

    #[inline]
    #[track_caller]
    pub fn unwrap(self) -> T
    where
        E: fmt::Debug,
    {
        match self {
            Ok(t) => t,
            Err(e) => unwrap_failed("called `Result::unwrap()` on an `Err` value", &e),
        }
    }

    #[inline]
    #[track_caller]
    pub fn expect(self, msg: &str) -> T
    where
        E: fmt::Debug,
    {
        match self {
            Ok(t) => t,
            Err(e) => unwrap_failed(msg, &e),
        }
    }

    #[track_caller]
    pub fn unwrap_err(self) -> E
    where
        T: fmt::Debug,
    {
        match self {
            Ok(t) => unwrap_failed("called `Result::unwrap_err()` on an `Ok` value", &t),
            Err(e) => e,
        }
    }

    #[track_caller]
    pub fn expect_err(self, msg: &str) -> E
    where
        T: fmt::Debug,
    {
        match self {
            Ok(t) => unwrap_failed(msg, &t),
            Err(e) => e,
        }
    }
}

#[inline(never)]
#[track_caller]
fn unwrap_failed<E: fmt::Debug>(msg: &str, error: &E) -> ! {
    crate::panic!("{msg}: {error:?}")
}

impl<T, E> crate::ops::Try for Result<T, E> {
    type Output = T;
    type Residual = Result<crate::convert::Infallible, E>;

    #[inline]
    fn from_output(output: T) -> Self {
        Ok(output)
    }

    #[inline]
    fn branch(self) -> crate::ops::ControlFlow<Result<crate::convert::Infallible, E>, T> {
        match self {
            Ok(v) => crate::ops::ControlFlow::Continue(v),
            Err(e) => crate::ops::ControlFlow::Break(Err(e)),
        }
    }
}

impl<T, E, F: crate::convert::From<E>> crate::ops::FromResidual<Result<crate::convert::Infallible, E>> for Result<T, F> {
    #[inline]
    #[track_caller]
    fn from_residual(residual: Result<crate::convert::Infallible, E>) -> Self {
        match residual {
            Err(e) => Err(crate::convert::From::from(e)),
        }
    }
}
