// Symbolic expressions: Box-based enum tree, simplification by pattern matching, derivatives, Display.
use std::fmt;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(f64),
    Var,
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Pow(Box<Expr>, i32),
    Sin(Box<Expr>),
    Cos(Box<Expr>),
}

use Expr::*;

fn add(a: Expr, b: Expr) -> Expr { Add(Box::new(a), Box::new(b)) }
fn mul(a: Expr, b: Expr) -> Expr { Mul(Box::new(a), Box::new(b)) }
fn pow(a: Expr, n: i32) -> Expr { Pow(Box::new(a), n) }

impl Expr {
    fn eval(&self, x: f64) -> f64 {
        match self {
            Num(n) => *n,
            Var => x,
            Add(a, b) => a.eval(x) + b.eval(x),
            Mul(a, b) => a.eval(x) * b.eval(x),
            Pow(a, n) => a.eval(x).powi(*n),
            Sin(a) => a.eval(x).sin(),
            Cos(a) => a.eval(x).cos(),
        }
    }
    fn deriv(&self) -> Expr {
        match self {
            Num(_) => Num(0.0),
            Var => Num(1.0),
            Add(a, b) => add(a.deriv(), b.deriv()),
            Mul(a, b) => add(mul(a.deriv(), (**b).clone()), mul((**a).clone(), b.deriv())),
            Pow(a, n) => mul(mul(Num(*n as f64), pow((**a).clone(), n - 1)), a.deriv()),
            Sin(a) => mul(Cos(a.clone()), a.deriv()),
            Cos(a) => mul(mul(Num(-1.0), Sin(a.clone())), a.deriv()),
        }
    }
    fn simplify(self) -> Expr {
        match self {
            Add(a, b) => match (a.simplify(), b.simplify()) {
                (Num(x), Num(y)) => Num(x + y),
                (Num(z), e) | (e, Num(z)) if z == 0.0 => e,
                (x, y) if x == y => mul(Num(2.0), x),
                (x, y) => add(x, y),
            },
            Mul(a, b) => match (a.simplify(), b.simplify()) {
                (Num(x), Num(y)) => Num(x * y),
                (Num(z), _) | (_, Num(z)) if z == 0.0 => Num(0.0),
                (Num(o), e) | (e, Num(o)) if o == 1.0 => e,
                (Num(x), Mul(inner_a, inner_b)) => match *inner_a {
                    Num(y) => mul(Num(x * y), *inner_b),
                    other => mul(Num(x), mul(other, *inner_b)),
                },
                (x, y) if x == y => pow(x, 2),
                (x, y) => mul(x, y),
            },
            Pow(a, n) => match (a.simplify(), n) {
                (_, 0) => Num(1.0),
                (e, 1) => e,
                (Num(x), n) => Num(x.powi(n)),
                (e, n) => pow(e, n),
            },
            Sin(a) => Sin(Box::new(a.simplify())),
            Cos(a) => Cos(Box::new(a.simplify())),
            e => e,
        }
    }
    fn prec(&self) -> u8 { match self { Add(..) => 1, Mul(..) => 2, Pow(..) => 3, _ => 4 } }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let paren = |e: &Expr, min: u8| if e.prec() < min { format!("({})", e) } else { e.to_string() };
        match self {
            Num(n) if n.fract() == 0.0 => write!(f, "{}", *n as i64),
            Num(n) => write!(f, "{}", n),
            Var => write!(f, "x"),
            Add(a, b) => write!(f, "{} + {}", a, b),
            Mul(a, b) => write!(f, "{}*{}", paren(a, 2), paren(b, 3)),
            Pow(a, n) => write!(f, "{}^{}", paren(a, 4), n),
            Sin(a) => write!(f, "sin({})", a),
            Cos(a) => write!(f, "cos({})", a),
        }
    }
}

fn main() {
    let exprs: Vec<Rc<Expr>> = vec![
        Rc::new(add(mul(Num(3.0), pow(Var, 2)), add(mul(Num(2.0), Var), Num(1.0)))),
        Rc::new(mul(Var, Sin(Box::new(Var)))),
        Rc::new(pow(add(Var, Num(1.0)), 3)),
        Rc::new(Cos(Box::new(mul(Num(2.0), Var)))),
        Rc::new(add(mul(Num(0.0), Var), mul(Num(1.0), add(Var, Var)))),
    ];
    for e in &exprs {
        let d = e.deriv();
        let ds = d.clone().simplify();
        println!("f(x)   = {}", e);
        println!("f'(x)  = {}", ds);
        println!("f''(x) = {}", ds.deriv().simplify());
        let numeric = (e.eval(1.0 + 1e-6) - e.eval(1.0 - 1e-6)) / 2e-6;
        println!("f'(1) = {:.5} (numeric {:.5}) raw size {}", ds.eval(1.0), numeric, format!("{:?}", d).len());
        println!();
    }
    let shared = Rc::clone(&exprs[1]);
    println!("rc count {} -> {}", Rc::strong_count(&exprs[1]), shared);
    println!("{:?}", pow(Num(2.0), 3).simplify());
}
