#include <cassert>
#include <memory>
#include <string>

std::size_t b_length() {
  auto s = std::make_unique<std::string>("b");
  assert(s != nullptr);  // a macro from a system header
  return s->size();
}
