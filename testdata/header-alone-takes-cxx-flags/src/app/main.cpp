#include "other/o.h"

int main() { return other::g(); }
