// Reads git history with `git log` run through run_process (posix_spawnp with
// an argv array, so no user data ever reaches a shell), and aggregates it per
// module. See git_history.h.
#include "scoring/git_history.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "base/process.h"

namespace seams {
namespace {

std::optional<std::int64_t> parse_int(std::string_view s) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

// The reason a git command failed, for the verbose note.
std::string failure(const ProcessResult& r, const std::string& git) {
  if (!r.start_error.empty())
    return fmt::format("cannot run '{}': {}", git, r.start_error);
  std::string why = first_line(r.err);
  return why.empty() ? fmt::format("'{} log' exited with {}", git, r.exit_code)
                     : why;
}

std::vector<std::string> git_args(const std::string& git,
                                  const std::string& root) {
  // quotepath=off: non-ASCII paths come out as they are; showSignature=false:
  // a user's config must not add gpg output to the log.
  return {git,
          "-C",
          root,
          "-c",
          "core.quotepath=off",
          "-c",
          "log.showSignature=false"};
}

}  // namespace

std::vector<Commit> parse_git_log(std::string_view text) {
  std::vector<Commit> out;
  std::size_t pos = 0;
  while ((pos = text.find('\x1e', pos)) != std::string_view::npos) {
    std::size_t end = text.find('\x1e', pos + 1);
    std::string_view rec =
        text.substr(pos + 1, end == text.npos ? text.npos : end - pos - 1);
    pos = end == text.npos ? text.size() : end;
    Commit c;
    std::size_t line_start = 0;
    bool first = true;
    while (line_start < rec.size()) {
      std::size_t nl = rec.find('\n', line_start);
      std::string_view line =
          rec.substr(line_start, nl == rec.npos ? rec.npos : nl - line_start);
      line_start = nl == rec.npos ? rec.size() : nl + 1;
      if (first) {
        c.time = parse_int(line).value_or(0);
        first = false;
      } else if (!line.empty()) {
        c.files.emplace_back(line);
      }
    }
    std::sort(c.files.begin(), c.files.end());
    c.files.erase(std::unique(c.files.begin(), c.files.end()), c.files.end());
    out.push_back(std::move(c));
  }
  return out;
}

GitHistory read_git_history(const std::string& root,
                            const HistoryOptions& options) {
  GitHistory h;
  // The newest commit that touches the project root anchors the window.
  auto args = git_args(options.git, root);
  args.insert(args.end(), {"log", "-1", "--format=%ct", "--", "."});
  ProcessResult newest = run_process(args);
  if (newest.exit_code != 0) {
    h.note = "no git history: " + failure(newest, options.git);
    return h;
  }
  auto date = parse_int(first_line(newest.out));
  if (!date) {
    h.note = "no git history: no commit touches " + root;
    return h;
  }
  h.newest = *date;
  h.since = h.newest - std::int64_t{options.window_days} * 86400;
  args = git_args(options.git, root);
  args.insert(args.end(), {"log", "--no-merges", "--no-renames", "--relative",
                           fmt::format("--since=@{}", h.since),
                           fmt::format("--max-count={}", options.max_commits),
                           "--format=%x1e%ct", "--name-only", "--", "."});
  ProcessResult log = run_process(args);
  if (log.exit_code != 0) {
    h.note = "no git history: " + failure(log, options.git);
    return h;
  }
  h.commits = parse_git_log(log.out);
  // --since lets a few older commits through when dates are out of order.
  std::erase_if(h.commits, [&](const Commit& c) { return c.time < h.since; });
  h.capped = static_cast<int>(h.commits.size()) >= options.max_commits;
  h.available = true;
  return h;
}

double ChangeStats::share(ModuleId a, ModuleId b) const {
  if (b < a) std::swap(a, b);
  auto it = together.find({a, b});
  if (it == together.end()) return 0;
  const int either = coupling_commits[static_cast<std::size_t>(a)] +
                     coupling_commits[static_cast<std::size_t>(b)] - it->second;
  return either > 0 ? static_cast<double>(it->second) / either : 0;
}

ChangeStats module_changes(const GitHistory& history, const ModuleMap& map) {
  ChangeStats s;
  s.available = history.available;
  s.commits.assign(map.size(), 0);
  s.coupling_commits.assign(map.size(), 0);
  if (!history.available) return s;
  s.commits_in_window = static_cast<int>(history.commits.size());
  Diagnostics ignored;  // history may name files of old layouts; no errors
  std::map<std::string, std::optional<ModuleId>, std::less<>> owners;
  auto owner = [&](const std::string& f) {
    auto [it, fresh] = owners.try_emplace(f);
    if (fresh) {
      FileOwner o = map.classify(f, looks_like_header(f), ignored);
      if (o.cls == FileClass::owned) it->second = o.module;
    }
    return it->second;
  };
  for (const Commit& c : history.commits) {
    std::set<ModuleId> touched;
    for (const auto& f : c.files)
      if (auto m = owner(f)) touched.insert(*m);
    for (ModuleId m : touched) ++s.commits[static_cast<std::size_t>(m)];
    if (c.files.size() > kMaxFilesForCoupling) continue;
    for (ModuleId m : touched)
      ++s.coupling_commits[static_cast<std::size_t>(m)];
    for (auto a = touched.begin(); a != touched.end(); ++a)
      for (auto b = std::next(a); b != touched.end(); ++b)
        ++s.together[{*a, *b}];
  }
  return s;
}

}  // namespace seams
