#include "a/missing.h"  // expect: a parse failure on stderr (the file does not exist)

int a_run() { return 1; }
