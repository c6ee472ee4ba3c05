// The exit codes of docs/design.md, in one place.
#pragma once

namespace seams {

enum class ExitStatus : int {
  ok = 0,         // no error-severity finding
  findings = 1,   // at least one error-severity finding
  bad_input = 2,  // bad usage, config, compile DB, or nothing could be analyzed
  internal = 3,   // a bug in seams
};

inline int code(ExitStatus s) { return static_cast<int>(s); }

}  // namespace seams
