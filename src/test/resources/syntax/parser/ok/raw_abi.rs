extern r#"C"# fn foo() {}
type F = extern r"C" fn();
extern r#"C"# { fn g(); }
