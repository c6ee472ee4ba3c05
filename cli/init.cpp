// `seams init`: a starter seams.yaml for a codebase that has none, from its
// folders or (`--from cmake`) from the targets its CMake build declares; then
// analyzes the code against it, writes today's violations as the baseline (so
// `seams check --baseline` passes from day one, as Packwerk's todo files do)
// and prints what the code does against what the draft declares.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "analyzer/coverage.h"
#include "base/file_io.h"
#include "base/text.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/console.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/terminal_sink.h"
#include "drafts/cmake_draft.h"
#include "drafts/observed.h"
#include "drafts/tree_draft.h"
#include "rules/baseline.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
  CommonOptions common;
  std::string from = "tree";  // tree | cmake
  bool force = false;
  bool observed = false;
  bool no_layers = false;
};

// The CMake build directory: the first -p (a directory, or the directory of a
// compile_commands.json), else ./build or ./ where CMake configured one.
std::optional<fs::path> cmake_build_dir(const InitOptions& o,
                                        const fs::path& root) {
  if (!o.common.analysis.compile_dbs.empty()) {
    fs::path p = o.common.analysis.compile_dbs.front();
    if (p.filename() == "compile_commands.json") p = p.parent_path();
    return fs::absolute(p);
  }
  std::error_code ec;
  for (const fs::path& d : {root / "build", root})
    if (fs::exists(d / "CMakeCache.txt", ec)) return d;
  return std::nullopt;
}

struct Drafted {
  DraftConfig config;
  std::optional<CMakeDraft> cmake;  // --from cmake
  std::string source;               // what it was drafted from, for messages
};

std::optional<Drafted> draft(const InitOptions& o, const fs::path& root,
                             Diagnostics& diags) {
  Drafted d;
  if (o.from == "tree") {
    d.config = draft_from_tree(source_files_on_disk(root.string()));
    d.source = "the folders under the project root";
    d.config.header = {
        "Drafted by 'seams init' from the folders of the project: one module "
        "per top-level",
        "source folder. Review the modules, then declare what each may use "
        "(depends_on) and",
        "what others may use of it (public); docs/design.md has the schema."};
    if (d.config.modules.empty()) {
      diags.error(root.string(), 0, 0,
                  "no C or C++ file under the project root to draft modules "
                  "from");
      return std::nullopt;
    }
    return d;
  }
  auto build = cmake_build_dir(o, root);
  if (!build) {
    diags.error(root.string(), 0, 0,
                "no CMake build directory: give it with -p BUILD_DIR");
    return std::nullopt;
  }
  auto model = query_cmake_codemodel(*build, diags);
  if (!model) return std::nullopt;
  d.cmake = draft_from_cmake(*model, root.string());
  d.config = d.cmake->config;
  // Relative to the root, "../build" too: the same text wherever the
  // checkout is.
  std::string shown =
      fs::weakly_canonical(*build).lexically_relative(root).string();
  if (shown.empty()) shown = build->string();
  d.source = fmt::format("the CMake targets of {}", shown);
  d.config.header = {
      fmt::format("Drafted by 'seams init --from cmake' from the CMake build "
                  "in {}{}:",
                  shown,
                  model->configuration.empty()
                      ? ""
                      : fmt::format(" ({})", model->configuration)),
      "one module per target, depends_on from the links the build declares "
      "(transitive",
      "mode: what a target links, and what those link, builds today). Review "
      "it; docs/design.md",
      "has the schema."};
  if (d.config.modules.empty()) {
    diags.error(build->string(), 0, 0,
                "the CMake build has no library or executable target with C or "
                "C++ sources under the project root");
    return std::nullopt;
  }
  return d;
}

