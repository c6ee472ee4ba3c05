// Implements facts_file.h. One record per line, fields separated by a space;
// strings are numbers into the table at the top, which holds each string
// once, sorted by content, so ids (and with them every sorted section) do not
// depend on the order facts were found in.
#include "analyzer/facts_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "base/file_io.h"

namespace seams {
namespace {

auto failure_tuple(const TuFailure& f) {
  return std::tie(f.file, f.error_count, f.first_errors);
}
bool failure_less(const TuFailure& a, const TuFailure& b) {
  return failure_tuple(a) < failure_tuple(b);
}
bool failure_equal(const TuFailure& a, const TuFailure& b) {
  return failure_tuple(a) == failure_tuple(b);
}

template <class T, class Less = std::less<T>, class Eq = std::equal_to<T>>
void sort_unique(std::vector<T>& v, Less less = {}, Eq eq = {}) {
  if (!std::is_sorted(v.begin(), v.end(), less))
    std::sort(v.begin(), v.end(), less);
  v.erase(std::unique(v.begin(), v.end(), eq), v.end());
}

// `acc` ∪ `more`, both sorted and unique: linear, and the result is too.
template <class T, class Less = std::less<T>, class Eq = std::equal_to<T>>
void union_into(std::vector<T>& acc, std::vector<T>&& more, Less less = {},
                Eq eq = {}) {
  if (more.empty()) return;
  std::vector<T> out;
  out.reserve(acc.size() + more.size());
  std::merge(
      std::make_move_iterator(acc.begin()), std::make_move_iterator(acc.end()),
      std::make_move_iterator(more.begin()),
      std::make_move_iterator(more.end()), std::back_inserter(out), less);
  out.erase(std::unique(out.begin(), out.end(), eq), out.end());
  acc = std::move(out);
  more.clear();
}

void normalize_facts(ProjectFacts& p) {
  sort_unique(p.uses);
  sort_unique(p.decls);
  sort_unique(p.classes);
  sort_unique(p.files);
  sort_unique(p.external_uses);
  sort_unique(p.include_dirs);
}

void union_facts(ProjectFacts& acc, ProjectFacts&& more) {
  union_into(acc.uses, std::move(more.uses));
  union_into(acc.decls, std::move(more.decls));
  union_into(acc.classes, std::move(more.classes));
  union_into(acc.files, std::move(more.files));
  union_into(acc.external_uses, std::move(more.external_uses));
  union_into(acc.include_dirs, std::move(more.include_dirs));
}

void derive_counts(FactsFile& f) {
  f.facts.main_files.clear();
  for (const TuEntry& t : f.tus) f.facts.main_files.push_back(t.file);
  sort_unique(f.facts.main_files);
  f.facts.translation_units = static_cast<int>(f.tus.size());
  f.facts.parse_failures = static_cast<int>(f.failures.size());
}

// --- Encoding ---------------------------------------------------------------

std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  return out;
}

// The string table: every string of the file, path fields already mapped.
class Table {
 public:
  explicit Table(const PathMap& paths) : paths_(paths) {}
  void add(std::string_view s) { pending_.emplace_back(s); }
  void add_path(std::string_view p) { pending_.push_back(path(p)); }
  void freeze() {
    std::sort(pending_.begin(), pending_.end());
    pending_.erase(std::unique(pending_.begin(), pending_.end()),
                   pending_.end());
    ids_.reserve(pending_.size());
    for (std::size_t i = 0; i < pending_.size(); ++i)
      ids_.emplace(pending_[i], static_cast<std::uint32_t>(i));
  }
  std::uint32_t id(std::string_view s) const { return ids_.at(s); }
  std::uint32_t path_id(std::string_view p) const { return ids_.at(path(p)); }
  const std::vector<std::string>& strings() const { return pending_; }

