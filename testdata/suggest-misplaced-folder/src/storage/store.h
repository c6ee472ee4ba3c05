#pragma once
namespace storage {
struct Store {
  const char* name;
  int size() const;
};
}  // namespace storage
