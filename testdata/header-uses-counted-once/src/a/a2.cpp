#include "a/shared.h"

int a_use2() { return a_shared() + 2; }
