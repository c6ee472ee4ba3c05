#include "a/a.h"

namespace {
b::Foo* last = nullptr;
}  // namespace

void remember(b::Foo* foo) { last = foo; }