 private:
  // The stored form of a path, memoized: the same paths recur by the
  // million.
  const std::string& path(std::string_view p) const {
    auto it = mapped_.find(std::string(p));
    if (it == mapped_.end())
      it = mapped_.emplace(std::string(p), paths_.store(p)).first;
    return it->second;
  }
  const PathMap& paths_;
  std::vector<std::string> pending_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  mutable std::unordered_map<std::string, std::string> mapped_;
};

std::string strip_root(std::string text, const std::string& root) {
  if (root.empty()) return text;
  for (std::size_t pos; (pos = text.find(root + "/")) != std::string::npos;)
    text.erase(pos, root.size() + 1);
  return text;
}

void add_strings(Table& t, const ProjectFacts& p) {
  for (const RawUse& u : p.uses) {
    t.add_path(u.file.str());
    t.add(u.symbol.str());
    t.add(u.usr.str());
    t.add_path(u.target_file.str());
    t.add(u.context.str());
  }
  for (const DeclFact& d : p.decls) {
    t.add(d.usr.str());
    t.add_path(d.file.str());
  }
  for (const ClassFact& c : p.classes) {
    t.add(c.usr);
    t.add(c.name);
    t.add_path(c.file);
  }
  for (const auto& f : p.files) t.add_path(f);
  for (const RawUse& u : p.external_uses) {
    t.add_path(u.file.str());
    t.add(u.symbol.str());
    t.add_path(u.target_file.str());
    t.add(u.context.str());
  }
  for (const auto& d : p.include_dirs) t.add_path(d);
}

void add_strings(Table& t, const std::vector<TuFailure>& failures,
                 const std::string& root) {
  for (const TuFailure& f : failures) {
    t.add_path(f.file);
    for (const auto& e : f.first_errors) t.add(strip_root(e, root));
  }
}

// Records of one section, each a line of numbers, sorted so the section's
// order is the records' total order whatever the order they were built in.
class Section {
 public:
  void record(std::vector<std::uint64_t> fields) {
    rows_.push_back(std::move(fields));
  }
  void write(std::string& out, std::string_view name) {
    std::sort(rows_.begin(), rows_.end());
    rows_.erase(std::unique(rows_.begin(), rows_.end()), rows_.end());
    out += fmt::format("{} {}\n", name, rows_.size());
    for (const auto& r : rows_) {
      for (std::size_t i = 0; i < r.size(); ++i) {
        if (i) out += ' ';
        out += fmt::format("{}", r[i]);
      }
      out += '\n';
    }
  }

 private:
  std::vector<std::vector<std::uint64_t>> rows_;
};

void write_facts(std::string& out, const Table& t, const ProjectFacts& p,
                 std::string_view prefix) {
  auto name = [&](std::string_view n) {
    return fmt::format("{}{}", prefix, n);
  };
  Section files, dirs, uses, decls, external, classes;
  for (const auto& f : p.files) files.record({t.path_id(f)});
  for (const auto& d : p.include_dirs) dirs.record({t.path_id(d)});
  for (const RawUse& u : p.uses)
    uses.record({t.path_id(u.file.str()), u.line, u.column,
                 static_cast<std::uint64_t>(u.kind), t.id(u.symbol.str()),
                 t.id(u.usr.str()), t.path_id(u.target_file.str()),
                 t.id(u.context.str())});
  for (const DeclFact& d : p.decls)
    decls.record({t.id(d.usr.str()), t.path_id(d.file.str()),
                  static_cast<std::uint64_t>(d.kind), d.is_definition});
  for (const RawUse& u : p.external_uses)
    external.record({t.path_id(u.file.str()), u.line, u.column,
                     static_cast<std::uint64_t>(u.kind), t.id(u.symbol.str()),
                     t.path_id(u.target_file.str()), t.id(u.context.str())});
  for (const ClassFact& c : p.classes)
    classes.record(
        {t.id(c.usr), t.id(c.name), t.path_id(c.file), c.is_abstract});
  files.write(out, name("files"));
  dirs.write(out, name("include_dirs"));
  uses.write(out, name("uses"));
  decls.write(out, name("decls"));
  external.write(out, name("external_uses"));
  classes.write(out, name("classes"));
}

void write_failures(std::string& out, const Table& t,
                    const std::vector<TuFailure>& failures,
                    const std::string& root, std::string_view name) {
  Section s;
  for (const TuFailure& f : failures) {
    std::vector<std::uint64_t> r = {t.path_id(f.file),
                                    static_cast<std::uint64_t>(f.error_count),
                                    f.first_errors.size()};
    for (const auto& e : f.first_errors) r.push_back(t.id(strip_root(e, root)));
    s.record(std::move(r));
  }
  s.write(out, name);
}

void write_tus(std::string& out, const Table& t,
               const std::vector<TuEntry>& tus, std::string_view name) {
  // The key is a fixed-width hex string: kept inline, not in the table.
  std::vector<std::pair<std::uint32_t, std::string>> rows;
  for (const TuEntry& e : tus) rows.emplace_back(t.path_id(e.file), e.key);
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  out += fmt::format("{} {}\n", name, rows.size());
  for (const auto& [id, key] : rows) out += fmt::format("{} {}\n", id, key);
}

// --- Decoding ---------------------------------------------------------------

class Reader {
 public:
  Reader(std::string_view text, std::string file, const PathMap& paths,
         Diagnostics& diags)
      : text_(text), file_(std::move(file)), paths_(paths), diags_(diags) {}

