// Implements the link step (see link.h).
#include "analyzer/link.h"

#include <algorithm>
#include <unordered_set>

namespace seams {

std::string relative_to_root(const std::string& abs, const std::string& root) {
  if (abs.size() > root.size() && abs.starts_with(root) &&
      abs[root.size()] == '/')
    return abs.substr(root.size() + 1);
  return abs;
}

namespace {

struct DeclIndex {
  const std::vector<DeclFact>& decls;  // sorted: by usr first
  const std::unordered_set<std::string_view>& main_files;

  std::pair<std::vector<DeclFact>::const_iterator,
            std::vector<DeclFact>::const_iterator>
  of(const Atom& usr) const {
    auto lo = std::lower_bound(
        decls.begin(), decls.end(), usr,
        [](const DeclFact& d, const Atom& u) { return d.usr < u; });
    auto hi = lo;
    while (hi != decls.end() && hi->usr == usr) ++hi;
    return {lo, hi};
  }
};

// Picks among candidate files: the one this TU resolved to when it is a
// candidate (keeps the answer local when a USR is declared in several places),
// else the smallest path.
template <typename Pred>
const Atom* pick(const DeclIndex& index, const Atom& usr, const Atom& hint,
                 Pred pred) {
  auto [lo, hi] = index.of(usr);
  const Atom* best = nullptr;
  for (auto it = lo; it != hi; ++it) {
    if (!pred(*it)) continue;
    if (it->file == hint) return &it->file;
    if (!best || it->file < *best) best = &it->file;
  }
  return best;
}

const Atom& home_file(const DeclIndex& index, const RawUse& use) {
  auto [lo, hi] = index.of(use.usr);
  if (lo == hi) return use.target_file;
  const DeclKind kind = lo->kind;
  const Atom* home = nullptr;
  switch (kind) {
    case DeclKind::type:
      home = pick(index, use.usr, use.target_file,
                  [](const DeclFact& d) { return d.is_definition; });
      break;
    case DeclKind::function:
    case DeclKind::variable:
      home = pick(index, use.usr, use.target_file, [&](const DeclFact& d) {
        return !index.main_files.contains(d.file.str());
      });
      if (!home)
        home = pick(index, use.usr, use.target_file,
                    [](const DeclFact& d) { return d.is_definition; });
      break;
    case DeclKind::other:
      break;
  }
  return home ? *home : use.target_file;
}

}  // namespace

std::vector<FileUse> link_uses(const ProjectFacts& facts,
                               const std::string& root) {
  std::unordered_set<std::string_view> main_files(facts.main_files.begin(),
                                                  facts.main_files.end());
  const DeclIndex index{facts.decls, main_files};
  std::vector<FileUse> out;
  out.reserve(facts.uses.size());
  for (const RawUse& use : facts.uses) {
    const Atom& home =
        use.kind == UseKind::symbol ? home_file(index, use) : use.target_file;
    if (home == use.file) continue;
    out.push_back({relative_to_root(use.file, root), use.line, use.column,
                   use.kind, use.symbol, relative_to_root(home, root),
                   use.context});
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace seams