// Prints, for --from cmake, what the code uses against what the build links.
void print_links(const CMakeDraft& cmake, const ModuleGraph& graph,
                 const ModuleMap& map) {
  std::vector<std::string> transitive, undeclared, unlisted;
  std::set<std::pair<std::string, std::string>> used;
  for (const ModuleEdge& e : graph.edges()) {
    const std::string& a = map.name(e.from);
    const std::string& b = map.name(e.to);
    used.emplace(a, b);
    // A use between files the targets list themselves, not held only by
    // folder: an unlisted header may be a header-only target's (the
    // codemodel leaves those out) or a target's that is not configured (a
    // test helper).
    auto lists = [&](const std::string& module, const std::string& file) {
      auto it = cmake.listed.find(module);
      if (it != cmake.listed.end() && it->second.count(file) > 0) return true;
      auto dirs = cmake.public_dirs.find(module);
      return dirs != cmake.public_dirs.end() &&
             std::any_of(dirs->second.begin(), dirs->second.end(),
                         [&](const std::string& d) {
                           return file.starts_with(d + "/");
                         });
    };
    const bool any_listed = std::any_of(
        e.evidence.begin(), e.evidence.end(), [&](const Evidence& ev) {
          return lists(a, ev.file) && lists(b, ev.target);
        });
    auto has = [&](const std::map<std::string, std::vector<std::string>>& m) {
      auto it = m.find(a);
      return it != m.end() && std::find(it->second.begin(), it->second.end(),
                                        b) != it->second.end();
    };
    const std::string line =
        fmt::format("  {} -> {}: {}", a, b, plural(e.uses(), "use", "uses"));
    if (has(cmake.direct_links)) continue;
    (has(cmake.all_links) ? transitive
     : any_listed         ? undeclared
                          : unlisted)
        .push_back(line);
  }
  std::vector<std::string> unused;
  for (const auto& [a, links] : cmake.direct_links)
    for (const std::string& b : links)
      if (!used.count({a, b}))
        unused.push_back(fmt::format("  {} -> {}", a, b));
  fmt::print(
      "\nuses the build links only transitively ({}; allowed by "
      "depends_on_mode: transitive):\n",
      transitive.size());
  for (const std::string& l : transitive) fmt::print("{}\n", l);
  fmt::print(
      "\nuses the build does not link at all ({}; in the baseline as "
      "undeclared-dependency):\n",
      undeclared.size());
  for (const std::string& l : undeclared) fmt::print("{}\n", l);
  fmt::print(
      "\nuses the build does not link, through files no target lists (a "
      "header-only INTERFACE target's, which CMake's codemodel leaves out, "
      "or a target not configured, such as a test helper; {}; in the "
      "baseline too):\n",
      unlisted.size());
  for (const std::string& l : unlisted) fmt::print("{}\n", l);
  fmt::print("\nlinks the code never uses ({}):\n", unused.size());
  for (const std::string& l : unused) fmt::print("{}\n", l);
  if (!cmake.skipped.empty()) {
    fmt::print("\ntargets that are no module ({}):\n", cmake.skipped.size());
    for (const std::string& s : cmake.skipped) fmt::print("  {}\n", s);
  }
}

void print_modules(const DraftConfig& d, const Analysis& a) {
  std::map<std::string, std::size_t> files;  // the files analyzed
  for (const std::string& f : a.files) {
    const FileOwner o = a.map->peek(f, looks_like_header(f));
    if (o.cls == FileClass::owned) ++files[a.map->name(o.module)];
  }
  fmt::print("modules ({}):\n", d.modules.size());
  for (const DraftModule& m : d.modules) {
    std::string paths;
    for (const std::string& p : m.paths)
      paths += (paths.empty() ? "" : ", ") + p;
    fmt::print("  {}: {}{}{}\n", m.name, paths,
               m.layer.empty() ? "" : fmt::format(" [{}]", m.layer),
               fmt::format(" ({})", plural(files[m.name], "file", "files")));
  }
}