  bool ok() const { return ok_; }
  int line_number() const { return line_; }

  // The next line, or nullopt (with an error) at the end of the file.
  std::optional<std::string_view> line() {
    if (!ok_) return std::nullopt;
    if (pos_ >= text_.size()) {
      fail(0, "unexpected end of the file (truncated?)");
      return std::nullopt;
    }
    const std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) {
      fail(0, "unexpected end of the file (truncated: no final newline)");
      return std::nullopt;
    }
    current_ = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    ++line_;
    return current_;
  }
  bool at_end() const { return pos_ >= text_.size(); }

  // "NAME VALUE" where VALUE is the rest of the line.
  std::optional<std::string> keyed(std::string_view name) {
    auto l = line();
    if (!l) return std::nullopt;
    if (!l->starts_with(name) || l->size() <= name.size() ||
        (*l)[name.size()] != ' ') {
      fail(1, fmt::format("expected '{} ...'", name));
      return std::nullopt;
    }
    return std::string(l->substr(name.size() + 1));
  }

  // "NAME COUNT" heading a section.
  std::optional<std::size_t> heading(std::string_view name) {
    auto v = keyed(name);
    if (!v) return std::nullopt;
    std::size_t n = 0;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || p != v->data() + v->size()) {
      fail(static_cast<int>(name.size()) + 2,
           fmt::format("'{}' must be followed by a count", name));
      return std::nullopt;
    }
    // Each record is a line of at least two bytes: a count beyond that is
    // a damaged file, and must not size an allocation.
    if (n > (text_.size() - pos_) / 2) {
      fail(static_cast<int>(name.size()) + 2,
           fmt::format("'{}' counts {} records, more than the file holds", name,
                       n));
      return std::nullopt;
    }
    return n;
  }

  // The numbers of the next record line.
  bool numbers(std::vector<std::uint64_t>& out) {
    out.clear();
    auto l = line();
    if (!l) return false;
    const char* p = l->data();
    const char* end = p + l->size();
    while (p < end) {
      std::uint64_t v = 0;
      auto [next, ec] = std::from_chars(p, end, v);
      if (ec != std::errc()) {
        fail(static_cast<int>(p - l->data()) + 1, "expected a number");
        return false;
      }
      out.push_back(v);
      p = next;
      if (p < end && *p++ != ' ') {
        fail(static_cast<int>(p - l->data()), "expected a space");
        return false;
      }
    }
    return true;
  }

  bool expect_fields(const std::vector<std::uint64_t>& r, std::size_t n) {
    if (r.size() == n) return true;
    fail(1, fmt::format("expected {} fields, found {}", n, r.size()));
    return false;
  }

  void fail(int column, const std::string& message) {
    if (!ok_) return;
    ok_ = false;
    diags_.error(file_, line_, column,
                 "not a valid seams facts file: " + message +
                     "; write it again with 'seams index' or 'seams merge'",
                 std::string(current_));
  }

  // Strings of the table, atoms made on first use.
  std::vector<std::string> strings;
  const Atom& atom(std::uint64_t id, std::size_t field) {
    if (!check_id(id, field)) return empty_;
    if (atoms_.size() != strings.size()) atoms_.assign(strings.size(), {});
    auto& a = atoms_[id];
    if (!a) a = Atom(strings[id]);
    return *a;
  }
  const Atom& path_atom(std::uint64_t id, std::size_t field) {
    if (!check_id(id, field)) return empty_;
    if (paths_atoms_.size() != strings.size())
      paths_atoms_.assign(strings.size(), {});
    auto& a = paths_atoms_[id];
    if (!a) a = Atom(paths_.load(strings[id]));
    return *a;
  }
  std::string str(std::uint64_t id, std::size_t field) {
    return check_id(id, field) ? strings[id] : std::string();
  }
  std::string path(std::uint64_t id, std::size_t field) {
    return path_atom(id, field).str();
  }

 private:
  bool check_id(std::uint64_t id, std::size_t field) {
    if (id < strings.size()) return true;
    fail(
        static_cast<int>(field) + 1,
        fmt::format("string {} is not in the table of {}", id, strings.size()));
    return false;
  }

  std::string_view text_;
  std::string file_;
  const PathMap& paths_;
  Diagnostics& diags_;
  std::size_t pos_ = 0;
  int line_ = 0;
  std::string_view current_;
  bool ok_ = true;
  Atom empty_;
  std::vector<std::optional<Atom>> atoms_, paths_atoms_;
};

