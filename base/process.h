// Runs a program with an argv array through posix_spawn: no shell, so no user
// data is ever interpreted, and every pipe is drained. Two entry points: git
// (run_process: looked up in PATH, trusted to end) and programs that are not
// trusted to behave, such as plugins (run_child: fed stdin, a time limit, an
// output cap, its whole process group killed when it breaks one).
#pragma once

#include <atomic>
#include <cstddef>
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

/// A program run under limits: `args[0]` is a path (never looked up in PATH).
struct ChildRequest {
  std::vector<std::string> args;
  std::string input;           // written to its stdin, which is then closed
  std::string directory;       // its working directory; empty: ours
  double timeout_seconds = 0;  // 0: none
  std::size_t max_stdout = 0;  // bytes; 0: no cap
  std::size_t max_stderr = 0;  // bytes kept; the rest is counted, not kept
  /// Polled while it runs: non-zero (a signal number) kills it. May be null.
  const std::atomic<int>* interrupt = nullptr;
};

/// How a child ended.
enum class ChildEnd {
  exited,            // exit_code is set
  signaled,          // term_signal is set
  timed_out,         // killed after timeout_seconds
  stdout_too_large,  // killed when stdout passed max_stdout
  interrupted,       // killed because *interrupt became non-zero
  not_started,       // start_error says why
};

struct ChildResult {
  ChildEnd end = ChildEnd::not_started;
  int exit_code = -1;
  int term_signal = 0;
  std::string out;
  std::string err;              // at most max_stderr bytes
  std::size_t err_dropped = 0;  // stderr bytes beyond max_stderr
  std::string start_error;
};

/// Runs `req.args[0]` in its own process group with SIGPIPE, SIGINT and
/// SIGTERM at their defaults, writes `req.input` to its stdin while reading
/// its stdout and stderr, and waits for it within the limits; on a breach the
/// whole group is killed (SIGKILL). Never throws.
///   run_child({.args = {"./plugin"}, .input = doc, .timeout_seconds = 60})
ChildResult run_child(const ChildRequest& req);

}  // namespace seams
