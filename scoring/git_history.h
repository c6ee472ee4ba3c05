// Git history as scoring input: which files each recent commit touched, read
// by running `git log` (no shell, no libgit2), and what that says per module:
// churn (commits touching it) and change coupling (commits touching two
// modules together). The window ends at the newest commit that touches the
// project, not at "now", so the result does not drift as days pass.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/module_map.h"

namespace seams {

struct Commit {
  std::int64_t time = 0;           // committer date, seconds since the epoch
  std::vector<std::string> files;  // relative to the project root, sorted
  auto operator<=>(const Commit&) const = default;
};

struct HistoryOptions {
  int window_days = 180;
  int max_commits = 2000;   // newest first; keeps a huge repository fast
  std::string git = "git";  // the program to run (tests point it elsewhere)
};

struct GitHistory {
  bool available = false;   // false: not a git repository, no git, no commits
  std::string note;         // why it is unavailable (for --verbose)
  std::int64_t newest = 0;  // date of the newest commit touching the root
  std::int64_t since = 0;   // newest - window
  bool capped = false;      // max_commits stopped the walk inside the window
  std::vector<Commit> commits;  // newest first; merges excluded
};

/// Runs `git -C root log` over the window. Never throws; when the history
/// cannot be read, `available` is false and `note` says why.
GitHistory read_git_history(const std::string& root,
                            const HistoryOptions& options);

/// Parses `git log --format=%x1e%ct --name-only` output: a record separator,
/// the date, then one file per line.
std::vector<Commit> parse_git_log(std::string_view text);

/// Commits touching more files than this are ignored for change coupling
/// (still counted as churn): a mass rename or reformat says nothing about
/// which modules belong together.
inline constexpr std::size_t kMaxFilesForCoupling = 50;

/// What the history says per module (vectors indexed by ModuleId).
struct ChangeStats {
  bool available = false;
  int commits_in_window = 0;
  std::vector<int> commits;  // commits touching the module (churn)
  /// Commits of at most kMaxFilesForCoupling files touching the module.
  std::vector<int> coupling_commits;
  /// (a, b) with a < b -> commits (of the coupling kind) touching both.
  std::map<std::pair<ModuleId, ModuleId>, int> together;

  /// Share of the commits touching a or b that touch both (Jaccard), 0..1.
  double share(ModuleId a, ModuleId b) const;
};

/// Maps each commit's files onto modules (files excluded or owned by no module
/// count for nothing).
ChangeStats module_changes(const GitHistory& history, const ModuleMap& map);

}  // namespace seams
