#pragma once
namespace b {
struct Header {
  char magic[4];
  int length;
};
}  // namespace b
