// `seams suggest`: proposes module boundaries from the code — folders
// clustered by the uses between them and by how often git changed them
// together — as a draft seams.yaml, with a resolution sweep for coarser and
// finer splits and, when a seams.yaml exists, how far the suggestion is from
// it (MoJoFM) and the largest moves with their evidence.
#include "drafts/suggest.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "analyzer/coverage.h"
#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/console.h"
#include "cli/exit_status.h"
#include "cli/output.h"
#include "cli/terminal_sink.h"
#include "drafts/mojo.h"
#include "drafts/tree_draft.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

struct SuggestOptions {
  CommonOptions common;
  double resolution = 1.0;
  std::vector<double> sweep = {0.5, 1.0, 2.0};
  std::uint64_t seed = 1;
  std::vector<std::string> signals = {"uses", "co-change", "owners"};
  bool split_folders = false;
  std::size_t max_commit_files = 50;
  std::string output;  // the draft; default seams.suggested.yaml at the root
  std::string format = "text";
  bool no_config = false;  // --no-config
};

// Each node's current module: the one owning most of its files ("" = none).
std::vector<std::string> current_modules(const SuggestGraph& g,
                                         const ModuleMap& map) {
  std::vector<std::string> out;
  for (const SuggestGraph::Node& n : g.nodes) {
    std::map<std::string, std::size_t> count;
    for (const std::string& f : n.files) {
      const FileOwner o = map.peek(f, looks_like_header(f));
      if (o.cls == FileClass::owned) ++count[map.name(o.module)];
    }
    std::string best;
    std::size_t most = 0;
    for (const auto& [m, c] : count)
      if (c > most) {
        most = c;
        best = m;
      }
    out.push_back(best);
  }
  return out;
}

// The current modules as a partition of the nodes (nodes without one each
// alone, so they count as unplaced, never as one module).
std::vector<int> as_partition(const std::vector<std::string>& current) {
  std::map<std::string, int> ids;
  std::vector<int> out;
  for (std::size_t i = 0; i < current.size(); ++i) {
    const std::string key =
        current[i].empty() ? fmt::format("\x01{}", i) : current[i];
    out.push_back(ids.emplace(key, static_cast<int>(ids.size())).first->second);
  }
  return out;
}

std::string percent(double share) {
  return fmt::format("{:.1f}%", 100 * share);
}

