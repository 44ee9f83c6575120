// std::io over in-memory buffers: Cursor + BufRead, io::Write into Vec<u8>, fmt::Write into String.
use std::fmt::Write as FmtWrite;
use std::io::{self, BufRead, BufWriter, Cursor, Read, Write};

fn summarize<R: BufRead>(input: R) -> io::Result<(usize, usize, Vec<String>)> {
    let mut lines = 0;
    let mut words = 0;
    let mut long = Vec::new();
    for line in input.lines() {
        let line = line?;
        lines += 1;
        let n = line.split_whitespace().count();
        words += n;
        if n > 4 { long.push(line.trim().to_string()); }
    }
    Ok((lines, words, long))
}

fn render_table<W: Write>(out: &mut W, rows: &[(&str, u32, f32)]) -> io::Result<()> {
    writeln!(out, "{:<10}|{:>6}|{:>8}", "item", "qty", "price")?;
    writeln!(out, "{:-<10}+{:->6}+{:->8}", "", "", "")?;
    for (name, qty, price) in rows {
        writeln!(out, "{:<10}|{:>6}|{:>8.2}", name, qty, price)?;
    }
    out.flush()
}

struct Upper<W: Write> { inner: W, bytes: usize }
impl<W: Write> Write for Upper<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let up: Vec<u8> = buf.iter().map(|b| b.to_ascii_uppercase()).collect();
        self.inner.write_all(&up)?;
        self.bytes += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> { self.inner.flush() }
}

fn main() -> io::Result<()> {
    let text = "the first line has several words in it\nshort one\n\n  indented line with five words  \nend";
    let (lines, words, long) = summarize(Cursor::new(text))?;
    println!("lines={} words={} long={:?}", lines, words, long);

    let mut cursor = Cursor::new(text.as_bytes());
    let mut first = String::new();
    let n = cursor.read_line(&mut first)?;
    let mut next5 = [0u8; 5];
    cursor.read_exact(&mut next5)?;
    println!("read_line got {} bytes {:?}, then {:?} at position {}", n, first, std::str::from_utf8(&next5).unwrap(), cursor.position());
    let mut rest = String::new();
    cursor.read_to_string(&mut rest)?;
    println!("rest has {} bytes, {} lines", rest.len(), rest.lines().count());

    let csv = b"id;name;score\n1;ann;90\n2;bob;75\n3;cid;82\n";
    let records: Vec<Vec<String>> = Cursor::new(&csv[..]).split(b'\n')
        .map(|r| r.map(|bytes| String::from_utf8_lossy(&bytes).split(';').map(str::to_string).collect()))
        .collect::<io::Result<_>>()?;
    println!("records: {:?}", &records[1..]);

    let mut buf: Vec<u8> = Vec::new();
    render_table(&mut buf, &[("apple", 3, 0.5), ("melon", 1, 2.75), ("kiwi", 12, 0.2)])?;
    print!("{}", String::from_utf8(buf.clone()).unwrap());
    println!("table is {} bytes", buf.len());

    let mut up = Upper { inner: Vec::new(), bytes: 0 };
    write!(up, "shout {} times", 3)?;
    up.write_all(b", please")?;
    println!("{} ({} bytes in)", String::from_utf8_lossy(&up.inner), up.bytes);

    {
        let mut w = BufWriter::new(&mut buf);
        w.write_all(b"-- appended --\n")?;
    }
    println!("last line: {:?}", String::from_utf8_lossy(&buf).lines().last());

    let mut s = String::new();
    for i in 1..=3 { write!(s, "[{}:{:03}]", i, i * i * 7).unwrap(); }
    writeln!(s).unwrap();
    write!(&mut s, "{:>8}", "end").unwrap();
    println!("{}", s);

    let stdout = io::stdout();
    let mut handle = stdout.lock();
    writeln!(handle, "written through a locked stdout: {:?}", (1, "two", 3.0))?;
    let err = io::Error::new(io::ErrorKind::InvalidData, "bad record");
    println!("error kind {:?}: {}", err.kind(), err);
    let r: io::Result<u8> = Err(io::Error::from(io::ErrorKind::UnexpectedEof));
    println!("{:?}", r.map_err(|e| e.kind()));
    Ok(())
}
