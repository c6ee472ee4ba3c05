// Atom: an interned string. The facts of a codebase repeat a few strings
// (absolute paths, USRs, qualified names) millions of times; as atoms each is
// stored once per process and a fact holds pointers, so memory follows the
// distinct strings, not the uses. Equality is a pointer compare; ordering is
// by content, so everything sorted by atoms sorts exactly as by strings.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace seams {

class Atom {
 public:
  Atom() : text_(&empty_string()) {}
  Atom(std::string_view text);  // interns (thread-safe)
  Atom(const std::string& text) : Atom(std::string_view(text)) {}
  Atom(const char* text) : Atom(std::string_view(text)) {}

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }
  bool empty() const { return text_->empty(); }
  std::size_t size() const { return text_->size(); }

  friend bool operator==(const Atom& a, const Atom& b) {
    return a.text_ == b.text_;
  }
  friend std::strong_ordering operator<=>(const Atom& a, const Atom& b) {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    return a.text_->compare(*b.text_) <=> 0;
  }
  friend bool operator==(const Atom& a, const std::string& b) {
    return *a.text_ == b;
  }
  friend std::strong_ordering operator<=>(const Atom& a, const std::string& b) {
    return a.text_->compare(b) <=> 0;
  }
  friend bool operator==(const Atom& a, std::string_view b) {
    return *a.text_ == b;
  }
  friend bool operator==(const Atom& a, const char* b) { return *a.text_ == b; }
  friend std::ostream& operator<<(std::ostream& os, const Atom& a) {
    return os << *a.text_;
  }

  /// Distinct strings interned so far in this process.
  static std::size_t pool_size();

 private:
  static const std::string& empty_string();
  const std::string* text_;  // owned by the pool, alive until exit
};

}  // namespace seams

template <>
struct std::hash<seams::Atom> {
  std::size_t operator()(const seams::Atom& a) const noexcept {
    return std::hash<const void*>{}(&a.str());
  }
};
