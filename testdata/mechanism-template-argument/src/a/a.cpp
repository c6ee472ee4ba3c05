#include <vector>

#include "b/point.h"  // expect: undeclared-dependency (the include)

std::size_t a_count(const std::vector<b::Point>& points) {  // expect: undeclared-dependency
  return points.size();
}
