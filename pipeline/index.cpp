// Stage 3 (pipeline.h): facts of the project's TUs, then of the owned headers
// no TU reads.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "analyzer/fact_cache.h"
#include "pipeline/pipeline.h"

namespace seams {
namespace fs = std::filesystem;
namespace {

CacheOptions cache_options(const AnalysisOptions& opts, const std::string& root,
                           const std::vector<std::string>& db_paths) {
  CacheOptions c;
  if (opts.no_cache || db_paths.empty()) return c;
  // Default: beside the (first) compile DB, i.e. inside the build directory.
  fs::path dir = opts.cache_dir.empty()
                     ? fs::path(db_paths.front()).parent_path() / ".seams-cache"
                     : fs::path(opts.cache_dir);
  // Each level keeps its own facts.
  c.file = cache_file_for(dir, root + "\n" + opts.level, db_paths);
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

// Every owned file analyzed (coverage.h): the owned headers no TU read are
// parsed on their own with the flags of the nearest TU, their facts join
// `facts`, and each file that still could not be analyzed gets its reason.
Coverage cover_owned_files(const Inputs& in, const AnalysisOptions& opts,
                           const std::vector<CompileCommand>& commands,
                           const FrontendOptions& fe, ProjectFacts& facts,
                           Sink& sink) {
  const std::vector<std::string> owned = owned_files_on_disk(*in.map);
  std::set<std::string> read = files_read(facts, in.root);
  std::vector<std::string> unread_headers;
  std::map<std::string, std::string> reasons;
  for (const auto& f : owned) {
    if (read.contains(f)) continue;
    if (looks_like_header(f))
      unread_headers.push_back(f);
    else
      reasons[f] = "not in the compile DB";
  }
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
  std::size_t shown = 0, not_self_contained = 0;
  for (int round = 0; !unread_headers.empty(); ++round) {
    std::vector<std::string> batch =
        round + 1 < kRounds ? include_roots(unread_headers, in.root)
                            : unread_headers;
    if (batch.empty()) batch = unread_headers;  // all in include cycles
    CacheOptions cache = cache_options(opts, in.root, in.db_paths);
    if (cache.file)
      cache.file->replace_extension(
          round == 0 ? ".headers.facts"
                     : fmt::format(".headers-{}.facts", round));
    IndexRun run = index_incremental(
        header_commands(batch, commands, *in.map, in.root), fe, cache);
    sink.progress_done();
    sink.stop_if_interrupted();
    for (const std::string& note : run.notes) sink.warning(note);
    // A header that needs its includer's context is not a broken TU: a warning,
    // and its partial facts are kept.
    for (TuFailure& f : run.failures) {
      relativize(f, in.root);
      const std::string first =
          f.first_errors.empty() ? "" : f.first_errors.front();
      reasons[f.file] = "not self-contained: " + first;
      ++not_self_contained;
      if (sink.verbose() || shown < kFailureWarnings) {
        ++shown;
        sink.warning(fmt::format(
            "{}: not self-contained (no TU includes "
            "it, and it does not parse on its own: {}); analyzed as "
            "far as it parses",
            f.file, first));
      }
    }
    join_facts(facts, std::move(run.facts));
    read = files_read(facts, in.root);
    const std::set<std::string> parsed(batch.begin(), batch.end());
    std::erase_if(unread_headers, [&](const std::string& h) {
      return parsed.contains(h) || read.contains(h);
    });
  }
  if (not_self_contained > shown)
    sink.warning(
        fmt::format("{} more headers are not self-contained; "
                    "--verbose lists them",
                    not_self_contained - shown));
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

std::optional<Indexed> index_project(const Inputs& in, const TuSelection& tus,
                                     const AnalysisOptions& opts,
                                     Diagnostics& diags, Sink& sink) {
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
  IndexRun run = index_incremental(tus.commands, fe,
                                   cache_options(opts, in.root, in.db_paths));
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
                    run.parsed, tus.commands.size(), run.reused));
  Indexed out;
  out.facts = std::move(run.facts);
  out.coverage = cover_owned_files(in, opts, tus.commands, fe, out.facts, sink);
  if (sink.verbose())
    for (const auto& [module, counts] : out.coverage.per_module)
      sink.note(fmt::format("coverage: {}: {} of {} owned files analyzed",
                            module, counts.first, counts.second));
  out.failures = std::move(run.failures);
  for (auto& f : out.failures) relativize(f, in.root);
  report_failures(out.failures, sink);
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

}  // namespace seams
