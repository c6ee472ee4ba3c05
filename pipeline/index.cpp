// Stage 3 (pipeline.h): facts of the project's TUs, then of the owned headers
// no TU reads.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include "analyzer/fact_cache.h"
#include "base/file_io.h"
#include "base/hash.h"
#include "base/version.h"
#include "pipeline/pipeline.h"

namespace seams {
namespace fs = std::filesystem;
namespace {

CacheOptions cache_options(const AnalysisOptions& opts, const std::string& root,
                           const std::vector<std::string>& db_paths,
                           const std::string& tag) {
  CacheOptions c;
  if (opts.no_cache || db_paths.empty()) return c;
  // Default: beside the (first) compile DB, i.e. inside the build directory.
  fs::path dir = opts.cache_dir.empty()
                     ? fs::path(db_paths.front()).parent_path() / ".seams-cache"
                     : fs::path(opts.cache_dir);
  // Each level keeps its own facts, and so does each part of a sharded
  // index (shards run side by side on one machine).
  c.file = cache_file_for(dir, root, opts.level + tag, db_paths);
  c.root = root;
  return c;
}

// libclang prints absolute paths; users read paths relative to the project.
void relativize(TuFailure& f, const std::string& root) {
  f.file = relative_to_root(f.file, root);
  for (auto& text : f.first_errors)
    for (std::size_t pos; (pos = text.find(root + "/")) != std::string::npos;)
      text.erase(pos, root.size() + 1);
}

// At most this many warnings for TUs (or headers) that failed, unless --verbose
// (report_failures).
constexpr std::size_t kFailureWarnings = 20;

// Facts of `extra` (headers parsed on their own) joined to `base`: their uses,
// declarations and files; never their main files (a header is no TU) or their
// TU counts.
void join_facts(ProjectFacts& base, ProjectFacts&& extra) {
  auto carry = [](ProjectFacts& f) {
    TuFacts t;
    t.uses = std::move(f.uses);
    t.decls = std::move(f.decls);
    t.classes = std::move(f.classes);
    t.files = std::move(f.files);
    t.external_uses = std::move(f.external_uses);
    t.include_dirs = std::move(f.include_dirs);
    return t;
  };
  FactsMerger merger;
  merger.add(carry(base));
  merger.add(carry(extra));
  ProjectFacts joined = std::move(merger).finish();
  joined.main_files = std::move(base.main_files);
  joined.translation_units = base.translation_units;
  joined.parse_failures = base.parse_failures;
  base = std::move(joined);
}

// The project files the facts read (relative to the root).
std::set<std::string> files_read(const ProjectFacts& facts,
                                 const std::string& root) {
  std::set<std::string> read;
  for (const auto& f : facts.files) read.insert(relative_to_root(f, root));
  for (const auto& f : facts.main_files) read.insert(relative_to_root(f, root));
  return read;
}

// Owned headers the TUs did not read, parsed on their own with the flags of
// the nearest TU of the whole selection (`all`): their facts go to `out`,
// their failures to `failures`, the files they read to `dependencies`.
void parse_unread_headers(
    const Inputs& in, const AnalysisOptions& opts, const std::string& cache_tag,
    const std::vector<CompileCommand>& all, const FrontendOptions& fe,
    std::vector<std::string> unread_headers, std::set<std::string> read,
    ProjectFacts& out,
    std::vector<std::pair<std::string, std::string>>& search_dirs,
    std::vector<TuFailure>& failures, std::vector<std::string>& dependencies,
    Sink& sink) {
  if (!unread_headers.empty() && sink.verbose())
    sink.note(fmt::format(
        "{} owned header{} no translation unit "
        "includes: parsing each on its own",
        unread_headers.size(), unread_headers.size() == 1 ? "" : "s"));
  // In rounds: first the headers no other unread header includes, whose parses
  // read the rest (a header-only library's internal headers through its public
  // ones; one parse instead of one per includer), then again with what is still
  // unread (a chain past clang's include-depth limit); after kRounds, all that
  // is left. Each round has its own cache file: its commands are the same on
  // every run of the same input.
  constexpr int kRounds = 16;
  for (int round = 0; !unread_headers.empty(); ++round) {
    std::vector<std::string> batch =
        round + 1 < kRounds ? include_roots(unread_headers, in.root)
                            : unread_headers;
    if (batch.empty()) batch = unread_headers;  // all in include cycles
    CacheOptions cache = cache_options(opts, in.root, in.db_paths, cache_tag);
    if (cache.file)
      cache.file->replace_extension(
          round == 0 ? ".headers.facts"
                     : fmt::format(".headers-{}.facts", round));
    IndexRun run = index_incremental(
        header_commands(batch, all, *in.map, in.root), fe, cache);
    sink.progress_done();
    sink.stop_if_interrupted();
    for (const std::string& note : run.notes) sink.warning(note);
    failures.insert(failures.end(), run.failures.begin(), run.failures.end());
    for (const auto& [header, dirs] : run.include_dirs_by_file)
      for (const auto& d : dirs) search_dirs.emplace_back(header, d);
    run.facts.include_dirs.clear();  // kept by header, to settle with it
    dependencies.insert(dependencies.end(), run.dependencies.begin(),
                        run.dependencies.end());
    join_facts(out, std::move(run.facts));
    const std::set<std::string> now_read = files_read(out, in.root);
    read.insert(now_read.begin(), now_read.end());
    const std::set<std::string> parsed(batch.begin(), batch.end());
    std::erase_if(unread_headers, [&](const std::string& h) {
      return parsed.contains(h) || read.contains(h);
    });
  }
}

// Every owned file analyzed (coverage.h), from the facts of the TUs and of
// the headers parsed alone: each file that could not be analyzed gets its
// reason; a header that needs its includer's context is not a broken TU but a
// warning, its partial facts kept.
Coverage measure_coverage(const Inputs& in, const ProjectFacts& facts,
                          std::vector<TuFailure> header_failures, Sink& sink) {
  const std::vector<std::string> owned = owned_files_on_disk(*in.map);
  const std::set<std::string> read = files_read(facts, in.root);
  std::map<std::string, std::string> reasons;
  for (const auto& f : owned)
    if (!read.contains(f) && !looks_like_header(f))
      reasons[f] = "not in the compile DB";
  std::size_t shown = 0;
  for (TuFailure& f : header_failures) {
    relativize(f, in.root);
    const std::string first =
        f.first_errors.empty() ? "" : f.first_errors.front();
    reasons[f.file] = "not self-contained: " + first;
    if (sink.verbose() || shown < kFailureWarnings) {
      ++shown;
      sink.warning(
          fmt::format("{}: not self-contained (no TU includes "
                      "it, and it does not parse on its own: {}); analyzed as "
                      "far as it parses",
                      f.file, first));
    }
  }
  if (header_failures.size() > shown)
    sink.warning(
        fmt::format("{} more headers are not self-contained; "
                    "--verbose lists them",
                    header_failures.size() - shown));
  Coverage c;
  for (const auto& f : owned) {
    const bool ok = read.contains(f) && !reasons.contains(f);
    if (!ok && !reasons.contains(f))
      reasons[f] = "no translation unit reads it";
    ++c.owned;
    c.analyzed += ok;
    FileOwner o = in.map->peek(f, looks_like_header(f));
    auto& [analyzed, total] = c.per_module[in.map->name(o.module)];
    ++total;
    analyzed += ok;
    if (!ok) c.not_analyzed.push_back({f, reasons[f]});
  }
  return c;
}

// For each owned header, the TU whose part parses it when that part's TUs do
// not read it. Headers that include one another, however indirectly, go
// together, so a part parses alone what one run over every TU parses alone:
// the TU is, of every header in the header's include component, the first
// C++ TU (by path) of its module, or for a module without TUs the TU it
// takes its flags from; of these the first by path and key.
std::vector<std::size_t> header_anchors(const std::vector<std::string>& headers,
                                        const std::vector<CompileCommand>& tus,
                                        const std::vector<std::string>& keys,
                                        const ModuleMap& map,
                                        const std::string& root) {
  std::vector<std::size_t> out = header_flag_sources(headers, tus, map, root);
  if (out.empty()) return out;
  std::map<std::size_t, std::size_t> first_of_module;  // module -> TU index
  std::vector<std::size_t> order(tus.size());
  for (std::size_t i = 0; i < tus.size(); ++i) order[i] = i;
  auto is_c = [&](std::size_t i) { return tus[i].file.ends_with(".c"); };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tuple(is_c(a), tus[a].file, keys[a]) <
           std::tuple(is_c(b), tus[b].file, keys[b]);
  });
  for (std::size_t i : order) {
    const FileOwner o = map.peek(relative_to_root(tus[i].file, root), false);
    if (o.cls == FileClass::owned)
      first_of_module.try_emplace(static_cast<std::size_t>(o.module), i);
  }
  for (std::size_t h = 0; h < headers.size(); ++h) {
    const FileOwner o = map.peek(headers[h], true);
    if (o.cls != FileClass::owned) continue;
    auto it = first_of_module.find(static_cast<std::size_t>(o.module));
    if (it != first_of_module.end()) out[h] = it->second;
  }
  const std::vector<std::size_t> component = include_components(headers, root);
  auto earlier = [&](std::size_t a, std::size_t b) {
    return std::tie(tus[a].file, keys[a]) < std::tie(tus[b].file, keys[b]);
  };
  std::map<std::size_t, std::size_t> anchor_of;  // component -> TU index
  for (std::size_t h = 0; h < headers.size(); ++h) {
    auto [it, fresh] = anchor_of.try_emplace(component[h], out[h]);
    if (!fresh && earlier(out[h], it->second)) it->second = out[h];
  }
  for (std::size_t h = 0; h < headers.size(); ++h)
    out[h] = anchor_of.at(component[h]);
  return out;
}

