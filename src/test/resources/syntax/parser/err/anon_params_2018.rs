trait T {
    fn anon(u8);
}
