fn main() {
    let v = (1, 2 3); //~ ERROR expected one of
}
