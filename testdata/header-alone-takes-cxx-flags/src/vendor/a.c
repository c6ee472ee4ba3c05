int vendor_a(void) { return 1; }
