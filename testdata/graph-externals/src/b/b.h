#pragma once
#include <string>
namespace b { std::string name(); }
