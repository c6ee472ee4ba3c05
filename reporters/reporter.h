// The reporter interface: one file per format plus one line in registry.cpp.
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

/// Formats of `seams check` (text, json), or nullptr.
const Reporter* find_check_reporter(std::string_view name);
/// Formats of `seams graph` (dot, json, mermaid), or nullptr.
const Reporter* find_graph_reporter(std::string_view name);
/// Names for help text and "did you mean".
std::vector<std::string> check_reporter_names();
std::vector<std::string> graph_reporter_names();

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

}  // namespace seams
