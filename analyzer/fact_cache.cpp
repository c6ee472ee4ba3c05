// Implements the fact cache (see fact_cache.h). The file is MessagePack
// (nlohmann/json) behind a header with a checksum: a truncated or corrupt file
// is detected, ignored and rebuilt.
#include "analyzer/fact_cache.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "analyzer/facts_file.h"
#include "analyzer/facts_io.h"
#include "analyzer/worker_pool.h"
#include "base/file_io.h"
#include "base/hash.h"

namespace seams {
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

constexpr std::string_view kMagic = "SEAMS-FACTS 5\n";

struct Stamp {
  std::int64_t mtime = 0;
  std::int64_t size = -1;
  std::uint64_t hash = 0;
  bool operator==(const Stamp&) const = default;
};

struct TuRecord {
  std::string main_file;
  std::vector<std::string> deps;
  bool failed = false;
  int error_count = 0;
  std::vector<std::string> first_errors;
  /// Per TU, not in the union: a directory no current TU includes through
  /// must not linger and change which include names an external file has.
  std::vector<std::string> include_dirs;
};

struct State {
  ProjectFacts facts;
  std::map<std::string, TuRecord> tus;  // by TU key
  std::map<std::string, Stamp> stamps;  // by absolute path
};

// The root taken out of a path or an argument: keys and stored paths that
// hold on any checkout of the project.
std::string portable(std::string text, const std::string& root) {
  if (root.empty()) return text;
  for (std::size_t pos = 0;
       (pos = text.find(root, pos)) != std::string::npos;) {
    text.replace(pos, root.size(), "@ROOT@");
    pos += 6;
  }
  return text;
}

}  // namespace

std::string tu_key(const CompileCommand& cmd, const std::string& root) {
  std::uint64_t h = fnv1a64(libclang_version());
  h = fnv1a64(portable(cmd.file, root), fnv1a64("\n", h));
  for (const auto& a : clang_arguments(cmd).args)
    h = fnv1a64(portable(a, root), fnv1a64("\n", h));
  return hex64(h);
}

namespace {

// Paths as the cache stores them (relative to the root where under it) and
// back; memoized per atom, since the same paths recur by the million.
class CachePaths {
 public:
  explicit CachePaths(std::string root) : root_(root), map_{root, {}} {}
  std::string store_path(const std::string& p) const { return map_.store(p); }
  std::string load_path(const std::string& p) const { return map_.load(p); }
  // Messages (a TU's first errors) name absolute paths: the root becomes
  // @ROOT@ and back.
  std::vector<std::string> store_text(std::vector<std::string> v) const {
    for (auto& x : v) x = portable(std::move(x), root_);
    return v;
  }
  std::vector<std::string> load_text(std::vector<std::string> v) const {
    if (root_.empty()) return v;
    for (auto& x : v)
      for (std::size_t pos = 0;
           (pos = x.find("@ROOT@", pos)) != std::string::npos;
           pos += root_.size())
        x.replace(pos, 6, root_);
    return v;
  }
  Atom store(const Atom& a) { return memo(a, stored_, true); }
  Atom load(const Atom& a) { return memo(a, loaded_, false); }
  void store_all(ProjectFacts& f) { map(f, true); }
  void load_all(ProjectFacts& f) { map(f, false); }

