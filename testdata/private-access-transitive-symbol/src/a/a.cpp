#include "b/api.h"  // public: no finding

int a_size(const b::Impl& impl) {  // expect: private-access (b::Impl lives in b/detail.h)
  return impl.n + b::make_size();  // expect: private-access (the member n is declared there too)
}
