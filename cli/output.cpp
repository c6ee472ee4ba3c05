#include "cli/output.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string_view>

namespace seams {
namespace {

namespace fs = std::filesystem;

bool is_stdout(const std::string& path) { return path.empty() || path == "-"; }

// How `path` is written: a regular file (or none yet) is replaced at
// `target`; anything else is opened in place.
struct Destination {
  enum class Kind { replace, in_place } kind;
  std::string target;
};

bool fail(const std::string& path, std::string_view why) {
  fmt::print(stderr, "seams: error: {}: cannot write: {}\n", path, why);
  return false;
}

std::string parent_of(const std::string& path) {
  std::string parent = fs::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

// Follows symlinks by hand, so a dangling link still names the file to create
// and a link into /proc (/dev/stdout -> /proc/self/fd/1 -> pipe:[...]) is
// recognised as a descriptor to write in place rather than a path.
std::optional<Destination> resolve(const std::string& path) {
  std::string p = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st = {};
    if (lstat(p.c_str(), &st) != 0) {
      if (errno != ENOENT)
        return fail(path, std::strerror(errno)), std::nullopt;
      return Destination{Destination::Kind::replace, p};
    }
    if (S_ISLNK(st.st_mode)) {
      std::string link(4096, '\0');
      ssize_t n = readlink(p.c_str(), link.data(), link.size());
      if (n < 0) return fail(path, std::strerror(errno)), std::nullopt;
      link.resize(static_cast<std::size_t>(n));
      if (p.starts_with("/proc/") || link.starts_with("/proc/"))
        return Destination{Destination::Kind::in_place, path};
      p = fs::path(link).is_absolute()
              ? link
              : (fs::path(parent_of(p)) / link).string();
      continue;
    }
    if (S_ISDIR(st.st_mode))
      return fail(path, "it is a directory"), std::nullopt;
    if (S_ISREG(st.st_mode)) return Destination{Destination::Kind::replace, p};
    return Destination{Destination::Kind::in_place, p};  // device, FIFO, socket
  }
  fail(path, "too many levels of symbolic links");
  return std::nullopt;
}

bool write_all(int fd, const std::string& text) {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

bool write_stdout(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    fmt::print(stderr, "seams: error: cannot write to standard output: {}\n",
               std::strerror(errno));
    return false;
  }
  return true;
}

bool write_in_place(const std::string& path, const std::string& target,
                    const std::string& text) {
  // No O_TRUNC: a device has nothing to truncate, and /dev/stdout may be a
  // file the shell opened for appending.
  int fd = ::open(target.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd < 0) return fail(path, std::strerror(errno));
  bool ok = write_all(fd, text);
  int saved = errno;
  if (::close(fd) != 0 && ok) ok = false, saved = errno;
  return ok || fail(path, std::strerror(saved));
}

bool replace_file(const std::string& path, const std::string& target,
                  const std::string& text) {
  struct stat old = {};
  const bool existed = ::stat(target.c_str(), &old) == 0;
  const std::string tmp = fmt::format("{}.tmp.{}", target, getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return fail(path, std::strerror(errno));
  bool ok = write_all(fd, text);
  int saved = errno;
  // The replacement keeps the permissions of the file it replaces.
  if (ok && existed && ::fchmod(fd, old.st_mode & 07777) != 0)
    ok = false, saved = errno;
  if (::close(fd) != 0 && ok) ok = false, saved = errno;
  if (ok && std::rename(tmp.c_str(), target.c_str()) != 0)
    ok = false, saved = errno;
  if (!ok) {
    ::unlink(tmp.c_str());
    return fail(path, std::strerror(saved));
  }
  return true;
}

}  // namespace

bool check_output_path(const std::string& path) {
  if (is_stdout(path)) return true;
  auto dest = resolve(path);
  if (!dest) return false;
  if (dest->kind == Destination::Kind::in_place) {
    if (::access(dest->target.c_str(), W_OK) != 0)
      return fail(path, std::strerror(errno));
    return true;
  }
  // Replacing needs a directory we may create the temporary file in.
  const std::string dir = parent_of(dest->target);
  struct stat st = {};
  if (::stat(dir.c_str(), &st) != 0)
    return fail(path,
                fmt::format("directory {}: {}", dir, std::strerror(errno)));
  if (!S_ISDIR(st.st_mode))
    return fail(path, fmt::format("{} is not a directory", dir));
  if (::access(dir.c_str(), W_OK | X_OK) != 0)
    return fail(path,
                fmt::format("directory {}: {}", dir, std::strerror(errno)));
  return true;
}

bool write_output(const std::string& path, const std::string& text) {
  if (is_stdout(path)) return write_stdout(text);
  auto dest = resolve(path);
  if (!dest) return false;
  if (dest->kind == Destination::Kind::in_place)
    return write_in_place(path, dest->target, text);
  return replace_file(path, dest->target, text);
}

}  // namespace seams
