#include "net/http.h"
#include "util/strings/strings.h"
namespace net {
bool Http::secure() const { return util::starts_with(socket.peer, "https") && socket.peer_length() > 5; }
}  // namespace net