// A warning per failed TU, up to a limit: a compile DB of stale or generated
// entries can fail by the thousand, and a wall of identical warnings hides the
// summary. --verbose lists every one; the JSON report always does.
void report_failures(const std::vector<TuFailure>& failures, Sink& sink) {
  const std::size_t shown = sink.verbose()
                                ? failures.size()
                                : std::min(failures.size(), kFailureWarnings);
  for (std::size_t i = 0; i < shown; ++i) {
    const TuFailure& f = failures[i];
    sink.warning(fmt::format(
        "{}: failed to parse ({} error{}); its facts may be "
        "incomplete; first: {}",
        f.file, f.error_count, f.error_count == 1 ? "" : "s",
        f.first_errors.empty() ? std::string() : f.first_errors.front()));
  }
  if (shown < failures.size())
    sink.warning(
        fmt::format("... and {} more translation units failed to "
                    "parse (--verbose lists them all)",
                    failures.size() - shown));
}

}  // namespace

bool IndexPart::takes(const CompileCommand& c, const std::string& key) const {
  if (tus) return std::binary_search(tus->begin(), tus->end(), c.file);
  if (shards <= 1) return true;
  return std::stoull(key, nullptr, 16) % static_cast<unsigned>(shards) ==
         static_cast<unsigned>(shard - 1);
}

