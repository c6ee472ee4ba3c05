// Reading a whole file: one way for every input seams reads (seams.yaml,
// compile DBs, response files, baselines, cached facts, sources for blind
// spots).
#pragma once

#include <filesystem>
#include <string>

namespace seams {

/// The bytes of a file, or why they could not be read.
struct FileText {
  std::string text;
  int error = 0;  // errno of the failure; 0 when read
  bool ok() const { return error == 0; }
  /// strerror of `error` ("No such file or directory").
  std::string error_message() const;
};

/// Reads all of `path` in binary mode.
FileText read_file(const std::filesystem::path& path);

}  // namespace seams
