#pragma once
namespace b {
struct Handle;  // opaque: defined only in src/b/impl.cpp
Handle* open();
void close(Handle* h);
}  // namespace b
