#include "b/api.h"  // the only include of a: b is declared

int a_run() {
  c::Type t = b::make();  // a -> c through a symbol: not seen at --level includes
  return t.id;            // nor this member use
}
