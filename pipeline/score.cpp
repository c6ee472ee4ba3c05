// Stage 7 (pipeline.h): metrics -> git history -> scores, the same for `seams
// score` and `seams report`.
#include <fmt/format.h>

#include "pipeline/pipeline.h"

namespace seams {
namespace {

GitHistory history_for(const Analysis& a, bool read_history, Sink& sink) {
  if (!read_history) {
    GitHistory none;
    none.note = "git history not read (--no-history)";
    return none;
  }
  GitHistory h = read_git_history(
      a.root, {a.scoring.churn_window_days, a.scoring.max_commits, "git"});
  if (!sink.verbose()) return h;
  if (!h.available)
    sink.note(
        fmt::format("{}; modules without a declared value get 3", h.note));
  else
    sink.note(fmt::format("git history: {} commits in {} days{}",
                          h.commits.size(), a.scoring.churn_window_days,
                          h.capped ? " (capped by max_commits)" : ""));
  return h;
}

}  // namespace

Scoring score_project(const Analysis& a, bool read_history, Sink& sink) {
  Scoring s;
  s.metrics = compute_metrics(a.graph, *a.map, a.classes, a.interiors);
  s.history = history_for(a, read_history, sink);
  s.scores = score_modules({a.graph, *a.map, s.metrics, s.history, a.scoring});
  return s;
}

}  // namespace seams
