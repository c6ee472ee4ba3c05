int t1() { return 1; }
