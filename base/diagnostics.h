// Diagnostics about seams' *input* (config, compile DB, sources), as opposed to
// findings about user code. Library code pushes them here with a location; only
// cli/ prints them and picks the exit code. Keeping them as values lets every
// error of a phase be reported in one run.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace seams {

enum class DiagLevel { note, warning, error };

/// A message about seams' input, e.g. `seams.yaml:12:24: unknown module 'usr'`.
struct Diagnostic {
  DiagLevel level = DiagLevel::error;
  std::string
      file;        // path as shown to the user; empty when there is no location
  int line = 0;    // 1-based; 0 = no line
  int column = 0;  // 1-based; 0 = no column
  std::string
      message;  // lowercase, the bad value quoted, then a fix when there is one
  std::string
      source_line;  // the offending line, shown with a caret; may be empty
};

/// Collects diagnostics; phases check `has_errors()` after they run (mold's
/// checkpoint).
class Diagnostics {
 public:
  void add(Diagnostic d);
  void error(std::string file, int line, int column, std::string message,
             std::string source_line = {});
  void warning(std::string file, int line, int column, std::string message,
               std::string source_line = {});
  /// An error without a location (e.g. "no compile_commands.json found").
  void error(std::string message);
  void warning(std::string message);

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  const std::vector<Diagnostic>& all() const { return diags_; }

  /// Calls `show` on each diagnostic added since the last call: a run that
  /// reports after every stage shows each diagnostic once, in the order they
  /// were added.
  template <typename Show>
  void report_new(Show&& show) {
    for (; reported_ < diags_.size(); ++reported_) show(diags_[reported_]);
  }

 private:
  std::vector<Diagnostic> diags_;
  std::size_t reported_ = 0;
  int errors_ = 0;
};

/// "file:line:col: " (or less when parts are unknown); empty when there is no
/// file.
std::string format_location(const Diagnostic& d);

/// Reads line `line` (1-based) of `path`, without the newline; empty when
/// unreadable.
std::string read_source_line(const std::string& path, int line);

/// What is shown of a source line: a minified JSON compile DB is one line of
/// megabytes, so a long line is cut to about `width` bytes around `column`
/// ("..." where cut, never inside a UTF-8 sequence); `column` is the caret's
/// 1-based column within `text` (0: none).
struct SourceExcerpt {
  std::string text;
  int column = 0;
};
SourceExcerpt excerpt(const std::string& line, int column,
                      std::size_t width = 160);

/// `text` cut to at most about `max` bytes with "..." (on a UTF-8 boundary),
/// so a message quoting a huge bad value stays readable.
std::string shorten(const std::string& text, std::size_t max = 400);

}  // namespace seams
