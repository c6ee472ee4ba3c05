#pragma once
#define LEGACY_LOG(x) ((void)(x))
namespace legacy {
struct Logger { void log(int) {} };
}  // namespace legacy
