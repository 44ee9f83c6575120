struct Config {
    pub retries: u8 = 3,
    name: &'static str = "x",
    plain: u8,
}
fn never(r: Result<u8, Void>) {
    match r {
        Ok(x) => x,
        Err(!),
    }
    match v { ! }
}
