// The global link step: resolves every raw use to the *home file* of what it
// references — the declaration the using file actually sees, the same no
// matter which TU saw the use first (docs/libclang-notes.md §9). A file sees
// what it reaches through its own includes (the include facts of every TU, so
// the answer does not depend on which TU parsed a header first):
//   - a class or enum: its definition when one is reachable, else the
//     forward declaration closest to the use (fewest include hops; the file's
//     own first) — a `declaration` use, never a use of a definition the file
//     cannot see (an opaque type defined only in a .cpp, another module's
//     test class of the same qualified name);
//   - a function or variable: the header that declares it (its definition
//     file only when no header does), reachable ones first;
//   - a macro: its #define; an include: the included file. A macro *tested*
//     (#if, #ifdef, #ifndef, #elif, `defined`) is a use only when the testing
//     file reaches the #define through its own includes; otherwise its includer
//     sets it (configuration), and it is no use at all.
// A header that is not self-contained (it relies on its includer) reaches
// nothing for the name; then what its TU resolved is kept.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/facts.h"

namespace seams {

/// A dependency between two different project files, paths relative to the
/// project root.
struct FileUse {
  std::string from;  // where the use is written
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  UseKind kind = UseKind::symbol;
  std::string symbol;
  std::string to;  // home file of the referenced declaration
  std::string context;
  /// `declaration` uses only: the forward declaration the file sees (`to` is
  /// then the definition, or this file when the project defines none). The
  /// module graph decides what such a use means (graph.h).
  std::string declared_in = {};
  auto operator<=>(const FileUse&) const = default;
};

/// What the link could not decide alone, for `--verbose`.
struct LinkNote {
  std::string file;  // relative to the root
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string message;
  auto operator<=>(const LinkNote&) const = default;
};

/// The module owning a project-relative path (any stable key), or none.
using ModuleOf =
    std::function<std::optional<std::size_t>(const std::string& rel_path)>;

/// Resolves and relativizes `facts.uses` against `root` (absolute, no trailing
/// '/'). Uses whose home is the file they are written in are dropped. Sorted,
/// one entry per use (position, kind, symbol, home): of several contexts, the
/// first by sort order. `notes` (optional) gets one note per use with several
/// visible definitions, sorted. The candidates of one dependent call become
/// one symbol use (of the first home by path) when the homes the using file
/// reaches are all in one module by `module_of` (without it: one file), and
/// nothing otherwise.
std::vector<FileUse> link_uses(const ProjectFacts& facts,
                               const std::string& root,
                               std::vector<LinkNote>* notes = nullptr,
                               const ModuleOf& module_of = {});

/// The uses of code outside the project (`facts.external_uses`): `from`
/// relative to `root`, `to` the absolute path of the file the target was found
/// in. Sorted, one per (position, kind, symbol): a header read by TUs that
/// found a name in different files keeps the first by path, so the answer
/// does not depend on which TU parsed it first.
std::vector<FileUse> link_external_uses(const ProjectFacts& facts,
                                        const std::string& root);

/// `abs` relative to `root` ("src/a.h"), or `abs` itself when it is outside.
std::string relative_to_root(const std::string& abs, const std::string& root);

}  // namespace seams