std::optional<std::vector<std::string>> read_tu_list(const fs::path& list,
                                                     const std::string& root,
                                                     const TuSelection& tus,
                                                     Diagnostics& diags) {
  FileText text = read_file(list);
  if (!text.ok()) {
    diags.error(
        list.string(), 0, 0,
        "cannot read the list of translation units: " + text.error_message());
    return std::nullopt;
  }
  std::set<std::string> known, excluded;
  for (const auto& c : tus.commands) known.insert(c.file);
  for (const auto& c : tus.excluded_commands) excluded.insert(c.file);
  std::vector<std::string> out;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < text.text.size()) {
    std::size_t end = text.text.find('\n', pos);
    if (end == std::string::npos) end = text.text.size();
    std::string line = text.text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (const auto hash = line.find('#'); hash != std::string::npos)
      line.erase(hash);
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) continue;
    const auto last = line.find_last_not_of(" \t\r");
    const std::string name = line.substr(first, last - first + 1);
    std::error_code ec;
    const fs::path p =
        fs::path(name).is_absolute() ? fs::path(name) : fs::path(root) / name;
    const fs::path real = fs::weakly_canonical(p, ec);
    const std::string file = ec ? p.lexically_normal().string() : real.string();
    if (excluded.contains(file)) continue;  // seams.yaml excludes it
    if (!known.contains(file)) {
      diags.error(list.string(), line_no, static_cast<int>(first) + 1,
                  fmt::format("'{}' is not a translation unit of the compile "
                              "DB inside the project root",
                              name),
                  line);
      continue;
    }
    out.push_back(file);
  }
  if (diags.has_errors()) return std::nullopt;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<PartFacts> index_part(const Inputs& in, const TuSelection& tus,
                                    const AnalysisOptions& opts,
                                    const IndexPart& part, Diagnostics& diags,
                                    Sink& sink) {
  PartFacts out;
  FactsFile& f = out.facts;
  f.seams_version = std::string(seams_version());
  f.libclang_version = libclang_version();
  f.level = opts.level;
  std::vector<CompileCommand> mine;
  std::vector<bool> taken(tus.commands.size());
  std::vector<std::string> keys(tus.commands.size());
  for (std::size_t i = 0; i < tus.commands.size(); ++i) {
    keys[i] = tu_key(tus.commands[i], in.root);
    if (!part.takes(tus.commands[i], keys[i])) continue;
    taken[i] = true;
    mine.push_back(tus.commands[i]);
    f.tus.push_back({tus.commands[i].file, keys[i]});
  }
  // A list names no excluded TU: every --tus part records them all (the
  // merge keeps each once).
  for (const auto& c : tus.excluded_commands) {
    const std::string key = tu_key(c, in.root);
    if (part.tus || part.takes(c, key)) f.excluded.push_back({c.file, key});
  }
  const std::uint64_t in_db =
      tus.commands.size() + tus.excluded_commands.size();
  if (part.tus)
    f.parts.push_back({0, 0, in_db});
  else
    f.parts.push_back({static_cast<std::uint64_t>(part.shard),
                       static_cast<std::uint64_t>(part.shards), in_db});
  std::string tag;
  if (part.tus)
    tag = "\ntus " + fs::absolute(part.tus_file)
                         .lexically_normal()
                         .lexically_relative(in.root)
                         .string();
  else if (part.shards > 1)
    tag = fmt::format("\nshard {}/{}", part.shard, part.shards);
  const ProjectScope scope{in.root};
  FrontendOptions fe{
      scope,
      opts.jobs > 0 ? opts.jobs
                    : static_cast<int>(std::thread::hardware_concurrency()),
      [&](std::size_t done, std::size_t total, const std::string& file) {
        sink.progress(done, total, relative_to_root(file, in.root));
      },
      {}};
  fe.isolate = true;  // a libclang crash or hang must cost one TU, not the run
  fe.tu_timeout_seconds = opts.tu_timeout;
  fe.level = opts.level == "includes" ? Level::includes : Level::symbols;
  IndexRun run = index_incremental(
      mine, fe, cache_options(opts, in.root, in.db_paths, tag));
  sink.progress_done();
  sink.stop_if_interrupted();
  sink.phase_done("parse");
  // Work thrown away is said even without --verbose: a cache that cannot be
  // read or written makes every run cold.
  for (const std::string& note : run.notes) sink.warning(note);
  if (sink.verbose())
    sink.note(
        fmt::format("parsed {} of {} translation units ({} from the "
                    "fact cache)",
                    run.parsed, mine.size(), run.reused));
  f.facts = std::move(run.facts);
  f.failures = std::move(run.failures);
  out.dependencies = std::move(run.dependencies);
  // The owned headers this part answers for that its TUs do not read.
  const std::set<std::string> read = files_read(f.facts, in.root);
  std::vector<std::string> owned_headers;
  for (const auto& h : owned_files_on_disk(*in.map))
    if (looks_like_header(h)) owned_headers.push_back(h);
  const bool any_unread =
      std::any_of(owned_headers.begin(), owned_headers.end(),
                  [&](const std::string& h) { return !read.contains(h); });
  if (!tus.commands.empty() && any_unread) {
    const bool whole = !part.tus && part.shards <= 1;
    // Anchored over every owned header, not only this part's unread ones:
    // every part must draw the same components. A run over every TU owns
    // them all (and need not read every header to know).
    const std::vector<std::size_t> anchor =
        whole ? std::vector<std::size_t>()
              : header_anchors(owned_headers, tus.commands, keys, *in.map,
                               in.root);
    std::vector<std::string> own;
    for (std::size_t i = 0; i < owned_headers.size(); ++i)
      if (!read.contains(owned_headers[i]) && (whole || taken[anchor[i]]))
        own.push_back(owned_headers[i]);
    parse_unread_headers(in, opts, tag, tus.commands, fe, std::move(own), read,
                         f.headers, f.header_include_dirs, f.header_failures,
                         out.dependencies, sink);
    std::sort(out.dependencies.begin(), out.dependencies.end());
    out.dependencies.erase(
        std::unique(out.dependencies.begin(), out.dependencies.end()),
        out.dependencies.end());
  }
  normalize(f);
  settle_header_facts(f);
  if (!flush(diags, sink)) return std::nullopt;
  return out;
}

