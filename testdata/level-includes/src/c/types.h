#pragma once
namespace c {
struct Type {
  int id;
};
}  // namespace c
