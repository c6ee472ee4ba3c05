#include "a/shared.h"

int a_use3() { return a_shared() + 3; }
