// A HashMap of boxed closures used as a command table over a small stack machine.
use std::collections::HashMap;

type Handler = Box<dyn Fn(&mut Vec<i64>, &[&str]) -> Result<(), String>>;

fn binary(op: fn(i64, i64) -> Option<i64>, name: &'static str) -> Handler {
    Box::new(move |stack: &mut Vec<i64>, _args: &[&str]| {
        let b = stack.pop().ok_or(format!("{}: stack empty", name))?;
        let a = stack.pop().ok_or(format!("{}: need two values", name))?;
        let r = op(a, b).ok_or_else(|| format!("{}: overflow or invalid ({} , {})", name, a, b))?;
        stack.push(r);
        Ok(())
    })
}

fn build_table() -> HashMap<String, Handler> {
    let mut t: HashMap<String, Handler> = HashMap::new();
    t.insert("push".to_string(), Box::new(|s, args| {
        for a in args {
            s.push(a.parse::<i64>().map_err(|e| format!("push {}: {}", a, e))?);
        }
        Ok(())
    }));
    t.insert("add".into(), binary(|a, b| a.checked_add(b), "add"));
    t.insert("sub".into(), binary(|a, b| a.checked_sub(b), "sub"));
    t.insert("mul".into(), binary(|a, b| a.checked_mul(b), "mul"));
    t.insert("div".into(), binary(|a, b| a.checked_div(b), "div"));
    t.insert("dup".into(), Box::new(|s, _| {
        let top = *s.last().ok_or("dup: empty")?;
        s.push(top);
        Ok(())
    }));
    t.insert("swap".into(), Box::new(|s, _| {
        let n = s.len();
        if n < 2 { return Err("swap: need two".to_string()); }
        s.swap(n - 1, n - 2);
        Ok(())
    }));
    t.insert("sum".into(), Box::new(|s, _| {
        let total = s.drain(..).sum();
        s.push(total);
        Ok(())
    }));
    t
}

fn main() {
    let table = build_table();
    let mut names: Vec<&String> = table.keys().collect();
    names.sort();
    println!("commands: {:?}", names);
    let program = "push 3 4 5\nmul\nadd\ndup\nmul\npush 9223372036854775807\nadd\npush 0\ndiv\npush 2 x\n\
                   swap\nfrob 1\npush 10 20 30\nsum\npush 7\nsub";
    let mut stack: Vec<i64> = Vec::new();
    let mut errors = 0;
    for (lineno, line) in program.lines().enumerate() {
        let mut parts = line.split(' ');
        let cmd = parts.next().unwrap_or("");
        let args: Vec<&str> = parts.collect();
        let result = match table.get(cmd) {
            Some(h) => h(&mut stack, &args),
            None => Err(format!("unknown command {:?}", cmd)),
        };
        match result {
            Ok(()) => println!("{:>2} {:<28} {:?}", lineno, line, stack),
            Err(e) => {
                errors += 1;
                println!("{:>2} {:<28} ERROR {}", lineno, line, e);
            }
        }
    }
    println!("final: {:?}, {} errors", stack, errors);
}
