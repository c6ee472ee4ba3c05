// Implements FactsMerger: the union of per-TU facts, sorted and deduplicated.
#include "analyzer/facts.h"

#include <algorithm>

namespace seams {

std::string_view to_string(UseKind kind) {
  switch (kind) {
    case UseKind::include:
      return "include";
    case UseKind::symbol:
      return "symbol";
    case UseKind::macro:
      return "macro";
    case UseKind::declaration:
      return "declaration";
    case UseKind::candidate:
      return "candidate";
  }
  return "symbol";
}

namespace {
template <typename T>
void append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()),
            std::make_move_iterator(from.end()));
}

template <typename T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}
}  // namespace

void FactsMerger::add(TuFacts&& tu) {
  ++facts_.translation_units;
  if (tu.failed) ++facts_.parse_failures;
  append(facts_.uses, tu.uses);
  append(facts_.decls, tu.decls);
  append(facts_.classes, tu.classes);
  append(facts_.files, tu.files);
  append(facts_.external_uses, tu.external_uses);
  append(facts_.include_dirs, tu.include_dirs);
  facts_.main_files.push_back(std::move(tu.main_file));
  // Deduplicate as we go so memory holds unique facts, not facts x TUs; the
  // threshold doubles with the unique size so the total sorting work stays O(n
  // log n).
  const auto size = [&] {
    return facts_.uses.size() + facts_.decls.size() +
           facts_.external_uses.size() + facts_.include_dirs.size();
  };
  if (size() > compact_at_) {
    sort_unique(facts_.uses);
    sort_unique(facts_.decls);
    sort_unique(facts_.external_uses);
    sort_unique(facts_.include_dirs);
    compact_at_ = std::max<std::size_t>(1 << 16, 2 * size());
  }
}

ProjectFacts FactsMerger::finish() && {
  sort_unique(facts_.uses);
  sort_unique(facts_.decls);
  sort_unique(facts_.classes);
  sort_unique(facts_.files);
  sort_unique(facts_.external_uses);
  sort_unique(facts_.include_dirs);
  sort_unique(facts_.main_files);
  return std::move(facts_);
}

std::string include_dir_of(std::string_view includer, std::string_view target,
                           std::string_view name, bool angled) {
  if (name.empty() || name.front() == '/' || target.size() <= name.size() ||
      !target.ends_with(name) || target[target.size() - name.size() - 1] != '/')
    return {};
  const std::string_view dir =
      target.substr(0, target.size() - name.size() - 1);
  const std::size_t slash = includer.rfind('/');
  const std::string_view beside = slash == std::string_view::npos
                                      ? std::string_view()
                                      : includer.substr(0, slash);
  if (!angled && dir == beside) return {};
  return std::string(dir);
}

void unique_include_dirs(TuFacts& tu) { sort_unique(tu.include_dirs); }

std::ostream& operator<<(std::ostream& os, const RawUse& use) {
  return os << use.file << ':' << use.line << ':' << use.column << ' '
            << to_string(use.kind) << ' ' << use.symbol << " -> "
            << use.target_file;
}

}  // namespace seams
