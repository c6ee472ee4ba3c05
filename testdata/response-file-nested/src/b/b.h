#pragma once
namespace b {
const char* name();
}  // namespace b
