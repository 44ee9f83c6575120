// A small Lisp: tokenizer, recursive parser into an enum, environments as Rc<RefCell<Env>> chains, closures.
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

#[derive(Clone)]
enum Val { Num(i64), Bool(bool), Sym(String), List(Vec<Val>), Lambda(Rc<Lambda>), Builtin(&'static str, fn(&[Val]) -> Result<Val, String>) }

struct Lambda { params: Vec<String>, body: Val, env: Rc<RefCell<Env>> }

#[derive(Default)]
struct Env { vars: HashMap<String, Val>, parent: Option<Rc<RefCell<Env>>> }

impl Env {
    fn get(&self, k: &str) -> Option<Val> {
        match self.vars.get(k) { Some(v) => Some(v.clone()), None => self.parent.as_ref()?.borrow().get(k) }
    }
}

impl fmt::Display for Val {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Val::Num(n) => write!(f, "{}", n),
            Val::Bool(b) => write!(f, "{}", if *b { "#t" } else { "#f" }),
            Val::Sym(s) => write!(f, "{}", s),
            Val::List(xs) => write!(f, "({})", xs.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(" ")),
            Val::Lambda(l) => write!(f, "<lambda/{}>", l.params.len()),
            Val::Builtin(name, _) => write!(f, "<builtin {}>", name),
        }
    }
}

fn parse(tokens: &mut std::iter::Peekable<std::vec::IntoIter<String>>) -> Result<Val, String> {
    let t = tokens.next().ok_or("unexpected EOF")?;
    match t.as_str() {
        "(" => {
            let mut items = Vec::new();
            while tokens.peek().map(String::as_str) != Some(")") {
                if tokens.peek().is_none() { return Err("missing )".into()); }
                items.push(parse(tokens)?);
            }
            tokens.next();
            Ok(Val::List(items))
        }
        ")" => Err("unexpected )".into()),
        "#t" => Ok(Val::Bool(true)),
        "#f" => Ok(Val::Bool(false)),
        s => Ok(s.parse().map(Val::Num).unwrap_or_else(|_| Val::Sym(s.to_string()))),
    }
}

fn nums(args: &[Val]) -> Result<Vec<i64>, String> {
    args.iter().map(|a| match a { Val::Num(n) => Ok(*n), other => Err(format!("not a number: {}", other)) }).collect()
}

fn eval(v: &Val, env: &Rc<RefCell<Env>>) -> Result<Val, String> {
    match v {
        Val::Sym(s) => env.borrow().get(s).ok_or_else(|| format!("unbound symbol {}", s)),
        Val::List(items) => match items.as_slice() {
            [] => Ok(Val::List(vec![])),
            [Val::Sym(k), Val::Sym(name), e] if k == "define" => {
                let val = eval(e, env)?;
                env.borrow_mut().vars.insert(name.clone(), val);
                Ok(Val::Sym(name.clone()))
            }
            [Val::Sym(k), c, t, e] if k == "if" => match eval(c, env)? {
                Val::Bool(false) => eval(e, env),
                _ => eval(t, env),
            },
            [Val::Sym(k), Val::List(params), body] if k == "lambda" => {
                let params = params.iter().map(|p| p.to_string()).collect();
                Ok(Val::Lambda(Rc::new(Lambda { params, body: body.clone(), env: Rc::clone(env) })))
            }
            [Val::Sym(k), rest @ ..] if k == "quote" => Ok(rest.first().cloned().unwrap_or(Val::List(vec![]))),
            [head, args @ ..] => {
                let f = eval(head, env)?;
                let args = args.iter().map(|a| eval(a, env)).collect::<Result<Vec<_>, _>>()?;
                match f {
                    Val::Builtin(_, func) => func(&args),
                    Val::Lambda(l) => {
                        if l.params.len() != args.len() { return Err(format!("arity: expected {}, got {}", l.params.len(), args.len())); }
                        let frame = Env { vars: l.params.iter().cloned().zip(args).collect(), parent: Some(Rc::clone(&l.env)) };
                        eval(&l.body, &Rc::new(RefCell::new(frame)))
                    }
                    other => Err(format!("not callable: {}", other)),
                }
            }
        },
        other => Ok(other.clone()),
    }
}

fn global() -> Rc<RefCell<Env>> {
    let mut vars = HashMap::new();
    let builtins: [(&'static str, fn(&[Val]) -> Result<Val, String>); 6] = [
        ("+", |a| Ok(Val::Num(nums(a)?.iter().sum()))),
        ("*", |a| Ok(Val::Num(nums(a)?.iter().product()))),
        ("-", |a| { let n = nums(a)?; Ok(Val::Num(match n.as_slice() { [x] => -x, [x, rest @ ..] => x - rest.iter().sum::<i64>(), [] => 0 })) }),
        ("<", |a| { let n = nums(a)?; Ok(Val::Bool(n.windows(2).all(|w| w[0] < w[1]))) }),
        ("=", |a| { let n = nums(a)?; Ok(Val::Bool(n.windows(2).all(|w| w[0] == w[1]))) }),
        ("list", |a| Ok(Val::List(a.to_vec()))),
    ];
    for (name, f) in builtins { vars.insert(name.to_string(), Val::Builtin(name, f)); }
    Rc::new(RefCell::new(Env { vars, parent: None }))
}

fn main() {
    let env = global();
    let program = "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
        (fact 10) (fact 20)
        (define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
        (fib 15)
        (define make-adder (lambda (k) (lambda (x) (+ x k))))
        (define add5 (make-adder 5))
        (add5 37) ((make-adder 100) 1)
        (list 1 (+ 1 1) (quote (a b c)) #t)
        (undefined 1) (fact 1 2) (1 2) (+ 1 #t) (- 10 1 2 3) (- 7) (= 3 3 3) +";
    let tokens: Vec<String> = program.replace('(', " ( ").replace(')', " ) ").split_whitespace().map(String::from).collect();
    let mut it = tokens.into_iter().peekable();
    while it.peek().is_some() {
        match parse(&mut it).and_then(|expr| { let r = eval(&expr, &env); r.map(|v| (expr, v)) }) {
            Ok((expr, v)) => println!("{:<40} => {}", expr.to_string().chars().take(40).collect::<String>(), v),
            Err(e) => println!("{:<40} !! {}", "", e),
        }
    }
    println!("globals: {}", { let mut k: Vec<String> = env.borrow().vars.keys().cloned().collect(); k.sort(); k.join(" ") });
}
