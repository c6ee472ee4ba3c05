// Stages 1 and 2 (pipeline.h): the config, the module map and the compile DBs;
// the project's translation units.
#include <fmt/format.h>

#include <filesystem>
#include <set>

#include "config/ownership.h"
#include "pipeline/pipeline.h"
#include "pipeline/plugins.h"
#include "rules/rule.h"

namespace seams {
namespace fs = std::filesystem;
namespace {

std::optional<std::vector<CompileCommand>> load_commands(
    const AnalysisOptions& opts, Diagnostics& diags, Sink& sink,
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
    if (sink.verbose())
      sink.note(fmt::format("compile DB {}: {} {}", path->string(),
                            commands->size(),
                            commands->size() == 1 ? "entry" : "entries"));
    all.insert(all.end(), std::make_move_iterator(commands->begin()),
               std::make_move_iterator(commands->end()));
  }
  if (diags.has_errors()) return std::nullopt;
  dedupe_commands(all);
  return all;
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

std::optional<Config> read_config(
    const fs::path& path, Diagnostics& diags,
    const std::optional<std::vector<PluginSpec>>& plugins) {
  ConfigVocabulary vocabulary = config_vocabulary();
  if (plugins) {
    vocabulary.plugins.emplace();
    for (const PluginSpec& p : *plugins) vocabulary.plugins->push_back(p.name);
  }
  return load_config(path, vocabulary, diags);
}

std::optional<Inputs> load_inputs(const AnalysisOptions& opts,
                                  Diagnostics& diags, Sink& sink) {
  auto checkpoint = [&] { return flush(diags, sink); };
  Inputs in;
  std::optional<std::vector<PluginSpec>> plugins;
  if (opts.plugins) {
    plugins = plugin_specs(*opts.plugins, diags);
    if (!checkpoint() || !plugins) return std::nullopt;
    in.plugins = *plugins;
    in.plugin_limits.timeout_seconds = opts.plugin_timeout;
  }
  auto cfg_path = opts.config_text ? std::optional<fs::path>(opts.config)
                                   : config_path(opts.config, diags);
  if (!cfg_path) return checkpoint(), std::nullopt;
  auto config = opts.config_text
                    ? load_config_from_string(*opts.config_text, *cfg_path,
                                              config_vocabulary(), diags)
                    : read_config(*cfg_path, diags, plugins);
  if (!checkpoint() || !config) return std::nullopt;
  in.config = std::make_unique<Config>(std::move(*config));
  // The scoring keys are part of the config: a misspelled one is an error for
  // every subcommand, not only for those that score.
  auto scoring = scoring_options(*in.config, diags);
  if (!checkpoint() || !scoring) return std::nullopt;
  in.scoring = *scoring;
  in.map = std::make_unique<ModuleMap>(*in.config);
  std::error_code ec;
  in.root = fs::weakly_canonical(in.config->root, ec).string();
  in.config_display = relative_to_root(
      fs::weakly_canonical(in.config->path, ec).string(), in.root);
  if (sink.verbose())
    sink.note(fmt::format("config {}: {} modules, project root {}",
                          cfg_path->string(), in.map->size(), in.root));
  // Globs that match nothing and modules that own nothing: warnings.
  const std::size_t walked = check_ownership(*in.map, diags);
  if (sink.verbose())
    sink.note(
        fmt::format("ownership: {} files on disk checked against the "
                    "globs",
                    walked));
  checkpoint();
  if (!opts.facts.empty()) {
    // The facts were parsed elsewhere: no compile DB is needed, or read.
    if (!opts.compile_dbs.empty()) {
      diags.error(
          "-p and --facts exclude each other: --facts analyzes facts "
          "files that 'seams index' wrote, without a compile DB");
      return checkpoint(), std::nullopt;
    }
    sink.phase_done("inputs");
    return in;
  }
  auto all = load_commands(opts, diags, sink, in.db_paths);
  if (!checkpoint() || !all) return std::nullopt;
  in.commands = std::move(*all);
  sink.phase_done("inputs");
  return in;
}

// Keeps the TUs whose main file belongs to the project (or is generated in its
// build directory) and is not excluded: nothing outside can create a module
// edge, and parsing it would only cost time.
std::optional<TuSelection> select_tus(const Inputs& in, Diagnostics& diags,
                                      Sink& sink) {
  const ProjectScope scope{in.root};
  TuSelection s;
  int outside = 0;
  for (const CompileCommand& original : in.commands) {
    CompileCommand c = original;
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
    if (in.map->classify(relative_to_root(file, scope.root), false, diags)
            .cls == FileClass::excluded) {
      ++s.excluded;
      c.file = file;
      s.excluded_commands.push_back(std::move(c));
      continue;
    }
    c.file = file;
    s.commands.push_back(std::move(c));
  }
  if (sink.verbose()) {
    sink.note(fmt::format(
        "{} translation unit{} to analyze ({} outside the project root, {} "
        "excluded)",
        s.commands.size(), s.commands.size() == 1 ? "" : "s", outside,
        s.excluded));
    std::set<std::string> dropped;
    for (const auto& c : s.commands) {
      auto d = clang_arguments(c).dropped;
      dropped.insert(d.begin(), d.end());
    }
    if (!dropped.empty())
      sink.note(fmt::format("dropped GCC-only flags clang rejects: {}",
                            fmt::join(dropped, " ")));
    sink.note(fmt::format("resource dir: {}", clang_resource_dir()));
  }
  if (s.commands.empty()) {
    diags.error(
        "the compile DB has no translation unit inside the project root " +
        in.root + "; nothing to analyze");
    flush(diags, sink);
    return std::nullopt;
  }
  return s;
}

}  // namespace seams
