fn f() { let x = #!a; g(#); }
