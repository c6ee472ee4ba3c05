#pragma once
namespace c {
void write_log(const char* message);
}  // namespace c
