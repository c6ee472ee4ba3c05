#pragma once
namespace b {
struct Money {
  long cents;
};
}  // namespace b