 private:
  Atom memo(const Atom& a, std::unordered_map<Atom, Atom>& m, bool storing) {
    if (root_.empty() || a.empty()) return a;
    auto [it, fresh] = m.try_emplace(a);
    if (fresh)
      it->second = Atom(storing ? store_path(a.str()) : load_path(a.str()));
    return it->second;
  }
  void map(ProjectFacts& f, bool storing) {
    if (root_.empty()) return;
    auto atom = [&](Atom& a) { a = storing ? store(a) : load(a); };
    auto text = [&](std::string& s) {
      s = storing ? store_path(s) : load_path(s);
    };
    for (RawUse& u : f.uses) atom(u.file), atom(u.target_file);
    for (RawUse& u : f.external_uses) atom(u.file), atom(u.target_file);
    for (DeclFact& d : f.decls) atom(d.file);
    for (ClassFact& c : f.classes) text(c.file);
    for (std::string& x : f.files) text(x);
  }
  std::string root_;
  PathMap map_;  // the facts file's rule: relative to the root where under it
  std::unordered_map<Atom, Atom> stored_, loaded_;
};

std::optional<std::string> read_all(const fs::path& p) {
  FileText file = read_file(p);
  if (!file.ok()) return std::nullopt;
  return std::move(file.text);
}

// Current stamp of `path`; the content hash is computed only when mtime or size
// moved.
Stamp current_stamp(const std::string& path, const Stamp* previous) {
  std::error_code ec;
  Stamp s;
  auto time = fs::last_write_time(path, ec);
  if (ec) return s;  // size -1: missing
  s.mtime = time.time_since_epoch().count();
  s.size = static_cast<std::int64_t>(fs::file_size(path, ec));
  if (ec) return Stamp{};
  if (previous && previous->mtime == s.mtime && previous->size == s.size) {
    s.hash = previous->hash;
    return s;
  }
  auto text = read_all(path);
  if (!text) return Stamp{};
  s.hash = fnv1a64(*text);
  return s;
}

Json to_json(const State& st, CachePaths& paths) {
  ProjectFacts stored = st.facts;
  paths.store_all(stored);
  TuFacts f;
  f.uses = std::move(stored.uses);
  f.decls = std::move(stored.decls);
  f.classes = std::move(stored.classes);
  f.files = std::move(stored.files);
  f.external_uses = std::move(stored.external_uses);
  const std::string facts = encode_facts(f);
  auto all = [&](std::vector<std::string> v) {
    for (auto& x : v) x = paths.store_path(x);
    return v;
  };
  Json tus = Json::object(), stamps = Json::object();
  for (const auto& [k, t] : st.tus)
    tus[k] = {paths.store_path(t.main_file),
              all(t.deps),
              t.failed,
              t.error_count,
              t.first_errors,
              all(t.include_dirs)};
  for (const auto& [p, s] : st.stamps)
    stamps[paths.store_path(p)] = {s.mtime, s.size, s.hash};
  return {{"facts",
           Json::binary(std::vector<std::uint8_t>(facts.begin(), facts.end()))},
          {"tus", tus},
          {"stamps", stamps}};
}

std::optional<State> from_json(const Json& j, CachePaths& paths) {
  const auto& bin = j.at("facts").get_binary();
  auto f = decode_facts(
      std::string_view(reinterpret_cast<const char*>(bin.data()), bin.size()));
  if (!f) return std::nullopt;
  State st;
  st.facts.uses = std::move(f->uses);
  st.facts.decls = std::move(f->decls);
  st.facts.classes = std::move(f->classes);
  st.facts.files = std::move(f->files);
  st.facts.external_uses = std::move(f->external_uses);
  paths.load_all(st.facts);
  auto all = [&](std::vector<std::string> v) {
    for (auto& x : v) x = paths.load_path(x);
    return v;
  };
  for (const auto& [k, t] : j.at("tus").items())
    st.tus[k] = {paths.load_path(t[0].get<std::string>()),
                 all(t[1].get<std::vector<std::string>>()),
                 t[2],
                 t[3],
                 paths.load_text(t[4].get<std::vector<std::string>>()),
                 all(t[5].get<std::vector<std::string>>())};
  for (const auto& [p, s] : j.at("stamps").items())
    st.stamps[paths.load_path(p)] = {s[0], s[1], s[2]};
  return st;
}

std::optional<State> load(const fs::path& file, CachePaths& paths,
                          std::string& note) {
  std::error_code ec;
  const auto status = fs::status(file, ec);
  if (status.type() == fs::file_type::not_found)
    return std::nullopt;  // a cold run: no note needed
  if (status.type() != fs::file_type::regular) {
    note = "cannot use the fact cache " + file.string() +
           ": another kind of file is in its place";
    return std::nullopt;
  }
  FileText read = read_file(file);
  if (!read.ok()) {
    note = "cannot read the fact cache " + file.string() + ": " +
           read.error_message();
    return std::nullopt;
  }
  std::optional<std::string> text = std::move(read.text);
  const std::size_t header = kMagic.size() + 17;
  if (text->size() < header || !text->starts_with(kMagic)) {
    note = "ignoring an unreadable fact cache " + file.string() +
           "; rebuilding it";
    return std::nullopt;
  }
  std::string_view payload = std::string_view(*text).substr(header);
  if (text->substr(kMagic.size(), 16) != hex64(fnv1a64(payload))) {
    note = "ignoring a corrupt fact cache " + file.string() + "; rebuilding it";
    return std::nullopt;
  }
  try {
    if (auto st = from_json(Json::from_msgpack(payload), paths)) {
      // Loaded paths are not sorted as stored ones were: "src/.." and
      // "/usr/.." swap places once the root is put back.
      // Rarely, and then only where a path outside the root decides.
      auto sorted = [](auto& v) {
        if (!std::is_sorted(v.begin(), v.end())) std::sort(v.begin(), v.end());
      };
      sorted(st->facts.uses);
      sorted(st->facts.external_uses);
      sorted(st->facts.decls);
      sorted(st->facts.classes);
      sorted(st->facts.files);
      return st;
    }
  } catch (const std::exception&) {
    // falls through: any malformed content is a corrupt cache
  }
  note = "ignoring a corrupt fact cache " + file.string() + "; rebuilding it";
  return std::nullopt;
}

// Deletes the least recently used cache files of `dir` until it fits
// `max_bytes`.
void evict(const fs::path& dir, const fs::path& keep, std::uint64_t max_bytes) {
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".facts") continue;
    total += e.file_size(ec);
    files.emplace_back(e.last_write_time(ec), e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& [time, path] : files) {
    if (total <= max_bytes) break;
    if (path == keep) continue;
    total -= fs::file_size(path, ec);
    fs::remove(path, ec);
  }
}

