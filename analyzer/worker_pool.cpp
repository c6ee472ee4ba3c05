// Implements worker_pool.h with fork() and two pipes per worker. Requests are a
// 4-byte TU index; replies a 8-byte length and the TU's facts (facts_io). The
// parent is single-threaded and multiplexes the workers with poll(). Test hooks
// (environment, honoured only inside workers): SEAMS_TEST_CRASH_ON=<substring
// of a TU path> raises SIGSEGV, SEAMS_TEST_HANG_ON hangs.
#include "analyzer/worker_pool.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "analyzer/facts_io.h"
#include "analyzer/tu_parser.h"

namespace seams {

std::atomic<int>& interrupt_signal() {
  static std::atomic<int> sig{0};
  return sig;
}

namespace {

using Clock = std::chrono::steady_clock;

bool write_all(int fd, const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

bool read_all(int fd, void* data, std::size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    ssize_t r = ::read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<std::size_t>(r);
  }
  return true;
}

bool env_matches(const char* var, const std::string& file) {
  const char* v = std::getenv(var);
  return v && *v && file.find(v) != std::string::npos;
}

[[noreturn]] void worker_main(int in, int out,
                              const std::vector<CompileCommand>& commands,
                              const FrontendOptions& opts) {
  TuParser parser(opts);
  std::uint32_t index = 0;
  while (read_all(in, &index, sizeof index)) {
    const CompileCommand& cmd = commands.at(index);
    if (env_matches("SEAMS_TEST_CRASH_ON", cmd.file)) raise(SIGSEGV);
    while (env_matches("SEAMS_TEST_HANG_ON", cmd.file)) pause();
    TuFacts facts = parser.parse(cmd);
    const std::string bytes = encode_facts(facts);
    const std::uint64_t size = bytes.size();
    if (!write_all(out, &size, sizeof size) ||
        !write_all(out, bytes.data(), bytes.size()))
      break;
  }
  _exit(0);  // never run the parent's atexit handlers or static destructors
}

struct Worker {
  pid_t pid = -1;
  int to_child = -1;
  int from_child = -1;
  std::optional<std::size_t> job;
  Clock::time_point started;
  std::string reply;
};

class Pool {
 public:
  Pool(const std::vector<CompileCommand>& commands, const FrontendOptions& opts)
      : commands_(commands), opts_(opts) {}
  ~Pool() {
    for (auto& w : workers_) stop(w, SIGKILL);
  }

  void start(std::size_t n) {
    workers_.resize(n);
    for (auto& w : workers_) spawn(w);
  }

  /// Runs all commands; returns the signal that interrupted it, or 0.
  int run(FactsMerger& merger, std::vector<TuFailure>& failures);

 private:
  void spawn(Worker& w);
  void stop(Worker& w, int sig);
  void finish(Worker& w, TuFacts facts, FactsMerger& merger,
              std::vector<TuFailure>& failures, bool record);
  void fail(Worker& w, const std::string& why, FactsMerger& merger,
            std::vector<TuFailure>& failures);
  bool read_reply(Worker& w, std::optional<TuFacts>& out);

  const std::vector<CompileCommand>& commands_;
  const FrontendOptions& opts_;
  std::vector<Worker> workers_;
  std::size_t next_ = 0;
  std::size_t done_ = 0;
};

void Pool::spawn(Worker& w) {
  int req[2], rep[2];
  if (pipe2(req, O_CLOEXEC) != 0 || pipe2(rep, O_CLOEXEC) != 0) {
    throw std::runtime_error(
        fmt::format("cannot create a pipe: {}", std::strerror(errno)));
  }
  pid_t pid = fork();
  if (pid < 0)
    throw std::runtime_error(
        fmt::format("cannot fork: {}", std::strerror(errno)));
  if (pid == 0) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    // The parent's handlers for fatal signals (a test framework's, say) are not
    // async-signal-safe in a forked child; a crashing parser must simply die of
    // its signal.
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE})
      signal(sig, SIG_DFL);
    // Close the other workers' pipes, or they would never see end-of-file.
    for (auto& other : workers_) {
      if (other.to_child >= 0) close(other.to_child);
      if (other.from_child >= 0) close(other.from_child);
    }
    close(req[1]);
    close(rep[0]);
    worker_main(req[0], rep[1], commands_, opts_);
  }
  close(req[0]);
  close(rep[1]);
  fcntl(rep[0], F_SETFL, O_NONBLOCK);
  w = Worker{pid, req[1], rep[0], std::nullopt, {}, {}};
}

void Pool::stop(Worker& w, int sig) {
  if (w.pid >= 0) {
    if (sig) kill(w.pid, sig);
    close(w.to_child);  // end-of-file: an idle worker exits by itself
    int status = 0;
    waitpid(w.pid, &status, 0);
  } else if (w.to_child >= 0) {
    close(w.to_child);
  }
  if (w.from_child >= 0) close(w.from_child);
  w.pid = -1;
  w.to_child = w.from_child = -1;
}

