// Flags a translation unit (or a header parsed on its own) that could not be
// analyzed — a parse error, a crashed or timed-out parser process: its
// violations may be hidden, so by default the run fails (an error), unless
// seams.yaml downgrades the rule. A silent pass is the second worst bug.
//   src/a/broken.cpp: "#include <missing.h>"
//   -> src/a/broken.cpp:1:10: error: src/a/broken.cpp could not be analyzed
//      (1 error; its violations may be hidden): 'missing.h' file not found
#include <fmt/format.h>

#include <charconv>

#include "rules/rules.h"

namespace seams {
namespace {

// "file:line:col: error: message" (clang's formatted diagnostic) split up;
// nullopt for anything else (a crash or timeout reason has no position).
std::optional<ConfigLocation> position_of(const std::string& diagnostic) {
  const auto sep = diagnostic.find(": ");
  if (sep == std::string::npos) return std::nullopt;
  const std::string head = diagnostic.substr(0, sep);  // file:line:col
  const auto c2 = head.rfind(':');
  if (c2 == std::string::npos || c2 == 0) return std::nullopt;
  const auto c1 = head.rfind(':', c2 - 1);
  if (c1 == std::string::npos || c1 == 0) return std::nullopt;
  int line = 0, column = 0;
  auto parse = [&](std::size_t from, std::size_t to, int& out) {
    const char* b = head.data() + from;
    const char* e = head.data() + to;
    auto [p, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && p == e && out > 0;
  };
  if (!parse(c1 + 1, c2, line) || !parse(c2 + 1, head.size(), column))
    return std::nullopt;
  return ConfigLocation{head.substr(0, c1), line, column};
}

// The message after "file:line:col: error: " (or after "file: " for a crash
// or timeout of `file`).
std::string message_of(const std::string& diagnostic, const std::string& file) {
  for (std::string_view level : {": fatal error: ", ": error: "}) {
    auto p = diagnostic.find(level);
    if (p != std::string::npos) return diagnostic.substr(p + level.size());
  }
  if (diagnostic.starts_with(file + ": "))
    return diagnostic.substr(file.size() + 2);
  return diagnostic;
}

class ParseFailureRule final : public Rule {
 public:
  std::string_view id() const override { return "parse-failure"; }
  std::string_view summary() const override {
    return "A translation unit or header could not be analyzed; its "
           "violations may be hidden.";
  }
  std::string_view help() const override {
    return "Make the file analyzable: fix the error shown (often a flag the "
           "compile DB lacks, or a header that is not self-contained), or "
           "raise "
           "--tu-timeout. Until then its violations are unknown; downgrade the "
           "rule in seams.yaml (`rules: {parse-failure: warning}`) only "
           "knowingly.";
  }
  void check(const RuleInput& in, FindingSink& out) const override {
    if (!in.failures) return;
    for (const TuFailure& failure : *in.failures) {
      Finding f;
      Diagnostics ignored;  // ownership problems are build_graph's to report
      FileOwner owner = in.map.classify(failure.file, false, ignored);
      if (owner.cls == FileClass::owned) f.modules = {owner.module};
      const std::string first =
          failure.first_errors.empty() ? "" : failure.first_errors.front();
      f.message = fmt::format(
          "{} could not be analyzed ({} error{}; its violations may be "
          "hidden){}",
          failure.file, failure.error_count,
          failure.error_count == 1 ? "" : "s",
          first.empty() ? "" : ": " + message_of(first, failure.file));
      auto pos = position_of(first);
      // A crash or a timeout has no position: the TU's first line.
      f.config_location = pos ? *pos : ConfigLocation{failure.file, 1, 1};
      out.add(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_parse_failure_rule() {
  return std::make_unique<ParseFailureRule>();
}

}  // namespace seams
