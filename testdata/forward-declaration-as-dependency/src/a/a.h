#pragma once
// a names b::Foo through its own forward declaration: a name, no code of b.
namespace b {
class Foo;
}  // namespace b

void remember(b::Foo* foo);
