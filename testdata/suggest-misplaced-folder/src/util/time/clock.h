#pragma once
namespace util {
struct Clock {
  long now() const;
  long since(long then) const;
};
}  // namespace util
