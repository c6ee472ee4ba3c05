#pragma once
namespace log_ {
void write(const char* line);
}  // namespace log_
