#include "store/store.h"

// Rows are written as "key;value" lines, a format report/ parses too.
int store::load(int key) { return key * 2; }