void Pool::finish(Worker& w, TuFacts facts, FactsMerger& merger,
                  std::vector<TuFailure>& failures, bool record) {
  const CompileCommand& cmd = commands_[*w.job];
  if (record && opts_.observe) opts_.observe(cmd, facts);
  if (facts.failed)
    failures.push_back({cmd.file, facts.first_errors, facts.error_count});
  merger.add(std::move(facts));
  w.job.reset();
  w.reply.clear();
  ++done_;
  if (opts_.progress) opts_.progress(done_, commands_.size(), cmd.file);
}

void Pool::fail(Worker& w, const std::string& why, FactsMerger& merger,
                std::vector<TuFailure>& failures) {
  TuFacts facts;
  facts.main_file = commands_[*w.job].file;
  facts.failed = true;
  facts.error_count = 1;
  facts.first_errors.push_back(fmt::format("{}: {}", facts.main_file, why));
  // Not recorded in the cache: a crash or a timeout is retried on the next run.
  finish(w, std::move(facts), merger, failures, /*record=*/false);
  stop(w, SIGKILL);
  spawn(w);
}

// Reads what is available; sets `out` when a whole reply has arrived. False:
// the worker died.
bool Pool::read_reply(Worker& w, std::optional<TuFacts>& out) {
  char buf[65536];
  for (;;) {
    ssize_t r = ::read(w.from_child, buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
    if (r <= 0) return false;
    w.reply.append(buf, static_cast<std::size_t>(r));
  }
  std::uint64_t size = 0;
  if (w.reply.size() < sizeof size) return true;
  std::memcpy(&size, w.reply.data(), sizeof size);
  if (w.reply.size() < sizeof size + size) return true;
  out = decode_facts(std::string_view(w.reply).substr(sizeof size, size));
  if (!out) return false;
  return true;
}

// Why a worker whose pipe closed is gone; reaps it (it has exited or is
// exiting).
std::string describe_exit(Worker& w) {
  int status = 0;
  close(w.to_child);
  w.to_child = -1;
  const bool reaped = waitpid(w.pid, &status, 0) == w.pid;
  w.pid = -1;
  if (reaped && WIFSIGNALED(status))
    return fmt::format(
        "libclang crashed (signal {}: {}) while parsing this TU; skipped",
        WTERMSIG(status), strsignal(WTERMSIG(status)));
  return "the parser process ended unexpectedly while parsing this TU; skipped";
}

int Pool::run(FactsMerger& merger, std::vector<TuFailure>& failures) {
  const auto timeout = std::chrono::duration<double>(opts_.tu_timeout_seconds);
  while (done_ < commands_.size()) {
    if (int sig = interrupt_signal().load()) return sig;
    for (auto& w : workers_) {
      if (w.job || next_ >= commands_.size()) continue;
      const std::uint32_t index = static_cast<std::uint32_t>(next_++);
      w.job = index;
      w.started = Clock::now();
      if (!write_all(w.to_child, &index, sizeof index))
        fail(w, describe_exit(w), merger, failures);
    }
    std::vector<pollfd> fds;
    for (auto& w : workers_)
      if (w.job) fds.push_back({w.from_child, POLLIN, 0});
    if (fds.empty()) continue;
    poll(fds.data(), fds.size(),
         100);  // EINTR and timeouts both lead back to the checks
    for (auto& w : workers_) {
      if (!w.job) continue;
      std::optional<TuFacts> facts;
      if (!read_reply(w, facts)) {
        std::string why = describe_exit(w);
        fail(w, why, merger, failures);
      } else if (facts) {
        finish(w, std::move(*facts), merger, failures, /*record=*/true);
      } else if (Clock::now() - w.started > timeout) {
        fail(w,
             fmt::format("timed out after {:g} s (--tu-timeout); skipped",
                         opts_.tu_timeout_seconds),
             merger, failures);
      }
    }
  }
  return 0;
}

}  // namespace

ProjectFacts index_isolated(const std::vector<CompileCommand>& commands,
                            const FrontendOptions& opts,
                            std::vector<TuFailure>& failures,
                            int* interrupted) {
  FactsMerger merger;
  *interrupted = 0;
  {
    Pool pool(commands, opts);
    pool.start(static_cast<std::size_t>(std::max(
        1, std::min<int>(opts.jobs, static_cast<int>(commands.size())))));
    *interrupted = pool.run(merger, failures);
  }
  std::sort(
      failures.begin(), failures.end(),
      [](const TuFailure& a, const TuFailure& b) { return a.file < b.file; });
  return std::move(merger).finish();
}

}  // namespace seams
