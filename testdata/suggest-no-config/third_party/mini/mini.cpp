#include "mini/mini.h"
int mini_anchor() { return mini::id(1); }
