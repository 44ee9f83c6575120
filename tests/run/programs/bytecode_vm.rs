// An assembler and stack VM: labels resolved in a first pass, call/ret, errors with line numbers.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op { Push(i64), Pop, Dup, Swap, Over, Add, Sub, Mul, Div, Mod, Jmp(usize), Jz(usize), Jnz(usize), Call(usize), Ret, Print, Halt, Load(u8), Store(u8) }

#[derive(Debug)]
enum VmError { Asm { line: usize, msg: String }, StackUnderflow(usize), DivZero(usize), StepLimit }

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            VmError::Asm { line, msg } => write!(f, "assembly error on line {}: {}", line, msg),
            VmError::StackUnderflow(pc) => write!(f, "stack underflow at pc={}", pc),
            VmError::DivZero(pc) => write!(f, "division by zero at pc={}", pc),
            VmError::StepLimit => write!(f, "step limit exceeded"),
        }
    }
}

fn assemble(src: &str) -> Result<Vec<Op>, VmError> {
    let lines: Vec<(usize, &str)> = src.lines().enumerate()
        .map(|(i, l)| (i + 1, l.split(';').next().unwrap().trim()))
        .filter(|(_, l)| !l.is_empty()).collect();
    let mut labels = HashMap::new();
    let mut count = 0;
    for (_, l) in &lines {
        if let Some(name) = l.strip_suffix(':') { labels.insert(name, count); } else { count += 1; }
    }
    let mut ops = Vec::with_capacity(count);
    for (line, l) in lines {
        if l.ends_with(':') { continue; }
        let mut parts = l.split_whitespace();
        let op = parts.next().unwrap();
        let arg = parts.next();
        let err = |msg: String| VmError::Asm { line, msg };
        let target = |a: Option<&str>| -> Result<usize, VmError> {
            let name = a.ok_or_else(|| err(format!("{} needs a label", op)))?;
            labels.get(name).copied().ok_or_else(|| err(format!("unknown label '{}'", name)))
        };
        let reg = |a: Option<&str>| -> Result<u8, VmError> {
            a.and_then(|s| s.strip_prefix('r')).and_then(|n| n.parse().ok()).filter(|&r: &u8| r < 4).ok_or_else(|| err("bad register".into()))
        };
        ops.push(match op {
            "push" => Op::Push(arg.and_then(|a| a.parse().ok()).ok_or_else(|| err("push needs a number".into()))?),
            "pop" => Op::Pop, "dup" => Op::Dup, "swap" => Op::Swap, "over" => Op::Over,
            "add" => Op::Add, "sub" => Op::Sub, "mul" => Op::Mul, "div" => Op::Div, "mod" => Op::Mod,
            "jmp" => Op::Jmp(target(arg)?), "jz" => Op::Jz(target(arg)?), "jnz" => Op::Jnz(target(arg)?),
            "call" => Op::Call(target(arg)?), "ret" => Op::Ret, "print" => Op::Print, "halt" => Op::Halt,
            "load" => Op::Load(reg(arg)?), "store" => Op::Store(reg(arg)?),
            other => return Err(err(format!("unknown op '{}'", other))),
        });
    }
    Ok(ops)
}

fn run(ops: &[Op], max_steps: usize) -> Result<Vec<i64>, VmError> {
    let (mut stack, mut calls, mut out): (Vec<i64>, Vec<usize>, Vec<i64>) = (vec![], vec![], vec![]);
    let mut regs = [0i64; 4];
    let mut pc = 0;
    for _ in 0..max_steps {
        let Some(&op) = ops.get(pc) else { return Ok(out) };
        let here = pc;
        pc += 1;
        let mut pop = || stack.pop().ok_or(VmError::StackUnderflow(here));
        match op {
            Op::Push(v) => stack.push(v),
            Op::Pop => { pop()?; }
            Op::Dup => { let a = pop()?; stack.extend([a, a]); }
            Op::Swap => { let b = pop()?; let a = pop()?; stack.extend([b, a]); }
            Op::Over => { let b = pop()?; let a = pop()?; stack.extend([a, b, a]); }
            Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod => {
                let b = pop()?;
                let a = pop()?;
                let r = match op {
                    Op::Add => a + b, Op::Sub => a - b, Op::Mul => a * b,
                    _ if b == 0 => return Err(VmError::DivZero(here)),
                    Op::Div => a / b, _ => a % b,
                };
                stack.push(r);
            }
            Op::Jmp(t) => pc = t,
            Op::Jz(t) => if pop()? == 0 { pc = t },
            Op::Jnz(t) => if pop()? != 0 { pc = t },
            Op::Call(t) => { calls.push(pc); pc = t; }
            Op::Ret => match calls.pop() { Some(r) => pc = r, None => return Ok(out) },
            Op::Print => { let v = pop()?; out.push(v); }
            Op::Halt => return Ok(out),
            Op::Load(r) => stack.push(regs[r as usize]),
            Op::Store(r) => regs[r as usize] = pop()?,
        }
    }
    Err(VmError::StepLimit)
}

fn main() {
    let programs = [
        ("factorials", "push 1\nstore r0\npush 1\nstore r1\nloop:\nload r0\nload r1\nmul\ndup\nprint\nstore r0\nload r1\npush 1\nadd\ndup\nstore r1\npush 11\nsub\njnz loop\nhalt"),
        ("gcd", "push 1071\npush 462\ncall gcd\nprint\nhalt\ngcd: ; a b -> gcd\ndup\njz done\nswap\nover\nmod\njmp gcd\ndone:\npop\nret"),
        ("fib", "push 0\npush 1\npush 10\nstore r2\nnext:\nover\nprint\nswap\nover\nadd\nload r2\npush 1\nsub\ndup\nstore r2\njnz next\nhalt"),
        ("divzero", "push 1\npush 0\ndiv"),
        ("underflow", "push 1\nadd"),
        ("badlabel", "jmp nowhere"),
        ("badop", "push 1\nfrob 2"),
        ("badreg", "store r9"),
        ("forever", "top:\njmp top"),
    ];
    for (name, src) in programs {
        let result = assemble(src).and_then(|ops| run(&ops, 1000));
        match result {
            Ok(out) => println!("{:<10} ok  {:?}", name, out),
            Err(e) => println!("{:<10} err {}", name, e),
        }
    }
    println!("{:?}", assemble("push 7\nx:\njz x").unwrap());
}