int run_init(InitOptions o) {
  Diagnostics diags;
  std::size_t printed = 0;
  auto fail = [&] {
    print_diagnostics(diags, printed);
    return code(ExitStatus::bad_input);
  };
  const fs::path config =
      fs::absolute(o.common.analysis.config.empty() ? "seams.yaml"
                                                    : o.common.analysis.config)
          .lexically_normal();
  const fs::path root = fs::weakly_canonical(config.parent_path());
  const fs::path baseline = config.parent_path() / "seams-baseline.json";
  std::error_code ec;
  for (const fs::path& p : {config, baseline})
    if (fs::exists(p, ec) && !o.force)
      diags.error(p.string(), 0, 0,
                  "exists; 'seams init --force' replaces it (after you have "
                  "kept what you need)");
  if (diags.has_errors()) return fail();
  if (!check_output_path(config.string()) ||
      !check_output_path(baseline.string()))
    return code(ExitStatus::bad_input);
  auto drafted = draft(o, root, diags);
  if (!drafted) return fail();
  if (o.from == "cmake" && o.common.analysis.compile_dbs.empty())
    if (auto build = cmake_build_dir(o, root))
      o.common.analysis.compile_dbs = {build->string()};
  // From here a failure puts back what was there (with --force, the old
  // files): the run leaves the project as it found it, or with both new files.
  std::vector<std::pair<fs::path, std::optional<std::string>>> before;
  for (const fs::path& p : {config, baseline}) {
    std::optional<std::string> old;
    if (fs::exists(p, ec)) {
      FileText t = read_file(p);
      if (!t.ok()) {
        diags.error(p.string(), 0, 0,
                    fmt::format("cannot read: {}", t.error_message()));
        return fail();
      }
      old = std::move(t.text);
    }
    before.emplace_back(p, std::move(old));
  }
  auto undo = [&] {
    for (const auto& [p, old] : before)
      if (old)
        write_output(p.string(), *old);
      else
        fs::remove(p, ec);
    return fail();
  };
  if (!write_output(config.string(), draft_yaml(drafted->config)))
    return undo();
  o.common.analysis.config = config.string();
  TerminalSink sink(o.common.verbose);
  auto analysis = analyze(o.common.analysis, diags, sink);
  if (!analysis) return undo();
  if (o.observed)
    depend_on_observed(drafted->config, analysis->map->names(),
                       analysis->graph);
  if (!o.no_layers)
    layer_by_levels(drafted->config, analysis->map->names(), analysis->graph);
  if (o.observed || !o.no_layers) {
    // The same modules and globs with what was observed declared: the graph
    // and its module ids stay valid.
    if (!write_output(config.string(), draft_yaml(drafted->config)))
      return undo();
    auto reread = read_config(config, diags);
    if (!reread) return undo();
    analysis->config = std::make_unique<Config>(std::move(*reread));
    analysis->map = std::make_unique<ModuleMap>(*analysis->config);
  }
  const Report report = make_report(*analysis, sink);
  const Baseline accepted = make_baseline(report.findings, *analysis->map);
  if (!write_output(baseline.string(), baseline_json(accepted))) return undo();
  int violations = 0;
  for (const BaselineEntry& e : accepted.entries) violations += e.count;
  const std::string config_shown = config.filename().string();
  fmt::print(
      "seams init: wrote {} ({} from {}) and {} ({} accepted)\n\n",
      config_shown, plural(drafted->config.modules.size(), "module", "modules"),
      drafted->source, baseline.filename().string(),
      plural(static_cast<std::size_t>(violations), "violation", "violations"));
  print_modules(drafted->config, *analysis);
  if (drafted->cmake)
    print_links(*drafted->cmake, analysis->graph, *analysis->map);
  fmt::print(
      "\nnext steps:\n"
      "  1. review {0}: module names, paths, public headers; 'seams which "
      "FILE' explains who owns a file\n"
      "  2. seams check --baseline {1}    # passes today; fails on new "
      "violations\n"
      "  3. seams graph --format dot | dot -Tsvg > modules.svg; seams report "
      "-o report.html\n"
      "  4. declare what each module may use (depends_on), run 'seams "
      "baseline --update' as violations get fixed\n",
      config_shown, baseline.filename().string());
  print_diagnostics(diags, printed);
  print_profile(o.common);
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_init(CLI::App& app) {
  auto o = std::make_shared<InitOptions>();
  CLI::App* cmd = app.add_subcommand(
      "init",
      "Write a starter seams.yaml (one module per source folder, or per CMake "
      "target) and the baseline of today's violations, so 'check' passes from "
      "day one");
  add_input_options(*cmd, o->common);
  cmd->get_option("--config")
      ->description(
          "Where to write seams.yaml; its folder is the project root (default: "
          "./seams.yaml)");
  cmd->add_option("--from", o->from,
                  "tree: one module per top-level source folder (default); "
                  "cmake: one per library target of the build directory (-p), "
                  "from CMake's File API")
      ->check(CLI::IsMember({"tree", "cmake"}));
  cmd->add_flag("--force", o->force,
                "Replace an existing seams.yaml and seams-baseline.json");
  cmd->add_flag("--observed", o->observed,
                "Declare in depends_on what each module uses today");
  cmd->add_flag("--no-layers", o->no_layers,
                "Do not derive layers from the module graph's levels");
  return [o] { return run_init(*o); };
}

}  // namespace seams
