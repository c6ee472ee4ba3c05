#include "cli/phase_profile.h"

#include <fmt/format.h>
#include <sys/resource.h>

namespace seams {
namespace {

double seconds(const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; }

}  // namespace

PhaseProfile& PhaseProfile::instance() {
  static PhaseProfile profile;
  return profile;
}

PhaseProfile::PhaseProfile() : start_(now()) {}

PhaseProfile::Sample PhaseProfile::now() {
  Sample s;
  s.wall = std::chrono::steady_clock::now();
  rusage self{};
  rusage children{};
  getrusage(RUSAGE_SELF, &self);
  getrusage(RUSAGE_CHILDREN, &children);
  s.self_cpu = seconds(self.ru_utime) + seconds(self.ru_stime);
  s.children_cpu = seconds(children.ru_utime) + seconds(children.ru_stime);
  s.peak_rss_kb = self.ru_maxrss;  // Linux: kilobytes
  return s;
}

void PhaseProfile::end_phase(std::string_view name) {
  phases_.push_back({std::string(name), now()});
}

std::string PhaseProfile::summary() const {
  std::string out;
  Sample before = start_;
  auto line = [&](std::string_view name, const Sample& from, const Sample& to) {
    const double wall =
        std::chrono::duration<double>(to.wall - from.wall).count();
    out += fmt::format(
        "phase {:<8} {:8.2f} s wall, {:8.2f} s CPU in seams, {:8.2f} s CPU in "
        "workers; peak RSS {:6} MB\n",
        name, wall, to.self_cpu - from.self_cpu,
        to.children_cpu - from.children_cpu, to.peak_rss_kb / 1024);
  };
  for (const Phase& p : phases_) {
    line(p.name, before, p.end);
    before = p.end;
  }
  if (!phases_.empty()) line("total", start_, phases_.back().end);
  return out;
}

}  // namespace seams
