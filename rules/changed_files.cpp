// Implements changed-files mode (see changed_files.h). git runs through
// run_process with an argv array; refs are checked before use.
#include "rules/changed_files.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "base/process.h"

namespace seams {
namespace fs = std::filesystem;
namespace {

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

// Runs `git -C root ARGS...`; on failure reports `what` and git's own words.
std::optional<std::string> git(const std::string& program,
                               const std::string& root,
                               std::vector<std::string> args,
                               const std::string& what, Diagnostics& diags) {
  args.insert(args.begin(), {program, "-C", root, "-c", "core.quotepath=off"});
  ProcessResult r = run_process(args);
  if (!r.start_error.empty()) {
    diags.error(fmt::format("--changed-since needs git: cannot run '{}': {}",
                            program, r.start_error));
    return std::nullopt;
  }
  if (r.exit_code != 0) {
    const std::string why = first_line(r.err);
    diags.error(fmt::format("{}{}", what, why.empty() ? "" : ": " + why));
    return std::nullopt;
  }
  return r.out;
}

void normalize(ChangedFiles& c) {
  std::sort(c.files.begin(), c.files.end());
  c.files.erase(std::unique(c.files.begin(), c.files.end()), c.files.end());
}

}  // namespace

bool ChangedFiles::contains(std::string_view rel_path) const {
  return std::binary_search(files.begin(), files.end(), rel_path);
}

std::vector<std::string> split_nul(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\0', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::optional<ChangedFiles> changed_since(const std::string& root,
                                          const std::string& ref,
                                          Diagnostics& diags,
                                          const std::string& program) {
  if (ref.empty() || ref.front() == '-') {
    diags.error(
        fmt::format("--changed-since: '{}' is not a git revision", ref));
    return std::nullopt;
  }
  auto commit = git(
      program, root, {"rev-parse", "--verify", "--quiet", ref + "^{commit}"},
      fmt::format("--changed-since: unknown revision '{}' in {}; fetch it "
                  "(e.g. 'git fetch origin main')",
                  ref, root),
      diags);
  if (!commit) return std::nullopt;
  auto base = git(program, root, {"merge-base", first_line(*commit), "HEAD"},
                  fmt::format("--changed-since: no merge base of '{}' and "
                              "HEAD; in a shallow clone, fetch more history "
                              "(actions/checkout: fetch-depth: 0)",
                              ref),
                  diags);
  if (!base) return std::nullopt;
  const std::string base_commit = first_line(*base);
  // --relative: only paths under the root (the -C directory), relative to it.
  auto diff = git(program, root,
                  {"diff", "--name-only", "--no-renames", "--relative", "-z",
                   base_commit, "--"},
                  "--changed-since: git diff failed", diags);
  auto untracked =
      git(program, root, {"ls-files", "--others", "--exclude-standard", "-z"},
          "--changed-since: git ls-files failed", diags);
  if (!diff || !untracked) return std::nullopt;
  ChangedFiles c;
  c.files = split_nul(*diff);
  for (auto& f : split_nul(*untracked)) c.files.push_back(std::move(f));
  normalize(c);
  c.origin = fmt::format("git diff {} (merge base of {} and HEAD)",
                         base_commit.substr(0, 12), ref);
  return c;
}

std::optional<ChangedFiles> read_changed_files(const std::string& list,
                                               const std::string& root,
                                               Diagnostics& diags) {
  std::ifstream file;
  if (list != "-") {
    file.open(list);
    if (!file) {
      diags.error(list, 0, 0, "cannot read the list of changed files");
      return std::nullopt;
    }
  }
  std::istream& in = list == "-" ? std::cin : file;
  ChangedFiles c;
  const fs::path base(root);
  std::error_code ec;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const fs::path abs = fs::weakly_canonical(fs::absolute(line, ec), ec);
    const fs::path rel = abs.lexically_relative(base);
    if (ec || rel.empty() || *rel.begin() == "..") continue;
    c.files.push_back(rel.generic_string());
  }
  normalize(c);
  c.origin = list == "-" ? "the list on stdin" : list;
  return c;
}

}  // namespace seams
