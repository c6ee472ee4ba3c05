// The reporter interface: one file per format plus one line in registry.cpp,
// where each subcommand that writes a report lists its formats; `--format`'s
// choices and help come from there.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "reporters/report.h"

namespace seams {

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual std::string_view name() const = 0;
  virtual void write(const Report& report, std::ostream& out) const = 0;
};

/// The subcommands that write a report, each with its own formats.
enum class Output {
  check,   // findings: text, json, sarif, github, junit, markdown
  graph,   // the module graph: dot, json, mermaid
  score,   // the scores: text, json
  report,  // the HTML report
};

/// The reporter of `format` for `output`, or nullptr.
const Reporter* find_reporter(Output output, std::string_view format);
/// The format names of `output`, sorted: --format's choices.
std::vector<std::string> reporter_names(Output output);
/// --format's help: "{intro}: github, json, junit, markdown, sarif or text".
std::string format_help(Output output, std::string_view intro);

/// `seams explain FROM TO`: every piece of evidence of the edge, one
/// compiler-style line each.
void write_explanation(const Report& report, ModuleId from, ModuleId to,
                       std::ostream& out);

/// The evidence as a short phrase: `includes "billing/x.h"`, `uses
/// billing::Invoice (src/billing/include/billing/invoice.h)`, `expands macro
/// LOG (src/core/log.h)`.
std::string describe(const Evidence& e);

std::unique_ptr<Reporter> make_text_reporter();
std::unique_ptr<Reporter> make_json_reporter();
std::unique_ptr<Reporter> make_github_reporter();
std::unique_ptr<Reporter> make_junit_reporter();
std::unique_ptr<Reporter> make_markdown_reporter();
std::unique_ptr<Reporter> make_sarif_reporter();
std::unique_ptr<Reporter> make_dot_graph_reporter();
std::unique_ptr<Reporter> make_json_graph_reporter();
std::unique_ptr<Reporter> make_mermaid_graph_reporter();
std::unique_ptr<Reporter> make_score_text_reporter();
std::unique_ptr<Reporter> make_score_json_reporter();
std::unique_ptr<Reporter> make_html_reporter();

}  // namespace seams
