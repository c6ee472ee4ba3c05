#include <vector>
#include "b/b.h"
std::vector<std::string> names() { return {b::name()}; }
