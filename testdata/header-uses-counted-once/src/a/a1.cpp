#include "a/shared.h"

int a_use1() { return a_shared() + 1; }
