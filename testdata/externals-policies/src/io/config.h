#pragma once
namespace io {
int load_config(const char* text);
}  // namespace io
