// Stages 4 to 6 (pipeline.h): link, module graph, rules; and analyze(), stages
// 1 to 5.
#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <ctime>

#include "graph/libraries.h"
#include "pipeline/pipeline.h"
#include "pipeline/plugins.h"
#include "reporters/score.h"
#include "rules/rule.h"
#include "rules/suppressions.h"

namespace seams {
namespace {

std::vector<std::string> relative_all(const std::vector<std::string>& abs,
                                      const std::string& root) {
  std::vector<std::string> out;
  out.reserve(abs.size());
  for (const auto& a : abs) out.push_back(relative_to_root(a, root));
  return out;
}

}  // namespace

std::vector<FileUse> link_project(const Inputs& in, const ProjectFacts& facts,
                                  Sink& sink) {
  std::vector<LinkNote> link_notes;
  // A dependent call's candidates count when they share a module.
  auto module_of = [&](const std::string& rel) -> std::optional<std::size_t> {
    const FileOwner o = in.map->peek(rel, looks_like_header(rel));
    if (o.cls != FileClass::owned) return std::nullopt;
    return static_cast<std::size_t>(o.module);
  };
  std::vector<FileUse> uses = link_uses(facts, in.root, &link_notes, module_of);
  if (sink.verbose())
    for (const LinkNote& n : link_notes)
      sink.note(
          fmt::format("{}:{}:{}: {}", n.file, n.line, n.column, n.message));
  sink.phase_done("link");
  return uses;
}

std::optional<Analysis> build_module_graph(Inputs in, const TuSelection& tus,
                                           Indexed indexed,
                                           const std::vector<FileUse>& uses,
                                           Diagnostics& diags, Sink& sink) {
  Analysis a;
  a.config = std::move(in.config);
  a.map = std::move(in.map);
  a.root = std::move(in.root);
  a.config_display = std::move(in.config_display);
  a.scoring = in.scoring;
  a.plugins = std::move(in.plugins);
  a.plugin_limits = in.plugin_limits;
  a.failures = std::move(indexed.failures);
  a.coverage = std::move(indexed.coverage);
  const ProjectFacts& facts = indexed.facts;
  a.translation_units = facts.translation_units;
  a.classes = facts.classes;
  for (auto& c : a.classes) c.file = relative_to_root(c.file, a.root);
  const auto mains = relative_all(facts.main_files, a.root);
  std::vector<std::string> files = relative_all(facts.files, a.root);
  files.insert(files.end(), mains.begin(), mains.end());
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  a.census = take_census(files, *a.map, mains, diags);
  a.census.excluded += tus.excluded;  // skipped before parsing
  a.graph = build_graph(uses, *a.map, mains, diags,
                        a.config->forward_declarations_are_dependencies);
  // Uses of code outside the root matter only to libraries and policies.
  if (!a.config->externals.empty() || !a.config->policies.empty())
    add_library_edges(a.graph, link_external_uses(facts, a.root),
                      facts.include_dirs, *a.map, mains, diags);
  a.interiors = measure_interiors(uses, files, mains, *a.map);
  a.files = std::move(files);
  if (!flush(diags, sink)) return std::nullopt;
  sink.phase_done("graph");
  if (sink.verbose()) {
    sink.note(fmt::format(
        "{} file dependencies, {} module edges; {} files owned, {} excluded, "
        "{} unowned",
        uses.size(), a.graph.edges().size(), a.census.owned, a.census.excluded,
        a.census.unowned.size()));
    for (const auto& f : a.census.unowned) sink.note("unowned file: " + f);
  }
  return a;
}

std::optional<Analysis> analyze(const AnalysisOptions& opts, Diagnostics& diags,
                                Sink& sink, std::vector<FileUse>* uses_out) {
  auto inputs = load_inputs(opts, diags, sink);
  if (!inputs) return std::nullopt;
  if (!opts.facts.empty()) {
    // Parsed elsewhere (seams index): the facts files stand for stages 2-3.
    auto facts =
        load_facts(opts.facts, PathMap{inputs->root, opts.prefix_maps}, diags);
    if (!facts) return flush(diags, sink), std::nullopt;
    sink.phase_done("parse");
    TuSelection tus;
    tus.excluded = static_cast<int>(facts->excluded.size());
    auto indexed = indexed_from_facts(*inputs, std::move(*facts), diags, sink);
    if (!indexed) return std::nullopt;
    std::vector<FileUse> uses = link_project(*inputs, indexed->facts, sink);
    auto a = build_module_graph(std::move(*inputs), tus, std::move(*indexed),
                                uses, diags, sink);
    if (uses_out) *uses_out = std::move(uses);
    return a;
  }
  auto tus = select_tus(*inputs, diags, sink);
  if (!tus) return std::nullopt;
  auto indexed = index_project(*inputs, *tus, opts, diags, sink);
  if (!indexed) return std::nullopt;
  std::vector<FileUse> uses = link_project(*inputs, indexed->facts, sink);
  auto a = build_module_graph(std::move(*inputs), *tus, std::move(*indexed),
                              uses, diags, sink);
  if (uses_out) *uses_out = std::move(uses);
  return a;
}

namespace {

// Today (UTC) for the `until` of policy exceptions: SOURCE_DATE_EPOCH when set
// (reproducible runs and tests), else the clock.
std::string today() {
  std::int64_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    const long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0') now = v;
  }
  return utc_date(now);
}

}  // namespace

std::optional<Report> make_report(const Analysis& a, Diagnostics& diags,
                                  Sink& sink) {
  Report r;
  r.map = a.map.get();
  r.graph = &a.graph;
  const std::vector<Suppression> suppressions =
      find_suppressions(a.root, a.files);
  const RuleInput in{*a.config,   *a.map,  a.graph,      a.config_display,
                     &a.failures, today(), &suppressions};
  RuleRun run = start_rules(in);
  if (!run_plugins(a, in, run, r.extra_rules, diags, sink)) return std::nullopt;
  r.findings = finish_rules(std::move(run), in);
  sink.phase_done("rules");
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

Report make_report(const Analysis& a, Sink& sink) {
  assert(a.plugins.empty());
  Diagnostics diags;
  return *make_report(a, diags, sink);
}

}  // namespace seams
