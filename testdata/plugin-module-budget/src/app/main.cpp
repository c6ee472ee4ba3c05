#include "a/a.h"
#include "b/two.h"
#include "c/three.h"

int main() { return a::sum() + b::two() + c::three(); }
