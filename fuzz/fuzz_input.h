// Helpers shared by the libFuzzer targets: the loaders under test read files,
// so an input is written to a per-process temporary file first, and a target
// that wants two strings splits its input at the first newline.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

namespace seams::fuzz {

/// The input written to a file for the length of one iteration; one path per
/// process, so parallel fuzzing jobs do not share it. In /dev/shm when there is
/// one: on a busy disk, writing each input to /tmp made the targets that read
/// files ten times slower.
class InputFile {
 public:
  InputFile(const char* name, const std::uint8_t* data, std::size_t size)
      : path_(directory() + "/" + name + "." + std::to_string(::getpid())) {
    write(data, size);
  }
  ~InputFile() { ::unlink(path_.c_str()); }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  const std::string& path() const { return path_; }

  /// Replaces the contents; aborts when it cannot, since every later iteration
  /// would then test the "cannot read" path only.
  void write(const std::uint8_t* data, std::size_t size) const {
    std::FILE* f = std::fopen(path_.c_str(), "wb");
    if (f == nullptr || std::fwrite(data, 1, size, f) != size ||
        std::fclose(f) != 0) {
      std::perror(path_.c_str());
      std::abort();
    }
  }

 private:
  static std::string directory() {
    if (::access("/dev/shm", W_OK) == 0) return "/dev/shm";
    const char* tmp = std::getenv("TMPDIR");
    return tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
  }

  std::string path_;
};

/// {before, after} the first '\n'; {all, ""} when there is none.
inline std::pair<std::string_view, std::string_view> split_at_newline(
    std::string_view text) {
  const std::size_t nl = text.find('\n');
  if (nl == std::string_view::npos) return {text, {}};
  return {text.substr(0, nl), text.substr(nl + 1)};
}

}  // namespace seams::fuzz
