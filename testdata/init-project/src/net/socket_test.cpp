#include "net/socket.h"

int main() { return net::Socket::opened > 0 ? 0 : 1; }
