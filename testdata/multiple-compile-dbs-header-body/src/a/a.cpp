#include "a/inline.h"

int a_run() { return a_level(); }
