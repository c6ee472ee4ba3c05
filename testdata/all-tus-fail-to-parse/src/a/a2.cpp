int a2() { return undeclared_name; }  // expect: parse failure
