#include "b/api.h"

void use_b() {
  b::Handle* h = b::open();
  b::close(h);
}
