#include "lib/lib.h"

int main() { return lib::answer(); }
