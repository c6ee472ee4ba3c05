// Inline suppressions (see suppressions.h).
#include "rules/suppressions.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "base/file_io.h"
#include "base/text.h"

namespace seams {
namespace {

constexpr std::string_view kMarker = "seams-allow(";

// The suppressions on one line: "seams-allow(ID): reason" (several per line
// allowed; the reason runs to the next marker or the end of the line).
void scan_line(const std::string& file, int line_no, std::string_view line,
               std::vector<Suppression>& out) {
  std::size_t at = line.find(kMarker);
  while (at != std::string_view::npos) {
    const std::size_t open = at + kMarker.size();
    const std::size_t close = line.find(')', open);
    if (close == std::string_view::npos) return;
    Suppression s;
    s.file = file;
    s.line = line_no;
    s.column = static_cast<int>(at) + 1;
    s.rule = std::string(line.substr(open, close - open));
    const std::size_t next = line.find(kMarker, close);
    std::string_view rest = line.substr(
        close + 1, next == std::string_view::npos ? std::string_view::npos
                                                  : next - close - 1);
    if (rest.starts_with(':')) {
      rest.remove_prefix(1);
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t'))
        rest.remove_prefix(1);
      while (!rest.empty() &&
             (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r'))
        rest.remove_suffix(1);
      s.reason = std::string(rest);
    }
    out.push_back(std::move(s));
    at = next;
  }
}

using Key =
    std::tuple<std::string_view, int, std::string_view>;  // file, line, rule

}  // namespace

std::vector<Suppression> find_suppressions(
    const std::string& root, const std::vector<std::string>& files) {
  std::vector<Suppression> out;
  for (const std::string& file : files) {
    const FileText text = read_file(root + "/" + file);
    if (!text.ok() || text.text.find(kMarker) == std::string::npos) continue;
    std::string_view rest = text.text;
    for (int line_no = 1; !rest.empty(); ++line_no) {
      const std::size_t end = rest.find('\n');
      const std::string_view line = rest.substr(0, end);
      if (line.find(kMarker) != std::string_view::npos)
        scan_line(file, line_no, line, out);
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
  }
  return out;
}

std::vector<Finding> apply_suppressions(
    std::vector<Finding>& findings,
    const std::vector<Suppression>& suppressions,
    const std::vector<std::string>& ids) {
  std::map<Key, std::size_t> index;  // -> position in `suppressions`
  for (std::size_t i = 0; i < suppressions.size(); ++i) {
    const Suppression& s = suppressions[i];
    if (!s.reason.empty()) index.emplace(Key{s.file, s.line, s.rule}, i);
  }
  std::vector<int> excused(suppressions.size(), 0);
  auto excusing = [&](const Finding& f, const Evidence& e) -> int {
    for (const int line :
         {static_cast<int>(e.line), static_cast<int>(e.line) - 1}) {
      auto it = index.find(Key{e.file, line, f.rule});
      if (it != index.end()) return static_cast<int>(it->second);
    }
    return -1;
  };
  std::vector<Finding> kept;
  for (Finding& f : findings) {
    if (!f.cycle.empty() || f.config_location || f.evidence.empty()) {
      kept.push_back(std::move(f));
      continue;
    }
    std::vector<Evidence> left;
    for (Evidence& e : f.evidence) {
      if (const int i = excusing(f, e); i >= 0) {
        ++excused[static_cast<std::size_t>(i)];
      } else {
        left.push_back(std::move(e));
      }
    }
    if (left.empty()) continue;
    f.evidence = std::move(left);
    kept.push_back(std::move(f));
  }
  findings = std::move(kept);
  std::vector<Finding> stale;
  for (std::size_t i = 0; i < suppressions.size(); ++i) {
    const Suppression& s = suppressions[i];
    if (excused[i] > 0) continue;
    Finding f;
    const bool known = std::find(ids.begin(), ids.end(), s.rule) != ids.end();
    f.message =
        s.reason.empty() ? fmt::format(
                               "seams-allow({}) gives no reason; write "
                               "\"seams-allow({}): why\", or remove it",
                               escape_controls(s.rule), escape_controls(s.rule))
        : known ? fmt::format(
                      "seams-allow({}) excuses no use on its line or "
                      "the next; remove it",
                      s.rule)
                : fmt::format("seams-allow({}) names no rule or policy{}",
                              escape_controls(s.rule),
                              hint_or_list(did_you_mean(s.rule, ids),
                                           "known ids", ids));
    f.config_location = ConfigLocation{s.file, s.line, s.column};
    f.config_entry = fmt::format("{}: seams-allow({})", s.file, s.rule);
    stale.push_back(std::move(f));
  }
  return stale;
}

}  // namespace seams
