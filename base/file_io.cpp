// read_file: stdio with a fixed buffer, so a failure keeps its errno (an
// ifstream's does not survive reliably) and large files are not copied twice.
#include "base/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace seams {

std::string FileText::error_message() const { return std::strerror(error); }

FileText read_file(const std::filesystem::path& path) {
  FileText out;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    out.error = errno != 0 ? errno : EIO;
    return out;
  }
  char buffer[16384];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
    out.text.append(buffer, n);
  if (std::ferror(file) != 0) out.error = errno != 0 ? errno : EIO;
  std::fclose(file);
  if (!out.ok()) out.text.clear();
  return out;
}

}  // namespace seams
