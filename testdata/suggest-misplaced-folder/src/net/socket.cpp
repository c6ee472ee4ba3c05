#include "net/socket.h"
namespace net {
bool is_local(const Socket& s) { return util::starts_with(s.peer, "127."); }
}  // namespace net
