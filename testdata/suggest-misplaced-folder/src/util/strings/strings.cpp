#include "util/strings/strings.h"
namespace util {
int length(const char* s) { int n = 0; while (s[n]) ++n; return n; }
bool starts_with(const char* s, const char* p) {
  for (int i = 0; p[i]; ++i) if (s[i] != p[i]) return false;
  return true;
}
}  // namespace util
