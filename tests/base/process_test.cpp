// run_child (base/process.h): stdin fed while stdout is read, and every way a
// child can misbehave ends in a distinct ChildEnd, its process group killed.
#include "base/process.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>

namespace seams {
namespace {

ChildResult sh(const std::string& script, ChildRequest req = {}) {
  req.args = {"/bin/sh", "-c", script};
  return run_child(req);
}

TEST_CASE("a child reads all of its stdin and answers on stdout", "[process]") {
  ChildRequest req;
  req.input = std::string(1 << 20, 'x');  // more than a pipe holds
  const ChildResult r = sh("wc -c; echo oops >&2", req);
  CHECK(r.end == ChildEnd::exited);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "1048576\n");
  CHECK(r.err == "oops\n");
}

TEST_CASE("exit status, signals and start failures are told apart",
          "[process]") {
  CHECK(sh("exit 3").exit_code == 3);
  const ChildResult killed = sh("kill -SEGV $$");
  CHECK(killed.end == ChildEnd::signaled);
  CHECK(killed.term_signal == SIGSEGV);
  ChildRequest req;
  req.args = {"/nonexistent/plugin"};
  const ChildResult missing = run_child(req);
  CHECK(missing.end == ChildEnd::not_started);
  CHECK(missing.start_error == "No such file or directory");
}

TEST_CASE("a child that ignores its stdin still answers", "[process]") {
  ChildRequest req;
  req.input = std::string(4 << 20, 'x');
  const ChildResult r = sh("echo done", req);
  CHECK(r.end == ChildEnd::exited);
  CHECK(r.out == "done\n");
}

TEST_CASE("a hanging child and its children are killed at the timeout",
          "[process]") {
  ChildRequest req;
  req.timeout_seconds = 0.3;
  const auto start = std::chrono::steady_clock::now();
  // The grandchild keeps stdout open: killing only the shell would hang.
  const ChildResult r = sh("sleep 30 & sleep 30", req);
  CHECK(r.end == ChildEnd::timed_out);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  // A child that closes its output and then hangs is caught too.
  const ChildResult closed = sh("exec >&- 2>&-; sleep 30", req);
  CHECK(closed.end == ChildEnd::timed_out);
}

TEST_CASE("output beyond the caps is cut: stdout kills, stderr is counted",
          "[process]") {
  ChildRequest req;
  req.max_stdout = 1000;
  CHECK(sh("head -c 100000 /dev/zero", req).end == ChildEnd::stdout_too_large);
  req.max_stdout = 0;
  req.max_stderr = 10;
  const ChildResult r = sh("printf '0123456789abcdef' >&2", req);
  CHECK(r.end == ChildEnd::exited);
  CHECK(r.err == "0123456789");
  CHECK(r.err_dropped == 6);
}

TEST_CASE("an interrupt stops the child", "[process]") {
  std::atomic<int> interrupt{SIGINT};
  ChildRequest req;
  req.interrupt = &interrupt;
  CHECK(sh("sleep 30", req).end == ChildEnd::interrupted);
}

}  // namespace
}  // namespace seams