int run_suggest(SuggestOptions o) {
  Diagnostics diags;
  std::size_t printed = 0;
  if (!o.output.empty() && !check_output_path(o.output))
    return code(ExitStatus::bad_input);
  // Code without a seams.yaml: every file in one module, so all are placed.
  const bool has_config = !o.no_config && (!o.common.analysis.config.empty() ||
                                           find_config(fs::current_path()));
  if (!has_config) {
    // Vendored folders stay out, as `seams init` leaves them out.
    DraftConfig all;
    all.exclude =
        draft_from_tree(source_files_on_disk(fs::current_path().string()))
            .exclude;
    all.modules.push_back({"all", {"**"}, {}, std::nullopt, "", {}});
    o.common.analysis.config = (fs::current_path() / "seams.yaml").string();
    o.common.analysis.config_text = draft_yaml(all);
  }
  TerminalSink sink(o.common.verbose);
  std::vector<FileUse> uses;
  auto analysis = analyze(o.common.analysis, diags, sink, &uses);
  if (!analysis) return code(ExitStatus::bad_input);
  std::vector<std::string> files;
  for (const std::string& f : analysis->files)
    if (analysis->map->peek(f, looks_like_header(f)).cls == FileClass::owned)
      files.push_back(f);
  SuggestSignals signals;
  auto wants = [&](const char* s) {
    return std::find(o.signals.begin(), o.signals.end(), s) != o.signals.end();
  };
  signals.uses = wants("uses");
  signals.co_change = wants("co-change");
  signals.owners = wants("owners");
  // Owners where seams.yaml names them: each file's module's `owners`.
  std::map<std::string, std::vector<std::string>> owners;
  if (has_config && signals.owners)
    for (const std::string& f : files) {
      const FileOwner fo = analysis->map->peek(f, looks_like_header(f));
      const auto& who = analysis->map->module_config(fo.module).owners;
      if (!who.empty()) owners[f] = who;
    }
  std::string signal_text;
  for (const std::string& s : o.signals)
    signal_text += (signal_text.empty() ? "" : ",") + s;
  signals.max_commit_files = o.max_commit_files;
  std::string history_note;
  const auto commits =
      signals.co_change
          ? history_commits(analysis->root, analysis->scoring, history_note)
          : std::vector<std::vector<std::string>>{};
  const SuggestGraph g =
      suggest_graph(files, uses, commits, owners, o.split_folders, signals);
  if (g.nodes.empty()) {
    diags.error("no owned file was analyzed: nothing to suggest modules for");
    print_diagnostics(diags, printed);
    return code(ExitStatus::bad_input);
  }
  if (!history_note.empty() && signals.co_change)
    sink.warning(fmt::format("no co-change from git ({}); clustering uses only",
                             history_note));
  const Partition chosen = suggest_partition(g, o.resolution, o.seed);
  std::vector<std::pair<double, Partition>> sweep;
  for (const double r : o.sweep)
    sweep.emplace_back(r, suggest_partition(g, r, o.seed));
  const std::vector<std::string> current =
      has_config ? current_modules(g, *analysis->map)
                 : std::vector<std::string>{};
  std::vector<std::string> names;
  DraftConfig draft = suggestion_draft(g, chosen, current, names);
  const char* unit = o.split_folders ? "stems" : "folders";
  draft.header = {
      fmt::format("Drafted by 'seams suggest' (resolution {}, seed {}, "
                  "signals: {}): {} {} clustered",
                  o.resolution, o.seed, signal_text, g.nodes.size(), unit),
      "by the uses between them and how often git changed them together. "
      "Review the names",
      "and boundaries; compare with 'seams check --config FILE'."};
  const std::vector<Move> moves =
      largest_moves(g, chosen, names, current, o.format == "json" ? 1000 : 10);
  std::optional<Partition> now;
  double similarity = 0;
  if (has_config) {
    now = partition_from(g, as_partition(current));
    similarity = mojofm(chosen.community, now->community);
  }
  // Shown as given, or relative to the current directory: the same text
  // wherever the checkout is.
  std::string out_path = o.output;
  if (out_path.empty()) {
    std::error_code ec;
    const fs::path p = fs::path(analysis->root) / "seams.suggested.yaml";
    const fs::path rel = p.lexically_relative(fs::current_path(ec));
    out_path = ec || rel.empty() ? p.string() : rel.string();
  }
  if (!write_output(out_path, draft_yaml(draft)))
    return code(ExitStatus::bad_input);

  if (o.format == "json") {
    nlohmann::ordered_json j;
    j["version"] = 1;
    j["resolution"] = o.resolution;
    j["seed"] = o.seed;
    j["signals"] = o.signals;
    j["owners_known"] = !owners.empty();
    j["nodes"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < g.nodes.size(); ++i)
      j["nodes"].push_back(
          {{"key", g.nodes[i].key},
           {"files", g.nodes[i].files},
           {"module", names[static_cast<std::size_t>(chosen.community[i])]},
           {"current", current.empty() ? "" : current[i]}});
    j["modules"] = chosen.count;
    j["modularity"] = chosen.modularity;
    j["crossing_share"] = chosen.crossing_share;
    j["uses"] = g.total_uses;
    j["commits"] = g.commits_used;
    j["sweep"] = nlohmann::ordered_json::array();
    for (const auto& [r, p] : sweep)
      j["sweep"].push_back({{"resolution", r},
                            {"modules", p.count},
                            {"modularity", p.modularity},
                            {"crossing_share", p.crossing_share},
                            {"community", p.community}});
    if (now)
      j["current"] = {{"modules", now->count},
                      {"modularity", now->modularity},
                      {"crossing_share", now->crossing_share},
                      {"mojofm", similarity}};
    else
      j["current"] = nullptr;
    j["moves"] = nlohmann::ordered_json::array();
    for (const Move& m : moves)
      j["moves"].push_back({{"node", m.node},
                            {"from", m.from},
                            {"to", m.to},
                            {"uses_with_to", m.with_to},
                            {"uses", m.total}});
    j["draft"] = out_path;
    fmt::print("{}\n", j.dump(2));
  } else {
    std::size_t file_count = 0;
    for (const auto& n : g.nodes) file_count += n.files.size();
    fmt::print(
        "seams suggest: {} modules for {} {} ({} files), from {:.0f} weighted "
        "uses{}; resolution {}, seed {}\n\n",
        chosen.count, g.nodes.size(), unit, file_count, g.total_uses,
        signals.co_change && history_note.empty()
            ? fmt::format(" and {} commits that changed several of them",
                          g.commits_used)
            : "",
        o.resolution, o.seed);
    fmt::print("{:>10}  {:>7}  {:>10}  {:>13}\n", "resolution", "modules",
               "modularity", "uses crossing");
    for (const auto& [r, p] : sweep)
      fmt::print("{:>10}  {:>7}  {:>10.3f}  {:>13}{}\n", r, p.count,
                 p.modularity, percent(p.crossing_share),
                 r == o.resolution ? "  (drafted)" : "");
    if (now)
      fmt::print(
          "\ncurrent seams.yaml: {} modules over these {}, modularity {:.3f}, "
          "uses crossing {}; the suggestion keeps {:.1f}% of it (MoJoFM)\n",
          now->count, unit, now->modularity, percent(now->crossing_share),
          similarity);
    if (!moves.empty()) {
      fmt::print("\nlargest moves:\n");
      for (const Move& m : moves)
        fmt::print(
            "  {} -> {} (now {}): {:.0f} of its {:.0f} weighted uses "
            "are with {}\n",
            m.node, m.to, m.from, m.with_to, m.total, m.to);
    }
    fmt::print(
        "\nwrote {} ({} modules); review it, then try it with 'seams "
        "check --config {}'\n",
        out_path, draft.modules.size(), out_path);
  }
  print_diagnostics(diags, printed);
  print_profile(o.common);
  return code(ExitStatus::ok);
}

}  // namespace

