#include "analyzer/atom.h"

#include <mutex>
#include <unordered_set>

namespace seams {
namespace {

// Node-based, so the address of an interned string never changes; never
// shrinks, because atoms may live until exit.
struct Hash {
  using is_transparent = void;  // look up by string_view, no allocation
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};
struct Pool {
  std::mutex mutex;
  std::unordered_set<std::string, Hash, std::equal_to<>> strings;
};

Pool& pool() {
  static Pool* p = new Pool;  // never destroyed: atoms in static objects may
                              // outlive any destruction order
  return *p;
}

}  // namespace

const std::string& Atom::empty_string() {
  static const std::string* empty = new std::string;
  return *empty;
}

Atom::Atom(std::string_view text) : text_(&empty_string()) {
  if (text.empty()) return;
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  auto it = p.strings.find(text);
  if (it == p.strings.end()) it = p.strings.emplace(text).first;
  text_ = &*it;
}

std::size_t Atom::pool_size() {
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  return p.strings.size();
}

}  // namespace seams