std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char c = s[++i];
    out += c == 'n' ? '\n' : c == 'r' ? '\r' : c;
  }
  return out;
}

template <class Each>
bool read_section(Reader& r, std::string_view name, std::size_t fields,
                  Each each) {
  auto n = r.heading(name);
  if (!n) return false;
  std::vector<std::uint64_t> row;
  for (std::size_t i = 0; i < *n; ++i) {
    if (!r.numbers(row) || (fields && !r.expect_fields(row, fields)))
      return false;
    each(row);
    if (!r.ok()) return false;
  }
  return true;
}

template <class E>
E enum_field(Reader& r, std::uint64_t v, E last, std::size_t field) {
  if (v > static_cast<std::uint64_t>(last)) {
    r.fail(static_cast<int>(field) + 1, fmt::format("unknown kind {}", v));
    return last;
  }
  return static_cast<E>(v);
}

std::uint32_t u32(Reader& r, std::uint64_t v, std::size_t field) {
  if (v > UINT32_MAX) {
    r.fail(static_cast<int>(field) + 1, "number out of range");
    return 0;
  }
  return static_cast<std::uint32_t>(v);
}

bool read_facts(Reader& r, ProjectFacts& p, std::string_view prefix) {
  auto name = [&](std::string_view n) {
    return fmt::format("{}{}", prefix, n);
  };
  return read_section(r, name("files"), 1,
                      [&](auto& v) { p.files.push_back(r.path(v[0], 0)); }) &&
         read_section(
             r, name("include_dirs"), 1,
             [&](auto& v) { p.include_dirs.push_back(r.path(v[0], 0)); }) &&
         read_section(
             r, name("uses"), 8,
             [&](auto& v) {
               p.uses.push_back(
                   {r.path_atom(v[0], 0), u32(r, v[1], 1), u32(r, v[2], 2),
                    enum_field(r, v[3], UseKind::candidate, 3), r.atom(v[4], 4),
                    r.atom(v[5], 5), r.path_atom(v[6], 6), r.atom(v[7], 7)});
             }) &&
         read_section(
             r, name("decls"), 4,
             [&](auto& v) {
               p.decls.push_back({r.atom(v[0], 0), r.path_atom(v[1], 1),
                                  enum_field(r, v[2], DeclKind::other, 2),
                                  v[3] != 0});
             }) &&
         read_section(
             r, name("external_uses"), 7,
             [&](auto& v) {
               p.external_uses.push_back(
                   {r.path_atom(v[0], 0), u32(r, v[1], 1), u32(r, v[2], 2),
                    enum_field(r, v[3], UseKind::candidate, 3), r.atom(v[4], 4),
                    Atom(), r.path_atom(v[5], 5), r.atom(v[6], 6)});
             }) &&
         read_section(r, name("classes"), 4, [&](auto& v) {
           p.classes.push_back(
               {r.str(v[0], 0), r.str(v[1], 1), r.path(v[2], 2), v[3] != 0});
         });
}

bool read_failures(Reader& r, std::vector<TuFailure>& out,
                   std::string_view name) {
  return read_section(r, name, 0, [&](auto& v) {
    if (v.size() < 3 || v.size() != 3 + v[2]) {
      r.fail(1,
             "a failure is its file, error count, number of errors and "
             "the errors");
      return;
    }
    TuFailure f{r.path(v[0], 0), {}, static_cast<int>(u32(r, v[1], 1))};
    for (std::size_t i = 3; i < v.size(); ++i)
      f.first_errors.push_back(r.str(v[i], i));
    out.push_back(std::move(f));
  });
}

