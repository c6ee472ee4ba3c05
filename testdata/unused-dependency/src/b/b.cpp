#include "b/b.h"

int b::value() { return 7; }
