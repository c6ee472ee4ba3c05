#include "b/config.h"

b::Config& b::config() {
  static Config c{3};
  return c;
}
