int vendor_c(void) { return 1; }
