// edition:2015
trait T {
    fn anon(u8, &str, Vec<u8>);
    fn named(&self, x: u8, &y: &u8, mut z: u8);
    fn mixed(u8, name: u16) {}
}
