// `seams which FILE...`: why each file belongs where it does. Needs only
// seams.yaml: prints the owning module, the glob that won, the globs that lost
// and whether the file is public, or that it is excluded, owned by no module or
// outside the project root.
//   src/billing/invoice.h: module 'billing', public
//     wins:   'src/billing/**' (seams.yaml:7:13)
//     loses:  '**/*.h' of module 'headers' (seams.yaml:11:13)
//     public: by 'src/billing/*.h' (seams.yaml:8:14)
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>

#include "analyzer/link.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "cli/exit_status.h"
#include "config/module_map.h"
#include "pipeline/pipeline.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

struct WhichOptions {
  std::string config;
  std::vector<std::string> files;
};

/// "seams.yaml:7:13"
std::string where(const Config& config, const PatternRef& p) {
  return fmt::format("{}:{}:{}", config.display_path, p.loc.line, p.loc.column);
}

/// "'src/**' (seams.yaml:7:13)"
std::string glob_at(const Config& config, const PatternRef& p) {
  return fmt::format("'{}' ({})", p.glob.pattern(), where(config, p));
}

void print_owned(const ModuleMap& map, const std::string& shown,
                 const Ownership& o) {
  const Config& config = map.config();
  const OwnerGlob& winner = o.matches.front();
  const std::string& owner = map.name(winner.module);
  fmt::print("{}: module '{}', {}\n", shown, owner,
             o.is_public ? "public" : "private");
  fmt::print("  wins:   {}\n", glob_at(config, *winner.pattern));
  for (std::size_t i = 1; i < o.matches.size(); ++i) {
    const OwnerGlob& g = o.matches[i];
    const bool tie =
        g.module != winner.module &&
        g.pattern->glob.specificity() == winner.pattern->glob.specificity();
    fmt::print("  {}  '{}' of module '{}' ({}){}\n",
               tie ? "ties: " : "loses:", g.pattern->glob.pattern(),
               map.name(g.module), where(config, *g.pattern),
               tie ? "; ambiguous: make one glob more specific" : "");
  }
  if (o.public_by != nullptr) {
    fmt::print("  public: by {}\n", glob_at(config, *o.public_by));
  } else if (map.module_config(winner.module).public_) {
    fmt::print("  public: no, none of the 'public' globs of '{}' matches\n",
               owner);
  } else {
    fmt::print(
        "  public: {}, '{}' has no 'public' list, so {}\n",
        o.is_public ? "yes" : "no", owner,
        o.is_public ? "its headers are public" : "only its headers are public");
  }
}

/// Prints what the config makes of `arg` (relative to the current directory,
/// or absolute).
void explain_file(const ModuleMap& map, const std::string& root,
                  const std::string& arg) {
  std::error_code ec;
  const fs::path abs = fs::weakly_canonical(fs::absolute(arg), ec);
  const std::string rel = relative_to_root(abs.string(), root);
  if (ec || rel == abs.string()) {
    fmt::print("{}: outside the project root\n", arg);
    return;
  }
  if (fs::is_directory(abs, ec)) {
    fmt::print("{}: a directory; globs match files\n", rel);
    return;
  }
  const Ownership o = map.explain(rel, looks_like_header(rel));
  switch (o.cls) {
    case FileClass::external:
      fmt::print("{}: outside the project root\n", arg);
      return;
    case FileClass::library:
      fmt::print("{}: code of the library '{}', claimed by {}\n", rel,
                 map.name(o.library->module),
                 glob_at(map.config(), *o.library->pattern));
      return;
    case FileClass::excluded:
      fmt::print("{}: excluded by {}\n", rel,
                 glob_at(map.config(), *o.excluded_by.front()));
      return;
    case FileClass::unowned:
      fmt::print("{}: owned by no module; no 'paths' glob matches it\n", rel);
      return;
    case FileClass::owned:
      print_owned(map, rel, o);
      return;
  }
}

int run_which(const WhichOptions& o) {
  Diagnostics diags;
  std::size_t printed = 0;
  auto path = config_path(o.config, diags);
  std::optional<Config> config;
  if (path) config = read_config(*path, diags);
  print_diagnostics(diags, printed);
  if (!config) return code(ExitStatus::bad_input);
  const ModuleMap map(*config);
  std::error_code ec;
  const std::string root = fs::weakly_canonical(config->root, ec).string();
  for (const std::string& file : o.files) explain_file(map, root, file);
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_which(CLI::App& app) {
  auto o = std::make_shared<WhichOptions>();
  CLI::App* cmd = app.add_subcommand(
      "which",
      "Show which module owns each FILE, by which glob, and whether it is "
      "public");
  cmd->add_option("--config", o->config,
                  "Path of seams.yaml (default: nearest seams.yaml)");
  cmd->add_option("files", o->files,
                  "Files, relative to the current directory or absolute")
      ->required();
  return [o] { return run_which(*o); };
}

}  // namespace seams
