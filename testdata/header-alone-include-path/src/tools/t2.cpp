int t2() { return 2; }
