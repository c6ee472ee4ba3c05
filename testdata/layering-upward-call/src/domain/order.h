#pragma once
namespace domain {
int order_count();
}  // namespace domain
