#pragma once
#include <vector>
namespace domain {
// The standard library is allowed in the domain (the policy excludes external:stdlib).
int order_total(const std::vector<int>& lines);
}  // namespace domain
