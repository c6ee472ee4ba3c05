// Owned by no module: counted as unowned; its use of b makes no module edge.
#include "b/b.h"

int main() { return b::value(); }
