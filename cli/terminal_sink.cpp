// Implements terminal_sink.h.
#include "cli/terminal_sink.h"

#include <fmt/format.h>

#include "cli/phase_profile.h"

namespace seams {

void TerminalSink::diagnostic(const Diagnostic& d) { print_diagnostic(d); }

void TerminalSink::warning(std::string_view text) {
  fmt::print(stderr, "seams: warning: {}\n", text);
}

void TerminalSink::info(std::string_view text) {
  fmt::print(stderr, "seams: {}\n", text);
}

void TerminalSink::note(std::string_view text) {
  if (verbose_) fmt::print(stderr, "seams: {}\n", text);
}

void TerminalSink::progress(std::size_t done, std::size_t total,
                            const std::string& file) {
  ProgressLine* line;
  {
    // One line per parse: it appears only once that parse has taken a second.
    std::lock_guard lock(mutex_);
    if (!progress_) progress_ = std::make_unique<ProgressLine>(true);
    line = progress_.get();
  }
  line->update(done, total, file);
}

void TerminalSink::progress_done() {
  std::lock_guard lock(mutex_);
  if (progress_) progress_->finish();
  progress_.reset();
}

void TerminalSink::phase_done(std::string_view name) {
  PhaseProfile::instance().end_phase(name);
}

void TerminalSink::stop_if_interrupted() { exit_if_interrupted(); }

}  // namespace seams