// Writes the cache; returns why it could not, or "".
std::string save(const fs::path& file, const State& st, CachePaths& paths,
                 std::uint64_t max_bytes) {
  std::vector<std::uint8_t> payload = Json::to_msgpack(to_json(st, paths));
  std::string_view view(reinterpret_cast<const char*>(payload.data()),
                        payload.size());
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  if (ec) return file.parent_path().string() + ": " + ec.message();
  // Atomic: a reader sees the old file or the new one, never a half-written
  // one.
  const fs::path tmp = file.string() + ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return tmp.string() + ": " + std::strerror(errno);
    out << kMagic << hex64(fnv1a64(view)) << '\n' << view;
    if (!out.flush()) {
      const std::string why = std::strerror(errno);
      fs::remove(tmp, ec);
      return tmp.string() + ": " + why;
    }
  }
  fs::rename(tmp, file, ec);
  if (ec) {
    const std::string why = ec.message();
    fs::remove(tmp, ec);
    return file.string() + ": " + why;
  }
  evict(file.parent_path(), file, max_bytes);
  return "";
}

template <typename T, typename Pred>
void erase_if_file(std::vector<T>& v, Pred drop) {
  v.erase(std::remove_if(v.begin(), v.end(),
                         [&](const T& x) { return drop(x.file); }),
          v.end());
}

}  // namespace

fs::path cache_file_for(const fs::path& dir, const std::string& root,
                        const std::string& key,
                        const std::vector<std::string>& db_paths) {
  std::vector<std::string> dbs;
  for (const auto& d : db_paths)
    dbs.push_back(fs::path(d).lexically_relative(root).string());
  std::sort(dbs.begin(), dbs.end());
  std::uint64_t h = fnv1a64(fs::path(root).filename().string());
  h = fnv1a64(key, fnv1a64("\n", h));
  for (const auto& d : dbs) h = fnv1a64(d, fnv1a64("\n", h));
  return dir / (hex64(h) + ".facts");
}