Runner register_suggest(CLI::App& app) {
  auto o = std::make_shared<SuggestOptions>();
  CLI::App* cmd = app.add_subcommand("suggest",
                                     "Propose module boundaries: folders "
                                     "clustered by their uses and co-change "
                                     "(Louvain), as a draft seams.yaml");
  add_common_options(*cmd, o->common);
  cmd->add_option("--resolution", o->resolution,
                  "Modularity resolution of the draft: greater gives more, "
                  "smaller modules (default 1)")
      ->check(CLI::Range(0.01, 100.0));
  cmd->add_option("--sweep", o->sweep,
                  "Resolutions to compare in the table (default 0.5 1 2)")
      ->check(CLI::Range(0.01, 100.0));
  cmd->add_option("--seed", o->seed,
                  "Seed of the node order (default 1): the same seed, the "
                  "same result");
  cmd->add_option("--signals", o->signals,
                  "What ties folders together, a comma-separated list of "
                  "uses, co-change and owners (default: all three; owners "
                  "where seams.yaml names them)")
      ->delimiter(',')
      ->check(CLI::IsMember({"uses", "co-change", "owners"}));
  cmd->add_flag("--split-folders", o->split_folders,
                "Cluster files (a header and its source together) instead of "
                "folders");
  cmd->add_option("--max-commit-files", o->max_commit_files,
                  "Ignore commits touching more files than this (default 50)")
      ->check(CLI::Range(2, 1000000));
  cmd->add_option("-o,--output", o->output,
                  "Where to write the draft (default: seams.suggested.yaml at "
                  "the project root)");
  cmd->add_flag("--no-config", o->no_config,
                "Ignore any seams.yaml: place every file under the current "
                "directory, as for code without one (no current modules, no "
                "owners)")
      ->excludes(cmd->get_option("--config"));
  cmd->add_option("--format", o->format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  return [o] { return run_suggest(*o); };
}

}  // namespace seams
