// edition:2024
gen fn numbers() -> i32 { yield 1; }
async gen fn stream() -> i32 { yield 2; }
fn blocks() {
    let s = async gen { yield 3; };
}
