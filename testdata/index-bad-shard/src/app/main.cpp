#include "core/core.h"

int main() { return core::answer() == 42 ? 0 : 1; }
