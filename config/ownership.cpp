// Implements ownership.h: consumes a ModuleMap and the files under the project
// root, produces warnings at the config lines whose globs never take effect.
#include "config/ownership.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <utility>

namespace seams {

namespace fs = std::filesystem;

OwnershipCheck::OwnershipCheck(const ModuleMap& map) : map_(&map) {
  const Config& config = map.config();
  for (const PatternRef& p : config.exclude) excludes_.push_back(&p);
  exclude_used_.assign(excludes_.size(), false);
  for (std::size_t i = 0; i < map.size(); ++i) {
    const auto id = static_cast<ModuleId>(i);
    const ModuleConfig& m = map.module_config(id);
    for (const PatternRef& p : m.paths) {
      paths_index_[&p] = paths_.size();
      PathsGlob g;
      g.glob = {id, &p};
      paths_.push_back(std::move(g));
    }
    if (!m.public_) continue;
    for (const PatternRef& p : *m.public_) publics_.push_back({id, &p, false});
  }
}

bool OwnershipCheck::any_wants(std::string_view rel_dir) const {
  for (std::size_t i = 0; i < excludes_.size(); ++i) {
    if (!exclude_used_[i] && excludes_[i]->glob.may_match_below(rel_dir))
      return true;
  }
  for (const PathsGlob& g : paths_) {
    if (!g.won && g.glob.pattern->glob.may_match_below(rel_dir)) return true;
  }
  return std::any_of(publics_.begin(), publics_.end(), [&](const auto& g) {
    return !g.matched && g.pattern->glob.may_match_below(rel_dir);
  });
}

bool OwnershipCheck::wants_below(std::string_view rel_dir) const {
  const std::size_t slash = rel_dir.rfind('/');
  const std::string_view name =
      slash == std::string_view::npos ? rel_dir : rel_dir.substr(slash + 1);
  if (name.starts_with('.')) {
    // .git and caches: walked only when a glob names them literally.
    const auto names = [&](const PatternRef* p) {
      return p->glob.names_segment(name);
    };
    const bool named =
        std::any_of(excludes_.begin(), excludes_.end(), names) ||
        std::any_of(
            paths_.begin(), paths_.end(),
            [&](const PathsGlob& g) { return names(g.glob.pattern); }) ||
        std::any_of(publics_.begin(), publics_.end(),
                    [&](const PublicGlob& g) { return names(g.pattern); });
    if (!named) return false;
  }
  return any_wants(rel_dir);
}

void OwnershipCheck::add_file(std::string_view rel_path) {
  const Ownership o = map_->explain(rel_path, looks_like_header(rel_path));
  for (const PatternRef* p : o.excluded_by) {
    const auto it = std::find(excludes_.begin(), excludes_.end(), p);
    exclude_used_[static_cast<std::size_t>(it - excludes_.begin())] = true;
  }
  if (o.cls == FileClass::excluded) {
    for (const OwnerGlob& m : o.matches) {
      PathsGlob& g = paths_[paths_index_.at(m.pattern)];
      if (g.excluded_by != nullptr) continue;
      g.excluded_file = std::string(rel_path);
      g.excluded_by = o.excluded_by.front();
    }
    return;
  }
  if (o.cls != FileClass::owned) return;
  const OwnerGlob& winner = o.matches.front();
  for (const OwnerGlob& m : o.matches) {
    PathsGlob& g = paths_[paths_index_.at(m.pattern)];
    g.matched = true;
    const bool tie =
        m.module != winner.module &&
        m.pattern->glob.specificity() == winner.pattern->glob.specificity();
    // A tie is an "ambiguous ownership" error of its own once the file is
    // analyzed; neither glob is said to own nothing.
    if (&m == &winner || tie) {
      g.won = true;
    } else if (m.module != winner.module && g.lost_file.empty()) {
      // Losing to a glob of the same module is harmless: the module still
      // owns the file.
      g.lost_file = std::string(rel_path);
      g.lost_to = winner;
    }
  }
  for (PublicGlob& g : publics_) {
    if (!g.matched && g.module == winner.module &&
        g.pattern->glob.matches(rel_path))
      g.matched = true;
  }
}

void OwnershipCheck::report(Diagnostics& diags) const {
  const Config& config = map_->config();
  const std::string& shown =
      config.display_path.empty() ? config.path.string() : config.display_path;
  std::vector<std::pair<ConfigLoc, std::string>> warnings;
  for (std::size_t i = 0; i < excludes_.size(); ++i) {
    if (exclude_used_[i]) continue;
    warnings.emplace_back(
        excludes_[i]->loc,
        fmt::format("exclude glob '{}' matches no file under the project root",
                    excludes_[i]->glob.pattern()));
  }
  std::vector<bool> owns(map_->size(), false);
  for (const PathsGlob& g : paths_) {
    if (g.won) owns[static_cast<std::size_t>(g.glob.module)] = true;
  }
  for (const PathsGlob& g : paths_) {
    if (g.won || (g.matched && g.lost_file.empty())) continue;
    const std::string glob =
        fmt::format("glob '{}' of module '{}'", g.glob.pattern->glob.pattern(),
                    map_->name(g.glob.module));
    std::string message;
    if (!g.lost_file.empty()) {
      message = fmt::format(
          "{} owns nothing: '{}' of module '{}' is more specific for {}", glob,
          g.lost_to.pattern->glob.pattern(), map_->name(g.lost_to.module),
          g.lost_file);
    } else if (g.excluded_by != nullptr) {
      message = fmt::format(
          "{} matches only excluded files, e.g. {} (excluded by '{}')", glob,
          g.excluded_file, g.excluded_by->glob.pattern());
    } else {
      message = glob + " matches no file under the project root";
    }
    warnings.emplace_back(g.glob.pattern->loc, std::move(message));
  }
  for (const PublicGlob& g : publics_) {
    // A module that owns nothing is warned about once, at its name.
    if (g.matched || !owns[static_cast<std::size_t>(g.module)]) continue;
    warnings.emplace_back(
        g.pattern->loc,
        fmt::format("public glob '{}' of module '{}' matches none of its files",
                    g.pattern->glob.pattern(), map_->name(g.module)));
  }
  for (std::size_t i = 0; i < owns.size(); ++i) {
    if (owns[i]) continue;
    const ModuleConfig& m = map_->module_config(static_cast<ModuleId>(i));
    warnings.emplace_back(m.loc,
                          fmt::format("module '{}' owns no file", m.name));
  }
  std::stable_sort(
      warnings.begin(), warnings.end(),
      [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [loc, message] : warnings) {
    diags.warning(shown, loc.line, loc.column, std::move(message),
                  read_source_line(shown, loc.line));
  }
}

namespace {

/// Visits the files below `rel_dir` in name order; directories only when the
/// check wants them.
void walk(const fs::path& root, const std::string& rel_dir,
          OwnershipCheck& check, std::size_t& files) {
  std::error_code ec;
  fs::directory_iterator it(root / rel_dir,
                            fs::directory_options::skip_permission_denied, ec);
  std::vector<std::pair<std::string, bool>> entries;  // name, is a directory
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::file_status own = it->symlink_status(ec);
    if (ec) {
      ec.clear();
      continue;
    }
    if (fs::is_directory(own)) {
      entries.emplace_back(it->path().filename().string(), true);
    } else if (fs::is_regular_file(it->status(ec)) && !ec) {
      // Symlinks to files count; symlinked directories are not followed, so
      // a link cycle cannot trap the walk.
      entries.emplace_back(it->path().filename().string(), false);
    }
    ec.clear();
  }
  std::sort(entries.begin(), entries.end());
  for (const auto& [name, is_dir] : entries) {
    const std::string rel = rel_dir.empty() ? name : rel_dir + "/" + name;
    if (!is_dir) {
      check.add_file(rel);
      ++files;
    } else if (check.wants_below(rel)) {
      walk(root, rel, check, files);
    }
  }
}

}  // namespace

std::size_t check_ownership(const ModuleMap& map, Diagnostics& diags) {
  OwnershipCheck check(map);
  std::size_t files = 0;
  if (check.wants_below("")) walk(map.config().root, "", check, files);
  check.report(diags);
  return files;
}

}  // namespace seams
