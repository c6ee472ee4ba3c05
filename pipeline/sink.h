// Where the pipeline's stages report what they do. The stages never print:
// diagnostics about the input, warnings, --verbose notes, progress and the end
// of each profiled phase go to a Sink, and cli/ owns the one that writes to the
// terminal (cli/terminal_sink.h). Tests pass a sink that records, so a stage
// can be called and checked without a terminal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/diagnostics.h"

namespace seams {

class Sink {
 public:
  virtual ~Sink() = default;
  /// A diagnostic about seams' input (`file:line:col: message`, with its source
  /// line).
  virtual void diagnostic(const Diagnostic& d) = 0;
  /// A warning without a location that is shown as written (e.g. a TU that
  /// failed to parse).
  virtual void warning(std::string_view text) = 0;
  /// A line always shown (e.g. what a baseline accepted), as written.
  virtual void info(std::string_view text) = 0;
  /// A note for --verbose; `text` is only built when `verbose()` says it is
  /// wanted.
  virtual bool verbose() const = 0;
  virtual void note(std::string_view text) = 0;
  /// Parsing progress: `done` of `total`, `file` the last one finished
  /// (project-relative). Called from parser threads.
  virtual void progress(std::size_t done, std::size_t total,
                        const std::string& file) = 0;
  virtual void progress_done() = 0;
  /// The phase `name` of the run ended (inputs, parse, link, graph, rules,
  /// ...).
  virtual void phase_done(std::string_view name) = 0;
  /// After parallel work: a sink may end the run here when the user interrupted
  /// it (the terminal's exits 130/143); the stages have written nothing at that
  /// point.
  virtual void stop_if_interrupted() = 0;
};

/// Hands the diagnostics of `diags` not reported yet to `sink`, and says
/// whether the run may go on (no errors so far): the checkpoint after each
/// stage.
bool flush(Diagnostics& diags, Sink& sink);

/// A sink that reports nothing; for callers that only want values.
class NullSink : public Sink {
 public:
  void diagnostic(const Diagnostic&) override {}
  void warning(std::string_view) override {}
  void info(std::string_view) override {}
  bool verbose() const override { return false; }
  void note(std::string_view) override {}
  void progress(std::size_t, std::size_t, const std::string&) override {}
  void progress_done() override {}
  void phase_done(std::string_view) override {}
  void stop_if_interrupted() override {}
};

}  // namespace seams
