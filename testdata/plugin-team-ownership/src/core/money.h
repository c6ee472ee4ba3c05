#pragma once

namespace core {
struct Money {
  long cents = 0;
};
}  // namespace core
