// Implements console.h.
#include "cli/console.h"

#include <fmt/format.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "analyzer/worker_pool.h"
#include "base/text.h"

namespace seams {

void print_diagnostic(const Diagnostic& d) {
  const char* level = d.level == DiagLevel::error     ? "error"
                      : d.level == DiagLevel::warning ? "warning"
                                                      : "note";
  fmt::print(stderr, "seams: {}: {}{}\n", level, format_location(d),
             shorten(d.message));
  if (!d.source_line.empty()) {
    const SourceExcerpt shown = excerpt(d.source_line, d.column);
    fmt::print(stderr, "    {}\n", shown.text);
    if (shown.column > 0) {
      // Keep tabs so the caret lines up under the source line.
      std::string pad;
      for (int i = 0;
           i + 1 < shown.column && i < static_cast<int>(shown.text.size()); ++i)
        pad += shown.text[i] == '\t' ? '\t' : ' ';
      fmt::print(stderr, "    {}^\n", pad);
    }
  }
  std::fflush(stderr);
}

void print_diagnostics(const Diagnostics& diags, std::size_t& printed) {
  const auto& all = diags.all();
  for (; printed < all.size(); ++printed) print_diagnostic(all[printed]);
}

namespace {
extern "C" void on_signal(int sig) { interrupt_signal().store(sig); }
}  // namespace

void install_signal_handlers() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags =
      0;  // no SA_RESTART: poll() returns EINTR and the pool notices at once
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

void exit_if_interrupted() {
  if (int sig = interrupt_signal().load()) {
    fmt::print(stderr, "\nseams: interrupted ({}); nothing was written\n",
               strsignal(sig));
    std::exit(128 + sig);
  }
}

bool use_color(const std::string& when, bool writing_to_stdout) {
  if (when == "always") return true;
  if (when == "never" || !writing_to_stdout) return false;
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR") &&
         !(term && std::string_view(term) == "dumb");
}

ProgressLine::ProgressLine(bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()) {}

void ProgressLine::update(std::size_t done, std::size_t total,
                          const std::string& file) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  if (!shown_ &&
      std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1))
    return;
  shown_ = true;
  fmt::print(stderr, "\r\033[K[{}/{}] {}", done, total, file);
  std::fflush(stderr);
}

void ProgressLine::finish() {
  std::lock_guard lock(mutex_);
  if (shown_) fmt::print(stderr, "\r\033[K");
  shown_ = false;
}

std::optional<ModuleId> module_named(const ModuleMap& map,
                                     const std::string& name) {
  if (auto id = map.find(name)) return id;
  fmt::print(stderr, "seams: error: unknown module '{}'{}\n", name,
             did_you_mean(name, map.names()));
  return std::nullopt;
}

}  // namespace seams
