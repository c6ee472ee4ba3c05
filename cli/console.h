// Terminal I/O of the CLI: printing diagnostics (with the source line and a
// caret), the progress line, and colour decisions.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "config/module_map.h"

namespace seams {

/// Installs SIGINT/SIGTERM handlers that ask running work to stop
/// (worker_pool.h's interrupt_signal), and ignores SIGPIPE so a dead parser
/// process cannot kill seams.
void install_signal_handlers();

/// After an interruption: says so and exits 128 + signal (130 for SIGINT, 143
/// for SIGTERM). Nothing has been written at that point: outputs and caches are
/// only written whole.
void exit_if_interrupted();

/// Prints one diagnostic to stderr (`seams: error: file:l:c: message`, then the
/// source line and a caret).
void print_diagnostic(const Diagnostic& d);

/// Prints the diagnostics not printed yet to stderr (`seams: error: file:l:c:
/// message`).
void print_diagnostics(const Diagnostics& diags, std::size_t& printed);

/// The module a command-line argument names; else prints "unknown module 'x';
/// did you mean 'y'?" and returns nullopt.
std::optional<ModuleId> module_named(const ModuleMap& map,
                                     const std::string& name);

/// Whether to colour stdout: `when` is auto|always|never; auto = a TTY and
/// NO_COLOR unset.
bool use_color(const std::string& when, bool writing_to_stdout);

/// `[120/800] src/foo.cpp` on stderr, rewritten in place, only on a TTY and
/// only once the run has taken more than a second; cleared by `finish()`.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled);
  void update(std::size_t done, std::size_t total, const std::string& file);
  void finish();

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::mutex mutex_;
};

}  // namespace seams
