#pragma once
namespace core {
struct Clock {
  long now() const;
};
}  // namespace core
