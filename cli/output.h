// Where a command's output goes, and how it gets there without damage.
//
//   ""  or "-"                 standard output; every write error is reported
//   a regular file or nothing  a temporary file beside it, renamed over it
//   (atomic: a
//                              reader never sees half a report); through
//                              symlinks, the final target is replaced, never
//                              the link
//   a device, FIFO or socket   written in place (`-o /dev/full` must not become
//   a
//                              regular file when run as root), also when
//                              reached through /proc (`-o /dev/stdout`)
#pragma once

#include <string>

namespace seams {

/// Checks, before any analysis, that `path` can be written as above; prints
/// "seams: error: PATH: why" and returns false when it cannot (a directory, a
/// missing or read-only directory, a symlink loop).
bool check_output_path(const std::string& path);

/// Writes `text` to `path` as above. Returns false, with the message on
/// stderr, on any error (ENOSPC, EPIPE, EIO included); nothing partial is left
/// behind in a regular file.
bool write_output(const std::string& path, const std::string& text);

}  // namespace seams
