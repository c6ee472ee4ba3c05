#pragma once
#include "net/socket.h"
namespace net {
struct Http {
  Socket socket;
  bool secure() const;
};
}  // namespace net
