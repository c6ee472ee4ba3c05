#include "core/core.h"    // core: linked only through net
#include "net/socket.h"
#include "util/util.h"    // util: not linked at all (header-only use)

int main() {
  net::Socket s;
  return static_cast<int>(s.clock.now()) + util::twice(0);
}
