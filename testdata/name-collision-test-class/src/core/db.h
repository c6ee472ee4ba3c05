#pragma once
namespace core {
class DB {
 public:
  int get(int key) const;
};
}  // namespace core
