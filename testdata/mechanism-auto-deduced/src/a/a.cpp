#include "b/widget.h"  // expect: undeclared-dependency (the include)

int a_size() {
  auto w = b::make();  // expect: undeclared-dependency (the call; b::Widget is never spelled)
  return w.size();     // expect: undeclared-dependency (a member of the deduced type)
}
