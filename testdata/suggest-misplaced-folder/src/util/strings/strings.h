#pragma once
namespace util {
int length(const char* s);
bool starts_with(const char* s, const char* prefix);
}  // namespace util