std::optional<Indexed> indexed_from_facts(const Inputs& in, FactsFile f,
                                          Diagnostics& diags, Sink& sink) {
  Indexed out;
  out.facts = joined_facts(f);
  out.coverage =
      measure_coverage(in, out.facts, std::move(f.header_failures), sink);
  if (sink.verbose())
    for (const auto& [module, counts] : out.coverage.per_module)
      sink.note(fmt::format("coverage: {}: {} of {} owned files analyzed",
                            module, counts.first, counts.second));
  out.failures = std::move(f.failures);
  for (auto& x : out.failures) relativize(x, in.root);
  // In the order of what is shown: a root stripped from an error moves it.
  std::sort(out.failures.begin(), out.failures.end(),
            [](const TuFailure& a, const TuFailure& b) {
              return std::tie(a.file, a.error_count, a.first_errors) <
                     std::tie(b.file, b.error_count, b.first_errors);
            });
  report_failures(out.failures, sink);
  if (out.facts.translation_units == 0) {
    diags.error(
        "the facts hold no translation unit inside the project root; nothing "
        "to analyze");
    flush(diags, sink);
    return std::nullopt;
  }
  if (out.facts.parse_failures == out.facts.translation_units) {
    diags.error(fmt::format(
        "all {} translation units failed to parse; nothing could be analyzed",
        out.facts.translation_units));
    flush(diags, sink);
    return std::nullopt;
  }
  if (sink.verbose())
    sink.note(fmt::format("facts: {} uses, {} declarations, {} project files",
                          out.facts.uses.size(), out.facts.decls.size(),
                          out.facts.files.size()));
  return out;
}

