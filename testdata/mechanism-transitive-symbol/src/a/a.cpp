#include "b/api.h"  // the only include of a: b is declared

int a_run() {
  c::Type t = b::make();  // expect: undeclared-dependency (a -> c through a symbol)
  return t.id;            // expect: undeclared-dependency (the member c::Type::id)
}