bool read_tus(Reader& r, std::vector<TuEntry>& out, std::string_view name) {
  auto n = r.heading(name);
  if (!n) return false;
  for (std::size_t i = 0; i < *n; ++i) {
    auto l = r.line();
    if (!l) return false;
    const auto space = l->find(' ');
    std::uint64_t id = 0;
    auto [p, ec] = std::from_chars(l->data(), l->data() + l->size(), id);
    if (space == std::string_view::npos || ec != std::errc() ||
        p != l->data() + space || space + 1 == l->size()) {
      r.fail(1, "a translation unit is its file's string and its key");
      return false;
    }
    out.push_back({r.path(id, 0), std::string(l->substr(space + 1))});
    if (!r.ok()) return false;
  }
  return true;
}

}  // namespace

namespace {

// `p` with the prefix `from` (a whole path component) replaced by `to`.
bool replace_prefix(std::string& p, const std::string& from,
                    const std::string& to) {
  if (!p.starts_with(from) ||
      (p.size() != from.size() && p[from.size()] != '/'))
    return false;
  p = to + p.substr(from.size());
  return true;
}

}  // namespace

std::string PathMap::store(std::string_view path) const {
  std::string p(path);
  for (const auto& [from, to] : prefixes)
    if (replace_prefix(p, from, to)) return p;
  if (!root.empty() && p == root) return ".";
  if (!root.empty() && p.starts_with(root) && p.size() > root.size() &&
      p[root.size()] == '/') {
    // "./" keeps a project path starting with '@' from reading as mapped.
    const std::string rel = p.substr(root.size() + 1);
    return rel.starts_with('@') ? "./" + rel : rel;
  }
  return p;
}

std::string PathMap::load(std::string_view path) const {
  std::string p(path);
  for (const auto& [from, to] : prefixes)
    if (replace_prefix(p, to, from)) return p;
  if (root.empty() || p.empty() || p.front() == '/' || p.front() == '@')
    return p;
  if (p == ".") return root;
  return root + "/" + (p.starts_with("./") ? p.substr(2) : p);
}

std::optional<std::pair<std::string, std::string>> parse_prefix_map(
    std::string_view text) {
  const auto eq = text.find('=');
  if (eq == std::string_view::npos) return std::nullopt;
  auto trim = [](std::string_view s) {
    while (s.size() > 1 && s.back() == '/') s.remove_suffix(1);
    return std::string(s);
  };
  std::string from = trim(text.substr(0, eq)), to = trim(text.substr(eq + 1));
  if (from.empty() || to.empty()) return std::nullopt;
  return std::pair(std::move(from), std::move(to));
}

namespace {

// Every shard of a split of one compile DB together is that compile DB: the
// parts of each complete split become "1 of 1", so shards merged give the
// bytes of one run. Per compile DB (TU count), and monotonic (a complete
// split stays complete under union), so merging stays associative.
void collapse_complete_splits(std::vector<FactsPart>& parts) {
  std::map<std::uint64_t, std::map<std::uint64_t, std::set<std::uint64_t>>>
      by_db;  // TUs -> shards -> the K present
  for (const FactsPart& p : parts)
    if (p.shards > 0) by_db[p.tus][p.shards].insert(p.shard);
  for (const auto& [tus, splits] : by_db) {
    bool whole = false;
    for (const auto& [n, ks] : splits)
      whole =
          whole || (ks.size() == n && *ks.begin() == 1 && *ks.rbegin() == n);
    if (!whole) continue;
    std::erase_if(parts, [&, t = tus](const FactsPart& p) {
      return p.shards > 0 && p.tus == t;
    });
    parts.push_back({1, 1, tus});
  }
  sort_unique(parts);
}

}  // namespace

void normalize(FactsFile& f) {
  sort_unique(f.parts);
  collapse_complete_splits(f.parts);
  sort_unique(f.tus);
  sort_unique(f.excluded);
  sort_unique(f.failures, failure_less, failure_equal);
  sort_unique(f.header_failures, failure_less, failure_equal);
  normalize_facts(f.facts);
  normalize_facts(f.headers);
  sort_unique(f.header_include_dirs);
  derive_counts(f);
}

