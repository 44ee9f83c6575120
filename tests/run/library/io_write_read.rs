// std::io: Write to stdout, stderr and Vec<u8>, BufReader lines, Cursor, BufWriter, read_to_string, io::Error, an empty stdin, env::args.
use std::io::{self, BufRead, BufReader, BufWriter, Cursor, Read, Write};

fn main() -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "hello {}", 42)?;
    write!(out, "no newline ")?;
    out.write_all(b"bytes\n")?;
    out.flush()?;

    let mut buf: Vec<u8> = Vec::new();
    writeln!(buf, "into a vec: {:?}", (1, "two"))?;
    print!("{}", buf.iter().map(|b| *b as char).collect::<String>());

    let text = "alpha\nbeta\r\ngamma";
    let reader = BufReader::new(text.as_bytes());
    for (i, line) in reader.lines().enumerate() {
        println!("{}: {}", i, line?);
    }
    let mut c = Cursor::new(Vec::new());
    c.write_all(b"abc")?;
    c.set_position(1);
    c.write_all(b"XYZ")?;
    println!("{:?} {}", c.get_ref(), c.position());

    let mut s = String::new();
    let n = "one two\nthree".as_bytes().read_to_string(&mut s)?;
    println!("{} {:?}", n, s);

    {
        let mut w = BufWriter::new(io::stdout());
        for i in 0..3 {
            write!(w, "[{}]", i)?;
        }
        writeln!(w)?;
    }
    let mut stdin_line = String::new();
    let got = io::stdin().read_line(&mut stdin_line)?;
    println!("stdin gave {} bytes", got);
    let e = io::Error::new(io::ErrorKind::InvalidInput, "bad thing");
    println!("{} / {:?} / {:?}", e, e, e.kind());
    let k: io::Error = io::ErrorKind::NotFound.into();
    println!("{} / {:?}", k, k);
    eprintln!("to stderr");
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("{:?}", args);
    Ok(())
}
