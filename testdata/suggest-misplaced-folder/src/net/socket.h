#pragma once
#include "util/strings/strings.h"
namespace net {
struct Socket {
  const char* peer;
  int peer_length() const { return util::length(peer); }
};
}  // namespace net
