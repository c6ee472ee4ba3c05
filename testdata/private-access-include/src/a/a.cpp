#include "b/api.h"     // public: no finding
#include "b/detail.h"  // expect: private-access

int a_run() {
  return b::api() + b::hidden();  // expect: private-access (b::hidden only; b::api is public)
}
