#include <map>
#include <string>
#include <vector>

int a_count() {
  std::map<std::string, std::vector<int>> m{{"x", {1, 2}}};
  return static_cast<int>(m["x"].size() + std::string("abc").find('b'));
}