void settle_header_facts(FactsFile& f) {
  std::unordered_set<std::string> read(f.facts.files.begin(),
                                       f.facts.files.end());
  for (const TuEntry& t : f.tus) read.insert(t.file);
  auto by_tu = [&](const std::string& file) { return read.contains(file); };
  ProjectFacts& h = f.headers;
  std::erase_if(h.uses, [&](const RawUse& u) { return by_tu(u.file.str()); });
  std::erase_if(h.decls,
                [&](const DeclFact& d) { return by_tu(d.file.str()); });
  std::erase_if(h.classes, [&](const ClassFact& c) { return by_tu(c.file); });
  std::erase_if(h.files, by_tu);
  std::erase_if(h.external_uses,
                [&](const RawUse& u) { return by_tu(u.file.str()); });
  std::erase_if(f.header_failures,
                [&](const TuFailure& x) { return by_tu(x.file); });
  std::erase_if(f.header_include_dirs,
                [&](const auto& hd) { return by_tu(hd.first); });
}

std::string encode_facts_file(const FactsFile& f, const PathMap& paths) {
  Table t(paths);
  for (const auto* tus : {&f.tus, &f.excluded})
    for (const TuEntry& e : *tus) t.add_path(e.file);
  add_strings(t, f.failures, paths.root);
  add_strings(t, f.header_failures, paths.root);
  add_strings(t, f.facts);
  add_strings(t, f.headers);
  for (const auto& [header, dir] : f.header_include_dirs) {
    t.add_path(header);
    t.add_path(dir);
  }
  t.freeze();
  std::string out;
  out += fmt::format("seams-facts {}\n", f.format);
  out += fmt::format("seams {}\n", f.seams_version);
  out += fmt::format("libclang {}\n", escape(f.libclang_version));
  out += fmt::format("level {}\n", f.level);
  out += fmt::format("parts {}\n", f.parts.size());
  for (const FactsPart& p : f.parts)
    out += fmt::format("{} {} {}\n", p.shard, p.shards, p.tus);
  out += fmt::format("strings {}\n", t.strings().size());
  for (const auto& s : t.strings()) {
    out += escape(s);
    out += '\n';
  }
  write_tus(out, t, f.tus, "tus");
  write_tus(out, t, f.excluded, "excluded");
  write_failures(out, t, f.failures, paths.root, "failures");
  write_facts(out, t, f.facts, "");
  write_failures(out, t, f.header_failures, paths.root, "header_failures");
  Section dirs;
  for (const auto& [header, dir] : f.header_include_dirs)
    dirs.record({t.path_id(header), t.path_id(dir)});
  dirs.write(out, "header_search_dirs");
  write_facts(out, t, f.headers, "header_");
  out += "end\n";
  return out;
}

std::optional<FactsFile> read_facts_file(const std::filesystem::path& file,
                                         const PathMap& paths,
                                         Diagnostics& diags) {
  FileText read = read_file(file);
  if (!read.ok()) {
    diags.error(file.string(), 0, 0,
                "cannot read the facts file: " + read.error_message());
    return std::nullopt;
  }
  Reader r(read.text, file.string(), paths, diags);
  FactsFile f;
  auto magic = r.keyed("seams-facts");
  if (!magic) return std::nullopt;
  if (*magic != std::to_string(kFactsFormat)) {
    r.fail(13, fmt::format("format version {}; this seams reads version {}",
                           *magic, kFactsFormat));
    return std::nullopt;
  }
  auto version = r.keyed("seams");
  auto clang = version ? r.keyed("libclang") : std::nullopt;
  auto level = clang ? r.keyed("level") : std::nullopt;
  if (!level) return std::nullopt;
  f.seams_version = *version;
  f.libclang_version = unescape(*clang);
  f.level = *level;
  if (f.level != "symbols" && f.level != "includes") {
    r.fail(7, "the level must be 'symbols' or 'includes'");
    return std::nullopt;
  }
  auto add_part = [&](auto& v) { f.parts.push_back({v[0], v[1], v[2]}); };
  if (!read_section(r, "parts", 3, add_part)) return std::nullopt;
  auto n = r.heading("strings");
  if (!n) return std::nullopt;
  r.strings.reserve(std::min<std::size_t>(*n, 1u << 16));
  for (std::size_t i = 0; i < *n; ++i) {
    auto l = r.line();
    if (!l) return std::nullopt;
    r.strings.push_back(unescape(*l));
    if (i && r.strings[i - 1] >= r.strings[i]) {
      r.fail(1, "the string table must be sorted and without duplicates");
      return std::nullopt;
    }
  }
  const bool ok =
      read_tus(r, f.tus, "tus") && read_tus(r, f.excluded, "excluded") &&
      read_failures(r, f.failures, "failures") && read_facts(r, f.facts, "") &&
      read_failures(r, f.header_failures, "header_failures") &&
      read_section(r, "header_search_dirs", 2,
                   [&](auto& v) {
                     f.header_include_dirs.emplace_back(r.path(v[0], 0),
                                                        r.path(v[1], 1));
                   }) &&
      read_facts(r, f.headers, "header_");
  if (!ok) return std::nullopt;
  auto end = r.line();
  if (!end) return std::nullopt;
  if (*end != "end") {
    r.fail(1, "expected 'end'");
    return std::nullopt;
  }
  if (!r.at_end()) {
    r.line();
    r.fail(1, "text after 'end'");
    return std::nullopt;
  }
  normalize(f);
  return f;
}

