// The pipeline's sink (pipeline/sink.h) for a terminal: diagnostics with their
// source line and a caret, warnings and --verbose notes on stderr, the progress
// line, the --profile phases, and the exit after an interruption.
#pragma once

#include <memory>

#include "cli/console.h"
#include "pipeline/sink.h"

namespace seams {

class TerminalSink : public Sink {
 public:
  explicit TerminalSink(bool verbose) : verbose_(verbose) {}
  void diagnostic(const Diagnostic& d) override;
  void warning(std::string_view text) override;
  void info(std::string_view text) override;
  bool verbose() const override { return verbose_; }
  void note(std::string_view text) override;
  void progress(std::size_t done, std::size_t total,
                const std::string& file) override;
  void progress_done() override;
  void phase_done(std::string_view name) override;
  void stop_if_interrupted() override;

 private:
  bool verbose_;
  std::mutex mutex_;  // parser threads report progress
  std::unique_ptr<ProgressLine> progress_;
};

}  // namespace seams
