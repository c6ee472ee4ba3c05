int a_run() { return 0; }
