pub macro with_params($x:expr, $y:ident) { $x + $y }
pub(crate) macro rules_form {
    ($a:tt) => { $a };
    () => {}
}
fn local() {
    macro inner() {}
}