IndexRun index_incremental(const std::vector<CompileCommand>& commands,
                           const FrontendOptions& opts,
                           const CacheOptions& cache) {
  IndexRun run;
  State old;
  CachePaths paths(cache.root);
  if (cache.file) {
    std::string note;
    if (auto loaded = load(*cache.file, paths, note)) old = std::move(*loaded);
    if (!note.empty()) run.notes.push_back(std::move(note));
  }
  // Which TUs can be reused: same key, and every file they read has the same
  // content.
  std::unordered_map<std::string, Stamp>
      now;  // path -> current stamp, computed once
  std::unordered_set<std::string> changed;
  auto unchanged = [&](const std::string& path) {
    auto prev = old.stamps.find(path);
    const Stamp* p = prev == old.stamps.end() ? nullptr : &prev->second;
    auto [it, fresh] = now.try_emplace(path);
    if (fresh) it->second = current_stamp(path, p);
    bool same = p && it->second.size >= 0 && it->second.hash == p->hash;
    if (!same) changed.insert(path);
    return same;
  };
  State next;
  std::vector<CompileCommand> to_parse;
  std::vector<std::string> keys(commands.size());
  for (std::size_t i = 0; i < commands.size(); ++i)
    keys[i] = tu_key(commands[i], cache.root);
  // A TU gone from the compile DB, or whose command changed (a flag added or
  // removed), contributed facts to every project file it read, and the union
  // cannot tell its part from the others': those files are dirty, their facts
  // are dropped, and every TU that reads one is parsed again. Exact, at the
  // price of re-parsing what shares a project file with a changed command.
  const std::set<std::string> current(keys.begin(), keys.end());
  const std::set<std::string> project_files(old.facts.files.begin(),
                                            old.facts.files.end());
  std::unordered_set<std::string> dirty;
  for (const auto& [key, rec] : old.tus) {
    if (current.contains(key)) continue;
    for (const auto& d : rec.deps)
      if (project_files.contains(d)) dirty.insert(d);
    dirty.insert(rec.main_file);
  }
  changed.insert(dirty.begin(), dirty.end());
  for (std::size_t i = 0; i < commands.size(); ++i) {
    auto rec = old.tus.find(keys[i]);
    bool reuse = rec != old.tus.end();
    if (reuse)
      for (const auto& d : rec->second.deps)
        reuse = unchanged(d) && !dirty.contains(d) && reuse;
    if (reuse) {
      next.tus[keys[i]] = rec->second;
      if (rec->second.failed)
        run.failures.push_back({rec->second.main_file, rec->second.first_errors,
                                rec->second.error_count});
    } else {
      to_parse.push_back(commands[i]);
      changed.insert(commands[i].file);
    }
  }
  run.reused = static_cast<int>(commands.size() - to_parse.size());
  run.parsed = static_cast<int>(to_parse.size());
  // Parse what changed, recording what each TU read.
  FrontendOptions fe = opts;
  fe.observe = [&](const CompileCommand& cmd, const TuFacts& f) {
    TuRecord r{f.main_file,   f.dependencies, f.failed,
               f.error_count, f.first_errors, f.include_dirs};
    std::sort(r.deps.begin(), r.deps.end());
    r.deps.erase(std::unique(r.deps.begin(), r.deps.end()), r.deps.end());
    if (r.deps.empty())
      r.deps.push_back(cmd.file);  // unreadable main file: retry on change
    next.tus[tu_key(cmd, cache.root)] = std::move(r);
  };
  std::vector<TuFailure> new_failures;
  ProjectFacts fresh;
  if (!to_parse.empty() && opts.isolate)
    fresh = index_isolated(to_parse, fe, new_failures, &run.interrupted);
  else if (!to_parse.empty())
    fresh = index_all(to_parse, fe, new_failures);
  if (run.interrupted) return run;  // never save the facts of a run cut short
  run.failures.insert(run.failures.end(), new_failures.begin(),
                      new_failures.end());
  std::sort(
      run.failures.begin(), run.failures.end(),
      [](const TuFailure& a, const TuFailure& b) { return a.file < b.file; });
  // Old facts stay unless written in a changed file or in a file no current TU
  // reads.
  std::unordered_set<std::string> reached;
  for (const auto& [k, t] : next.tus)
    reached.insert(t.deps.begin(), t.deps.end());
  run.dependencies.assign(reached.begin(), reached.end());
  std::sort(run.dependencies.begin(), run.dependencies.end());
  auto stale = [&](const std::string& f) {
    return changed.contains(f) || !reached.contains(f);
  };
  erase_if_file(old.facts.uses, stale);
  erase_if_file(old.facts.decls, stale);
  erase_if_file(old.facts.classes, stale);
  std::erase_if(old.facts.files, stale);
  // An external use also goes when the header it found its target in changed:
  // every TU that reads that header was parsed again and says it anew.
  std::erase_if(old.facts.external_uses, [&](const RawUse& u) {
    return stale(u.file.str()) || changed.contains(u.target_file.str());
  });
  FactsMerger merger;
  for (ProjectFacts* part : {&old.facts, &fresh}) {
    TuFacts t;
    t.uses = std::move(part->uses);
    t.decls = std::move(part->decls);
    t.classes = std::move(part->classes);
    t.files = std::move(part->files);
    t.external_uses = std::move(part->external_uses);
    merger.add(std::move(t));
  }
  run.facts = std::move(merger).finish();
  run.facts.include_dirs.clear();
  for (const auto& [key, tu] : next.tus) {
    run.facts.include_dirs.insert(run.facts.include_dirs.end(),
                                  tu.include_dirs.begin(),
                                  tu.include_dirs.end());
    auto& dirs = run.include_dirs_by_file[tu.main_file];
    dirs.insert(dirs.end(), tu.include_dirs.begin(), tu.include_dirs.end());
  }
  std::sort(run.facts.include_dirs.begin(), run.facts.include_dirs.end());
  run.facts.include_dirs.erase(
      std::unique(run.facts.include_dirs.begin(), run.facts.include_dirs.end()),
      run.facts.include_dirs.end());
  run.facts.main_files.clear();
  for (const auto& c : commands) run.facts.main_files.push_back(c.file);
  std::sort(run.facts.main_files.begin(), run.facts.main_files.end());
  run.facts.main_files.erase(
      std::unique(run.facts.main_files.begin(), run.facts.main_files.end()),
      run.facts.main_files.end());
  run.facts.translation_units = static_cast<int>(commands.size());
  run.facts.parse_failures = static_cast<int>(run.failures.size());
  if (!cache.file) return run;
  // Save: stamps of every file a current TU reads.
  for (const auto& path : reached) {
    auto it = now.find(path);
    auto prev = old.stamps.find(path);
    next.stamps[path] =
        it != now.end()
            ? it->second
            : current_stamp(path,
                            prev == old.stamps.end() ? nullptr : &prev->second);
  }
  if (run.parsed == 0 && next.stamps == old.stamps &&
      next.tus.size() == old.tus.size()) {
    std::error_code ec;  // nothing changed: only mark the file as recently used
    fs::last_write_time(*cache.file, fs::file_time_type::clock::now(), ec);
    return run;
  }
  next.facts = run.facts;
  if (std::string why = save(*cache.file, next, paths, cache.max_bytes);
      !why.empty())
    run.notes.push_back(
        "cannot write the fact cache (" + why +
        "): every run is cold until it can be written; fix it, or "
        "use --cache-dir DIR or --no-cache");
  return run;
}

}  // namespace seams
