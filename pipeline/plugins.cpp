// Implements the plugin stage (see plugins.h).
#include "pipeline/plugins.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "analyzer/worker_pool.h"
#include "base/text.h"
#include "plugins/input_document.h"
#include "plugins/runner.h"
#include "rules/policy.h"

namespace seams {
namespace {

namespace fs = std::filesystem;

bool executable(const std::string& path, std::string& why) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    why = "no such file";
  } else if (!fs::is_regular_file(st)) {
    why = "not a regular file";
  } else if (access(path.c_str(), X_OK) != 0) {
    why = "not executable (chmod +x it, and give a script a #! line)";
  } else {
    return true;
  }
  return false;
}

// `rules:` entries "NAME/RULE" for a rule plugin NAME does not declare.
void check_rule_entries(const Config& config, const PluginSpec& plugin,
                        const std::vector<RuleDescription>& declared,
                        Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const RuleDescription& d : declared) ids.push_back(d.id);
  for (const auto& [id, loc] : config.rule_locs) {
    if (rule_namespace(id) != plugin.name ||
        std::find(ids.begin(), ids.end(), id) != ids.end())
      continue;
    diags.error(
        config.display_path, loc.line, loc.column,
        fmt::format("unknown rule '{}': plugin '{}' declares no rule "
                    "'{}'{}",
                    id, plugin.name, id.substr(plugin.name.size() + 1),
                    hint_or_list(did_you_mean(id, ids), "its rules", ids)),
        read_source_line(config.display_path, loc.line));
  }
}

}  // namespace

std::optional<std::vector<PluginSpec>> plugin_specs(
    const std::vector<std::string>& paths, Diagnostics& diags) {
  std::vector<PluginSpec> out;
  std::map<std::string, std::string> seen;  // name -> path
  for (const std::string& path : paths) {
    std::string why;
    auto spec = plugin_spec(path, why);
    if (spec && !executable(path, why)) spec.reset();
    if (!spec) {
      diags.error(fmt::format("--plugin '{}': {}", escape_controls(path), why));
      continue;
    }
    if (auto [it, fresh] = seen.emplace(spec->name, path); !fresh) {
      diags.error(fmt::format(
          "--plugin '{}': another plugin, '{}', has the "
          "name '{}'; rename one",
          escape_controls(path), escape_controls(it->second), spec->name));
      continue;
    }
    out.push_back(std::move(*spec));
  }
  if (diags.has_errors()) return std::nullopt;
  return out;
}

bool run_plugins(const Analysis& a, const RuleInput& in, RuleRun& run,
                 std::vector<RuleDescription>& rules, Diagnostics& diags,
                 Sink& sink) {
  if (a.plugins.empty()) return true;
  std::vector<Finding> builtin = run.findings;
  sort_findings(builtin, *a.map);
  const PluginProject project{*a.config, *a.map, a.graph, a.files,
                              a.config_display};
  for (const PluginSpec& plugin : a.plugins) {
    const auto opts = a.config->plugin_options.find(plugin.name);
    const std::string input = plugin_input(
        project, builtin, plugin.name,
        opts == a.config->plugin_options.end() ? "" : opts->second.json);
    const AnswerContext ctx{plugin, *a.map, a.files, a.config_display};
    auto answer = run_plugin(
        ctx, a.root, input, a.plugin_limits, &interrupt_signal(),
        [&](std::string_view line) {
          sink.info(fmt::format("plugin {}: {}", plugin.name, line));
        },
        diags);
    sink.stop_if_interrupted();
    if (answer) check_rule_entries(*a.config, plugin, answer->rules, diags);
    if (!flush(diags, sink) || !answer) return false;
    if (sink.verbose())
      sink.note(fmt::format("plugin {}: {} rules, {} findings", plugin.name,
                            answer->rules.size(), answer->findings.size()));
    std::vector<std::string> ids;
    for (const RuleDescription& d : answer->rules) ids.push_back(d.id);
    add_external_findings(run, in, plugin.name, ids,
                          std::move(answer->findings));
    rules.insert(rules.end(), answer->rules.begin(), answer->rules.end());
  }
  std::sort(rules.begin(), rules.end(),
            [](const RuleDescription& x, const RuleDescription& y) {
              return x.id < y.id;
            });
  return true;
}

}  // namespace seams
