// Implements the pipeline (see pipeline.h).
#include "cli/pipeline.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "analyzer/compile_db.h"
#include "analyzer/coverage.h"
#include "analyzer/fact_cache.h"
#include "analyzer/link.h"
#include "cli/console.h"
#include "cli/phase_profile.h"
#include "config/ownership.h"
#include "rules/rule.h"

namespace seams {
namespace fs = std::filesystem;

void add_common_options(CLI::App& app, CommonOptions& opts) {
  app.add_option("-p", opts.compile_dbs,
                 "Build directory or compile_commands.json; repeat to union "
                 "several builds "
                 "(default: ./ then ./build/)");
  app.add_option("--config", opts.config,
                 "Path of seams.yaml (default: nearest seams.yaml)");
  app.add_option("-j,--jobs", opts.jobs, "Parser threads (default: all cores)")
      ->check(CLI::Range(0, 1024));
  app.add_flag("-v,--verbose", opts.verbose,
               "Print the compile DBs, dropped flags, per-stage counts and "
               "unowned files");
  app.add_option(
      "--cache-dir", opts.cache_dir,
      "Where to keep the fact cache (default: .seams-cache/ in the build "
      "directory of the first -p)");
  app.add_flag(
      "--no-cache", opts.no_cache,
      "Parse every translation unit; neither read nor write the cache");
  app.add_option(
         "--level", opts.level,
         "symbols: every include, symbol and macro use (default); "
         "includes: include edges only, from a preprocessor pass (much "
         "faster; cannot see symbols reached through transitive includes)")
      ->check(CLI::IsMember({"symbols", "includes"}));
  app.add_option(
         "--tu-timeout", opts.tu_timeout,
         "Seconds a translation unit may take before its parser process is "
         "killed and the TU reported as failed (default: 600)")
      ->check(CLI::Validator(
          [](std::string& s) -> std::string {
            // CLI::PositiveNumber lets "nan" and "inf" through; a timeout
            // must be a number of seconds a clock can reach.
            double v = 0;
            std::size_t used = 0;
            try {
              v = std::stod(s, &used);
            } catch (const std::exception&) {
              used = 0;
            }
            if (used != s.size() || !std::isfinite(v) || v <= 0 || v > 1e7)
              return "must be a positive number of seconds (at most "
                     "10000000), not '" +
                     s + "'";
            return "";
          },
          "SECONDS"));
  app.add_flag("--profile", opts.profile,
               "Print where the run's time and memory went, per phase "
               "(inputs, parse, link, graph, rules, output), to stderr");
  app.add_option("--color", opts.color,
                 "Colour the output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

namespace {

std::size_t g_printed =
    0;  // diagnostics printed so far (one pipeline per process)

bool checkpoint(const Diagnostics& diags) {
  print_diagnostics(diags, g_printed);
  return !diags.has_errors();
}

void verbose(const CommonOptions& opts, const std::string& text) {
  if (opts.verbose) fmt::print(stderr, "seams: {}\n", text);
}

std::optional<std::vector<CompileCommand>> load_commands(
    const CommonOptions& opts, Diagnostics& diags,
    std::vector<std::string>& db_paths) {
  std::vector<std::string> values = opts.compile_dbs;
  if (values.empty()) values.push_back("");
  std::vector<CompileCommand> all;
  for (const auto& v : values) {
    auto path = locate_compile_db(v, diags);
    if (!path) continue;
    db_paths.push_back(path->string());
    auto commands = load_compile_db(*path, diags);
    if (!commands) continue;
    verbose(opts, fmt::format("compile DB {}: {} {}", path->string(),
                              commands->size(),
                              commands->size() == 1 ? "entry" : "entries"));
    all.insert(all.end(), std::make_move_iterator(commands->begin()),
               std::make_move_iterator(commands->end()));
  }
  if (diags.has_errors()) return std::nullopt;
  dedupe_commands(all);
  return all;
}

// Keeps the TUs whose main file belongs to the project (or is generated in its
// build directory) and is not excluded: nothing outside can create a module
// edge, and parsing it would only cost time.
std::vector<CompileCommand> project_commands(std::vector<CompileCommand> all,
                                             const ProjectScope& scope,
                                             const ModuleMap& map,
                                             const CommonOptions& opts,
                                             Diagnostics& diags,
                                             int& excluded) {
  std::vector<CompileCommand> kept;
  int outside = 0;
  excluded = 0;
  for (auto& c : all) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(c.file, ec);
    std::string file = ec ? c.file : real.string();
    // Generated sources in the build directory (unity builds, generated code)
    // include project files, so they are analyzed even when the build dir is
    // outside the root.
    const ProjectScope build_dir{
        fs::weakly_canonical(fs::path(c.db_path).parent_path(), ec).string()};
    // CMake's precompiled-header TUs only build the PCH; their header is
    // analyzed through the TUs that force-include it (as clangd does).
    const bool pch_tu =
        fs::path(file).filename().string().starts_with("cmake_pch.");
    if (pch_tu || (!scope.contains(file) && !build_dir.contains(file))) {
      ++outside;
      continue;
    }
    if (map.classify(relative_to_root(file, scope.root), false, diags).cls ==
        FileClass::excluded) {
      ++excluded;
      continue;
    }
    c.file = file;
    kept.push_back(std::move(c));
  }
  verbose(
      opts,
      fmt::format(
          "{} translation unit{} to analyze ({} outside the project root, {} "
          "excluded)",
          kept.size(), kept.size() == 1 ? "" : "s", outside, excluded));
  if (opts.verbose) {
    std::set<std::string> dropped;
    for (const auto& c : kept) {
      auto d = clang_arguments(c).dropped;
      dropped.insert(d.begin(), d.end());
    }
    if (!dropped.empty())
      verbose(opts, fmt::format("dropped GCC-only flags clang rejects: {}",
                                fmt::join(dropped, " ")));
    verbose(opts, fmt::format("resource dir: {}", clang_resource_dir()));
  }
  return kept;
}

CacheOptions cache_options(const CommonOptions& opts, const std::string& root,
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

// At most this many warnings for TUs (or headers) that failed, unless
// --verbose (report_failures).
constexpr std::size_t kFailureWarnings = 20;

// Facts of `extra` (headers parsed on their own) joined to `base`: their uses,
// declarations and files; never their main files (a header is no TU) or
// their TU counts.
void join_facts(ProjectFacts& base, ProjectFacts&& extra) {
  auto carry = [](ProjectFacts& f) {
    TuFacts t;
    t.uses = std::move(f.uses);
    t.decls = std::move(f.decls);
    t.classes = std::move(f.classes);
    t.files = std::move(f.files);
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

// Every owned file analyzed (coverage.h): the owned headers no TU read are
// parsed on their own with the flags of the nearest TU, their facts join
// `facts`, and each file that still could not be analyzed gets its reason.
Coverage cover_owned_files(const Analysis& a, const CommonOptions& opts,
                           const std::vector<CompileCommand>& commands,
                           const FrontendOptions& fe,
                           const std::vector<std::string>& db_paths,
                           ProjectFacts& facts) {
  const std::vector<std::string> owned = owned_files_on_disk(*a.map);
  std::set<std::string> read;
  for (const auto& f : facts.files) read.insert(relative_to_root(f, a.root));
  for (const auto& f : facts.main_files)
    read.insert(relative_to_root(f, a.root));
  std::vector<std::string> unread_headers;
  std::map<std::string, std::string> reasons;
  for (const auto& f : owned) {
    if (read.contains(f)) continue;
    if (looks_like_header(f))
      unread_headers.push_back(f);
    else
      reasons[f] = "not in the compile DB";
  }
  if (!unread_headers.empty())
    verbose(opts, fmt::format("{} owned header{} no translation unit "
                              "includes: parsing each on its own",
                              unread_headers.size(),
                              unread_headers.size() == 1 ? "" : "s"));
  // In rounds: first the headers no other unread header includes, whose parses
  // read the rest (a header-only library's internal headers through its public
  // ones; one parse instead of one per includer), then again with what is still
  // unread (a chain past clang's include-depth limit); after kRounds, all that
  // is left. Each round has its own cache file: its commands are the same on
  // every run of the same input.
  constexpr int kRounds = 16;
  std::size_t shown = 0, not_self_contained = 0;
  for (int round = 0; !unread_headers.empty(); ++round) {
    std::vector<std::string> batch = round + 1 < kRounds
                                         ? include_roots(unread_headers, a.root)
                                         : unread_headers;
    if (batch.empty()) batch = unread_headers;  // all in include cycles
    CacheOptions cache = cache_options(opts, a.root, db_paths);
    if (cache.file)
      cache.file->replace_extension(
          round == 0 ? ".headers.facts"
                     : fmt::format(".headers-{}.facts", round));
    ProgressLine progress(true);
    FrontendOptions header_fe = fe;
    header_fe.progress = [&](std::size_t done, std::size_t total,
                             const std::string& file) {
      progress.update(done, total, relative_to_root(file, a.root));
    };
    IndexRun run = index_incremental(
        header_commands(batch, commands, *a.map, a.root), header_fe, cache);
    progress.finish();
    exit_if_interrupted();
    for (const std::string& note : run.notes)
      fmt::print(stderr, "seams: warning: {}\n", note);
    // A header that needs its includer's context is not a broken TU: a
    // warning, and its partial facts are kept.
    for (TuFailure& f : run.failures) {
      relativize(f, a.root);
      const std::string first =
          f.first_errors.empty() ? "" : f.first_errors.front();
      reasons[f.file] = "not self-contained: " + first;
      ++not_self_contained;
      if (opts.verbose || shown < kFailureWarnings) {
        ++shown;
        fmt::print(stderr,
                   "seams: warning: {}: not self-contained (no TU includes "
                   "it, and it does not parse on its own: {}); analyzed as "
                   "far as it parses\n",
                   f.file, first);
      }
    }
    join_facts(facts, std::move(run.facts));
    read.clear();
    for (const auto& f : facts.files) read.insert(relative_to_root(f, a.root));
    for (const auto& f : facts.main_files)
      read.insert(relative_to_root(f, a.root));
    const std::set<std::string> parsed(batch.begin(), batch.end());
    std::erase_if(unread_headers, [&](const std::string& h) {
      return parsed.contains(h) || read.contains(h);
    });
  }
  if (not_self_contained > shown)
    fmt::print(stderr,
               "seams: warning: {} more headers are not self-contained; "
               "--verbose lists them\n",
               not_self_contained - shown);
  Coverage c;
  for (const auto& f : owned) {
    const bool ok = read.contains(f) && !reasons.contains(f);
    if (!ok && !reasons.contains(f))
      reasons[f] = "no translation unit reads it";
    ++c.owned;
    c.analyzed += ok;
    FileOwner o = a.map->peek(f, looks_like_header(f));
    auto& [analyzed, total] = c.per_module[a.map->name(o.module)];
    ++total;
    analyzed += ok;
    if (!ok) c.not_analyzed.push_back({f, reasons[f]});
  }
  return c;
}

// A warning per failed TU, up to a limit: a compile DB of stale or generated
// entries can fail by the thousand, and a wall of identical warnings hides the
// summary. --verbose lists every one; the JSON report always does.

void report_failures(const std::vector<TuFailure>& failures, bool all) {
  const std::size_t shown =
      all ? failures.size() : std::min(failures.size(), kFailureWarnings);
  for (std::size_t i = 0; i < shown; ++i) {
    const TuFailure& f = failures[i];
    fmt::print(
        stderr,
        "seams: warning: {}: failed to parse ({} error{}); its facts may be "
        "incomplete; first: {}\n",
        f.file, f.error_count, f.error_count == 1 ? "" : "s",
        f.first_errors.empty() ? std::string() : f.first_errors.front());
  }
  if (shown < failures.size())
    fmt::print(stderr,
               "seams: warning: ... and {} more translation units failed to "
               "parse (--verbose lists them all)\n",
               failures.size() - shown);
}

std::vector<std::string> relative_all(const std::vector<std::string>& abs,
                                      const std::string& root) {
  std::vector<std::string> out;
  out.reserve(abs.size());
  for (const auto& a : abs) out.push_back(relative_to_root(a, root));
  return out;
}

}  // namespace

std::optional<fs::path> config_path(const std::string& flag,
                                    Diagnostics& diags) {
  if (!flag.empty()) return fs::path(flag);
  if (auto found = find_config(fs::current_path())) {
    std::error_code ec;
    fs::path rel = fs::relative(*found, fs::current_path(), ec);
    return ec || rel.empty() ? *found : rel;
  }
  diags.error(
      "no seams.yaml in the current directory or any parent; write one (see "
      "README.md) or "
      "pass --config");
  return std::nullopt;
}

std::optional<Analysis> analyze(const CommonOptions& opts, Diagnostics& diags) {
  Analysis a;
  // Config and module map.
  auto cfg_path = config_path(opts.config, diags);
  if (!cfg_path) return checkpoint(diags), std::nullopt;
  auto config = load_config(*cfg_path, diags);
  if (!checkpoint(diags) || !config) return std::nullopt;
  a.config = std::make_unique<Config>(std::move(*config));
  a.map = std::make_unique<ModuleMap>(*a.config);
  std::error_code ec;
  a.root = fs::weakly_canonical(a.config->root, ec).string();
  a.config_display = relative_to_root(
      fs::weakly_canonical(a.config->path, ec).string(), a.root);
  verbose(opts, fmt::format("config {}: {} modules, project root {}",
                            cfg_path->string(), a.map->size(), a.root));
  // Globs that match nothing and modules that own nothing: warnings.
  const std::size_t walked = check_ownership(*a.map, diags);
  verbose(opts, fmt::format("ownership: {} files on disk checked against the "
                            "globs",
                            walked));
  checkpoint(diags);
  // Compile DBs.
  std::vector<std::string> db_paths;
  auto all = load_commands(opts, diags, db_paths);
  if (!checkpoint(diags) || !all) return std::nullopt;
  PhaseProfile::instance().end_phase("inputs");
  const ProjectScope scope{a.root};
  int excluded_tus = 0;
  auto commands = project_commands(std::move(*all), scope, *a.map, opts, diags,
                                   excluded_tus);
  if (commands.empty()) {
    diags.error(
        "the compile DB has no translation unit inside the project root " +
        a.root + "; nothing to analyze");
    return checkpoint(diags), std::nullopt;
  }
  // Facts from libclang.
  ProgressLine progress(true);
  FrontendOptions fe{
      scope,
      opts.jobs > 0 ? opts.jobs
                    : static_cast<int>(std::thread::hardware_concurrency()),
      [&](std::size_t done, std::size_t total, const std::string& file) {
        progress.update(done, total, relative_to_root(file, a.root));
      },
      {}};
  fe.isolate = true;  // a libclang crash or hang must cost one TU, not the run
  fe.tu_timeout_seconds = opts.tu_timeout;
  fe.level = opts.level == "includes" ? Level::includes : Level::symbols;
  IndexRun run =
      index_incremental(commands, fe, cache_options(opts, a.root, db_paths));
  progress.finish();
  exit_if_interrupted();
  PhaseProfile::instance().end_phase("parse");
  // Work thrown away is said even without --verbose: a cache that cannot be
  // read or written makes every run cold.
  for (const std::string& note : run.notes)
    fmt::print(stderr, "seams: warning: {}\n", note);
  verbose(opts, fmt::format("parsed {} of {} translation units ({} from the "
                            "fact cache)",
                            run.parsed, commands.size(), run.reused));
  ProjectFacts facts = std::move(run.facts);
  a.coverage = cover_owned_files(a, opts, commands, fe, db_paths, facts);
  if (opts.verbose)
    for (const auto& [module, counts] : a.coverage.per_module)
      verbose(opts, fmt::format("coverage: {}: {} of {} owned files analyzed",
                                module, counts.first, counts.second));
  std::vector<TuFailure> failures = std::move(run.failures);
  for (auto& f : failures) relativize(f, a.root);
  report_failures(failures, opts.verbose);
  a.failures = std::move(failures);
  a.translation_units = facts.translation_units;
  a.classes = facts.classes;
  for (auto& c : a.classes) c.file = relative_to_root(c.file, a.root);
  if (facts.parse_failures == facts.translation_units) {
    diags.error(fmt::format(
        "all {} translation units failed to parse; nothing could be analyzed",
        facts.translation_units));
    return checkpoint(diags), std::nullopt;
  }
  verbose(opts, fmt::format("facts: {} uses, {} declarations, {} project files",
                            facts.uses.size(), facts.decls.size(),
                            facts.files.size()));
  // Links, files -> modules, module graph.
  std::vector<LinkNote> link_notes;
  // A dependent call's candidates count when they share a module.
  auto module_of = [&](const std::string& rel) -> std::optional<std::size_t> {
    const FileOwner o = a.map->peek(rel, looks_like_header(rel));
    if (o.cls != FileClass::owned) return std::nullopt;
    return static_cast<std::size_t>(o.module);
  };
  const auto uses = link_uses(facts, a.root, &link_notes, module_of);
  if (opts.verbose)
    for (const LinkNote& n : link_notes)
      verbose(opts,
              fmt::format("{}:{}:{}: {}", n.file, n.line, n.column, n.message));
  PhaseProfile::instance().end_phase("link");
  const auto mains = relative_all(facts.main_files, a.root);
  std::vector<std::string> files = relative_all(facts.files, a.root);
  files.insert(files.end(), mains.begin(), mains.end());
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  a.census = take_census(files, *a.map, mains, diags);
  a.census.excluded += excluded_tus;  // skipped before parsing
  a.graph = build_graph(uses, *a.map, mains, diags,
                        a.config->forward_declarations_are_dependencies);
  a.interiors = measure_interiors(uses, files, mains, *a.map);
  if (!checkpoint(diags)) return std::nullopt;
  PhaseProfile::instance().end_phase("graph");
  verbose(
      opts,
      fmt::format(
          "{} file dependencies, {} module edges; {} files owned, {} excluded, "
          "{} unowned",
          uses.size(), a.graph.edges().size(), a.census.owned,
          a.census.excluded, a.census.unowned.size()));
  for (const auto& f : a.census.unowned) verbose(opts, "unowned file: " + f);
  return a;
}

void print_profile(const CommonOptions& opts) {
  PhaseProfile::instance().end_phase("output");
  if (!opts.profile) return;
  std::string text = PhaseProfile::instance().summary();
  for (std::size_t start = 0, end; start < text.size(); start = end + 1) {
    end = text.find('\n', start);
    fmt::print(stderr, "seams: {}\n", text.substr(start, end - start));
  }
}

Report make_report(const Analysis& a) {
  Report r;
  r.map = a.map.get();
  r.graph = &a.graph;
  r.findings =
      run_rules({*a.config, *a.map, a.graph, a.config_display, &a.failures});
  PhaseProfile::instance().end_phase("rules");
  r.failures = a.failures;
  Summary& s = r.summary;
  s.translation_units = a.translation_units;
  s.files = a.census.owned + static_cast<int>(a.census.unowned.size());
  s.modules = static_cast<int>(a.map->size());
  s.parse_failures = static_cast<int>(a.failures.size());
  s.unowned_files = static_cast<int>(a.census.unowned.size());
  s.excluded_files = a.census.excluded;
  s.owned_files = a.coverage.owned;
  s.analyzed_files = a.coverage.analyzed;
  r.not_analyzed = a.coverage.not_analyzed;
  count_findings(r);
  return r;
}

}  // namespace seams
