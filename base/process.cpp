// Implements run_process and run_child (see process.h).
#include "base/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>

extern char** environ;

namespace seams {
namespace {

// Reads both pipes until they close; poll() keeps a chatty stderr from
// blocking the child while we wait on stdout.
void drain(int out_fd, int err_fd, ProcessResult& r) {
  std::array<pollfd, 2> fds{pollfd{out_fd, POLLIN, 0},
                            pollfd{err_fd, POLLIN, 0}};
  std::array<std::string*, 2> sinks{&r.out, &r.err};
  std::array<char, 65536> buf{};
  int open = 2;
  while (open > 0) {
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = read(fds[i].fd, buf.data(), buf.size());
      if (n > 0) {
        sinks[i]->append(buf.data(), static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open;
      }
    }
  }
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& args) {
  ProcessResult r;
  std::array<int, 2> out{};
  std::array<int, 2> err{};
  if (pipe2(out.data(), O_CLOEXEC) != 0) {
    r.start_error = std::strerror(errno);
    return r;
  }
  if (pipe2(err.data(), O_CLOEXEC) != 0) {
    r.start_error = std::strerror(errno);
    close(out[0]);
    close(out[1]);
    return r;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc =
      posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  close(err[1]);
  if (rc != 0) {
    close(out[0]);
    close(err[0]);
    r.start_error = std::strerror(rc);
    return r;
  }
  drain(out[0], err[0], r);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  return r;
}

namespace {

using Clock = std::chrono::steady_clock;

// The pipes and socket of a child: its stdin is one end of a socket pair, so
// writing to a child that stopped reading is an error (EPIPE), never SIGPIPE.
struct ChildPipes {
  std::array<int, 2> in{-1, -1};  // [ours, its]
  std::array<int, 2> out{-1, -1};
  std::array<int, 2> err{-1, -1};
  bool open(std::string& why) {
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in.data()) != 0 ||
        pipe2(out.data(), O_CLOEXEC) != 0 ||
        pipe2(err.data(), O_CLOEXEC) != 0) {
      why = std::strerror(errno);
      return false;
    }
    fcntl(in[0], F_SETFL, fcntl(in[0], F_GETFL) | O_NONBLOCK);
    return true;
  }
  void close_theirs() {
    for (int* fd : {&in[1], &out[1], &err[1]}) close_fd(*fd);
  }
  void close_all() {
    close_theirs();
    for (int* fd : {&in[0], &out[0], &err[0]}) close_fd(*fd);
  }
  static void close_fd(int& fd) {
    if (fd >= 0) close(fd);
    fd = -1;
  }
};

pid_t spawn_child(const ChildRequest& req, ChildPipes& p, std::string& why) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, p.in[1], 0);
  posix_spawn_file_actions_adddup2(&actions, p.out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, p.err[1], 2);
  if (!req.directory.empty())
    posix_spawn_file_actions_addchdir_np(&actions, req.directory.c_str());
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  for (int sig : {SIGPIPE, SIGINT, SIGTERM}) sigaddset(&defaults, sig);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF |
                                      POSIX_SPAWN_SETSIGMASK |
                                      POSIX_SPAWN_SETPGROUP);
  std::vector<char*> argv;
  for (const auto& a : req.args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc =
      posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    why = std::strerror(rc);
    return -1;
  }
  return pid;
}

// Feeds stdin and drains stdout and stderr until both close, a limit is
// breached or the user interrupts; returns how it stopped (exited = pipes
// closed normally).
ChildEnd pump(const ChildRequest& req, ChildPipes& p, ChildResult& r,
              Clock::time_point deadline) {
  std::size_t written = 0;
  if (req.input.empty()) shutdown(p.in[0], SHUT_WR);
  std::array<char, 65536> buf{};
  while (p.out[0] >= 0 || p.err[0] >= 0) {
    if (req.interrupt && req.interrupt->load() != 0)
      return ChildEnd::interrupted;
    if (req.timeout_seconds > 0 && Clock::now() >= deadline)
      return ChildEnd::timed_out;
    std::array<pollfd, 3> fds{
        pollfd{written < req.input.size() ? p.in[0] : -1, POLLOUT, 0},
        pollfd{p.out[0], POLLIN, 0}, pollfd{p.err[0], POLLIN, 0}};
    if (poll(fds.data(), fds.size(), 100) < 0 && errno != EINTR)
      return ChildEnd::exited;
    if (fds[0].fd >= 0 && fds[0].revents != 0) {
      const ssize_t n = send(p.in[0], req.input.data() + written,
                             req.input.size() - written, MSG_NOSIGNAL);
      if (n > 0) written += static_cast<std::size_t>(n);
      // A child that stops reading gets no more; what it answers still counts.
      if (n < 0 && errno != EAGAIN && errno != EINTR)
        written = req.input.size();
      if (written == req.input.size()) shutdown(p.in[0], SHUT_WR);
    }
    for (int i : {1, 2}) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = read(fds[i].fd, buf.data(), buf.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ChildPipes::close_fd(i == 1 ? p.out[0] : p.err[0]);
        continue;
      }
      const auto got = static_cast<std::size_t>(n);
      if (i == 1) {
        r.out.append(buf.data(), got);
        if (req.max_stdout > 0 && r.out.size() > req.max_stdout)
          return ChildEnd::stdout_too_large;
      } else {
        const std::size_t room =
            req.max_stderr == 0 || r.err.size() >= req.max_stderr
                ? (req.max_stderr == 0 ? got : 0)
                : std::min(got, req.max_stderr - r.err.size());
        r.err.append(buf.data(), room);
        r.err_dropped += got - room;
      }
    }
  }
  return ChildEnd::exited;
}

// Waits for a child whose pipes closed, within the deadline; false when it
// is still running then (it closed its output and hangs).
bool wait_until(pid_t pid, int& status, const ChildRequest& req,
                Clock::time_point deadline) {
  for (;;) {
    const pid_t got = waitpid(pid, &status, WNOHANG);
    if (got == pid) return true;
    if (got < 0 && errno != EINTR) return true;
    if (req.interrupt && req.interrupt->load() != 0) return false;
    if (req.timeout_seconds > 0 && Clock::now() >= deadline) return false;
    poll(nullptr, 0, 10);
  }
}

}  // namespace

ChildResult run_child(const ChildRequest& req) {
  ChildResult r;
  ChildPipes p;
  if (req.args.empty()) {
    r.start_error = "no program";
    return r;
  }
  if (!p.open(r.start_error)) {
    p.close_all();
    return r;
  }
  const pid_t pid = spawn_child(req, p, r.start_error);
  p.close_theirs();
  if (pid < 0) {
    p.close_all();
    return r;
  }
  const auto deadline =
      Clock::now() + std::chrono::duration_cast<Clock::duration>(
                         std::chrono::duration<double>(req.timeout_seconds));
  r.end = pump(req, p, r, deadline);
  int status = 0;
  if (r.end == ChildEnd::exited && !wait_until(pid, status, req, deadline))
    r.end = req.interrupt && req.interrupt->load() != 0 ? ChildEnd::interrupted
                                                        : ChildEnd::timed_out;
  p.close_all();
  if (r.end != ChildEnd::exited) {
    kill(-pid, SIGKILL);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return r;
  }
  if (WIFSIGNALED(status)) {
    r.end = ChildEnd::signaled;
    r.term_signal = WTERMSIG(status);
  } else {
    r.exit_code = WEXITSTATUS(status);
  }
  return r;
}

}  // namespace seams
