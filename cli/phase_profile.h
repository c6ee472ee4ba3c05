// Where a run's time and memory go, phase by phase (config and compile DB,
// parse, link, graph, rules, output), for `--verbose` and the performance
// notes. Wall time, CPU time of seams and of its worker processes, and the
// process's peak RSS when each phase ended: a peak that jumps in one phase
// names the phase that holds the memory.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

class PhaseProfile {
 public:
  /// The profile of this run (one per process).
  static PhaseProfile& instance();

  /// Ends the current phase and names it.
  void end_phase(std::string_view name);

  /// One line per phase ended so far, then a total.
  std::string summary() const;

 private:
  PhaseProfile();
  struct Sample {
    std::chrono::steady_clock::time_point wall;
    double self_cpu = 0;      // seconds, user + system
    double children_cpu = 0;  // seconds, user + system, reaped workers
    long peak_rss_kb = 0;     // this process only
  };
  static Sample now();
  struct Phase {
    std::string name;
    Sample end;
  };
  Sample start_;
  std::vector<Phase> phases_;
};

}  // namespace seams
