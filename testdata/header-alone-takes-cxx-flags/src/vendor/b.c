int vendor_b(void) { return 1; }