std::optional<FactsFile> load_facts(const std::vector<std::string>& files,
                                    const PathMap& paths, Diagnostics& diags) {
  std::optional<FactsFile> acc;
  std::string acc_name;
  for (const std::string& name : files) {
    auto f = read_facts_file(name, paths, diags);
    if (!f) return std::nullopt;
    if (!acc) {
      acc = std::move(*f);
      acc_name = name;
    } else if (!merge_facts(*acc, std::move(*f), acc_name, name, diags)) {
      return std::nullopt;
    }
  }
  if (!acc) return std::nullopt;
  if (std::string why = incomplete_parts(*acc); !why.empty()) {
    diags.error(fmt::format(
        "{} {} not the facts of one whole compile DB: {}; merge the facts "
        "of every shard, each indexed from the same compile DB",
        fmt::join(files, ", "), files.size() == 1 ? "is" : "are", why));
    return std::nullopt;
  }
  // Facts mean what the seams and libclang that wrote them meant: another
  // version may record uses differently, and must parse again.
  if (acc->seams_version != seams_version()) {
    diags.error(acc_name, 0, 0,
                fmt::format("these facts were indexed by seams {}; this is "
                            "seams {}: index again with this seams",
                            acc->seams_version, seams_version()));
    return std::nullopt;
  }
  if (acc->libclang_version != libclang_version()) {
    diags.error(acc_name, 0, 0,
                fmt::format("these facts were indexed with '{}'; this seams "
                            "uses '{}': index again with this seams",
                            acc->libclang_version, libclang_version()));
    return std::nullopt;
  }
  return acc;
}

std::optional<Indexed> index_project(const Inputs& in, const TuSelection& tus,
                                     const AnalysisOptions& opts,
                                     Diagnostics& diags, Sink& sink) {
  auto part = index_part(in, tus, opts, IndexPart{}, diags, sink);
  if (!part) return std::nullopt;
  return indexed_from_facts(in, std::move(part->facts), diags, sink);
}

}  // namespace seams
