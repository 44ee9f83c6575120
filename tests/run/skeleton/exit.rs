fn main() {
    println!("exiting");
    std::process::exit(3);
}