bool merge_facts(FactsFile& acc, FactsFile&& more, const std::string& acc_name,
                 const std::string& more_name, Diagnostics& diags) {
  auto mismatch = [&](std::string_view what, const std::string& a,
                      const std::string& b) {
    diags.error(fmt::format(
        "cannot merge facts of different {}: {} has '{}', {} has '{}'; "
        "index every shard with the same seams",
        what, acc_name, a, more_name, b));
    return false;
  };
  if (acc.seams_version != more.seams_version)
    return mismatch("seams versions", acc.seams_version, more.seams_version);
  if (acc.libclang_version != more.libclang_version)
    return mismatch("libclang versions", acc.libclang_version,
                    more.libclang_version);
  if (acc.level != more.level) {
    diags.error(fmt::format(
        "cannot merge facts of different levels: {} has '{}', {} has '{}'; "
        "index every part with the same --level",
        acc_name, acc.level, more_name, more.level));
    return false;
  }
  union_into(acc.parts, std::move(more.parts));
  collapse_complete_splits(acc.parts);
  union_into(acc.tus, std::move(more.tus));
  union_into(acc.excluded, std::move(more.excluded));
  union_into(acc.failures, std::move(more.failures), failure_less,
             failure_equal);
  union_into(acc.header_failures, std::move(more.header_failures), failure_less,
             failure_equal);
  union_facts(acc.facts, std::move(more.facts));
  union_facts(acc.headers, std::move(more.headers));
  union_into(acc.header_include_dirs, std::move(more.header_include_dirs));
  derive_counts(acc);
  settle_header_facts(acc);
  return true;
}

std::string incomplete_parts(const FactsFile& f) {
  if (f.parts.empty()) return "they say nothing of which TUs they hold";
  const FactsPart& first = f.parts.front();
  std::vector<bool> seen(static_cast<std::size_t>(
      std::min<std::uint64_t>(first.shards, 1u << 20)));
  for (const FactsPart& p : f.parts) {
    if (p.shards == 0) return "";  // a --tus list: cannot be told
    if (p.shards != first.shards)
      return fmt::format("they mix a split into {} shards with one into {}",
                         first.shards, p.shards);
    if (p.tus != first.tus)
      return fmt::format(
          "their shards were indexed from different compile DBs ({} and {} "
          "TUs)",
          first.tus, p.tus);
    if (p.shard >= 1 && p.shard <= seen.size()) seen[p.shard - 1] = true;
  }
  std::vector<std::string> missing;
  for (std::size_t k = 0; k < seen.size(); ++k)
    if (!seen[k]) missing.push_back(std::to_string(k + 1));
  if (!missing.empty())
    return fmt::format("shard{} {} of {} {} missing",
                       missing.size() == 1 ? "" : "s", fmt::join(missing, ", "),
                       first.shards, missing.size() == 1 ? "is" : "are");
  if (f.tus.size() + f.excluded.size() != first.tus)
    return fmt::format(
        "their shards hold {} TUs of a compile DB of {}: the shards were "
        "cut from compile DBs at different paths (a TU's shard hashes its "
        "arguments)",
        f.tus.size() + f.excluded.size(), first.tus);
  return "";
}

ProjectFacts joined_facts(const FactsFile& f) {
  ProjectFacts p = f.facts;
  ProjectFacts h = f.headers;
  for (const auto& [header, dir] : f.header_include_dirs)
    h.include_dirs.push_back(dir);
  sort_unique(h.include_dirs);
  union_facts(p, std::move(h));
  return p;
}

}  // namespace seams
