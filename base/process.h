// Runs a program (git) with an argv array through posix_spawnp: no shell, so
// no user data is ever interpreted, and both output pipes are drained.
#pragma once

#include <string>
#include <vector>

namespace seams {

struct ProcessResult {
  int exit_code = -1;  // -1: could not start, or killed by a signal
  std::string out;
  std::string err;
  std::string start_error;  // why it could not start
};

/// Runs `args[0]` (looked up in PATH) with stdin from /dev/null and waits.
///   run_process({"git", "-C", root, "merge-base", "main", "HEAD"})
ProcessResult run_process(const std::vector<std::string>& args);

}  // namespace seams
