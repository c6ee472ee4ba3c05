#include "net/socket.h"

#include "fmtlite.h"

namespace net {
long Socket::opened = fmtlite::width(7);
}  // namespace net
