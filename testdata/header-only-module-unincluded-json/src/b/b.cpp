#include "b/b.h"
namespace b {
int thing() { return 1; }
}  // namespace b
