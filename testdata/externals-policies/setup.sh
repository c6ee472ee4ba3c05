#!/usr/bin/env bash
# Installs a header-only library *outside* the project root, as a system or package-manager
# include directory would hold it (WORK/sysroot, next to the copy at WORK/src): seams must name
# it by its include names, not by a path inside the project.
set -euo pipefail
mkdir -p ../sysroot/include/fastjson/detail
cat >../sysroot/include/fastjson/detail/buffer.h <<'H'
#pragma once
namespace fastjson::detail {
struct Buffer { const char* text; };
}  // namespace fastjson::detail
H
cat >../sysroot/include/fastjson/json.h <<'H'
#pragma once
#include <fastjson/detail/buffer.h>
#define FASTJSON_OK 0
namespace fastjson {
struct Value { int status; };
inline Value parse(detail::Buffer in) { return Value{in.text ? FASTJSON_OK : 1}; }
}  // namespace fastjson
H
