// Facts: what the front end learns from one translation unit, as plain values
// (no libclang types), and the project-wide union of them. Uses name their
// target by USR so a global link step (link.h) can resolve every use to the
// right file no matter which TU saw it first.
#pragma once

#include <compare>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/atom.h"

namespace seams {

/// How a dependency is written. Contract values of the JSON `kind` field.
/// `declaration` is made by the link step (link.h), never by the front end: a
/// name used where only a forward declaration of it is visible.
/// `candidate`: one candidate of a dependent call's overload set that spans
/// files; the link step makes the set one symbol use when its candidates share
/// a module, and nothing otherwise (link.h). No FileUse has this kind.
enum class UseKind : std::uint8_t {
  include,
  symbol,
  macro,
  declaration,
  candidate
};

std::string_view to_string(UseKind kind);

/// What the referenced declaration is; decides which of its declarations is its
/// home file.
enum class DeclKind : std::uint8_t {
  type,  // class, struct, union, enum, typedef/alias: home is the definition
  function,  // function, method, constructor, operator: home is the declaring
             // header
  variable,  // variable, field, enumerator: home is the declaring header
  other,     // concept, template template param, ...: first declaration
};

/// The `context` of a macro use that is a test (#if, #ifdef, #ifndef, #elif,
/// `defined`), not an expansion into code.
inline constexpr const char* kMacroTestContext = "#if";

/// One use as written in a file: an include, a symbol reference or a macro
/// expansion. For `symbol` uses the target is `usr` (resolved globally);
/// `target_file` is what this TU resolved it to and is the fallback when no
/// declaration of the USR was recorded.
struct RawUse {
  Atom file;  // absolute path of the file where the use is written
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  UseKind kind = UseKind::symbol;
  Atom symbol;       // qualified name, macro name, or the include as spelled
  Atom usr;          // symbol uses only
  Atom target_file;  // absolute path
  Atom context;  // qualified name of the enclosing function or class; may be
                 // empty
  auto operator<=>(const RawUse&) const = default;
};

/// A declaration of a USR in some file, so links can pick the right home file.
struct DeclFact {
  Atom usr;
  Atom file;  // absolute path
  DeclKind kind = DeclKind::other;
  bool is_definition = false;
  auto operator<=>(const DeclFact&) const = default;
};

/// A class declared (defined) in the project, with whether it is abstract (for
/// metrics).
struct ClassFact {
  std::string usr;
  std::string name;
  std::string file;
  bool is_abstract = false;
  auto operator<=>(const ClassFact&) const = default;
};

/// The facts of one translation unit.
struct TuFacts {
  std::string main_file;  // absolute
  std::vector<RawUse> uses;
  std::vector<DeclFact> decls;
  std::vector<ClassFact> classes;
  std::vector<std::string> files;  // every project file the TU read
  /// Uses written in project files of what lives outside the project: system
  /// and third-party headers, their symbols and macros. `target_file` is the
  /// file this TU found it in; `usr` is empty. The targets `externals:` names
  /// (graph/externals.h); unnamed ones only policies see.
  std::vector<RawUse> external_uses;
  /// Directories the TU's includes were found in (not beside their includer):
  /// an external file's include names are its paths relative to these.
  std::vector<std::string> include_dirs;
  /// Every file the TU read, system headers included (absolute): what the fact
  /// cache checks to know whether the TU must be parsed again.
  std::vector<std::string> dependencies;
  bool failed = false;  // the TU could not be analyzed (or only partly)
  int error_count = 0;
  std::vector<std::string> first_errors;  // "file:line:col: message", at most 3
};

/// The deduplicated union of the facts of all TUs.
struct ProjectFacts {
  std::vector<RawUse> uses;     // sorted, unique
  std::vector<DeclFact> decls;  // sorted, unique
  std::vector<ClassFact> classes;
  std::vector<std::string> files;     // sorted, unique: every project file seen
  std::vector<RawUse> external_uses;  // sorted, unique
  std::vector<std::string> include_dirs;  // sorted, unique
  std::vector<std::string> main_files;    // sorted, unique
  int translation_units = 0;
  int parse_failures = 0;
};

/// Accumulates TuFacts into ProjectFacts; `finish()` sorts and removes
/// duplicates, so a header included by many TUs contributes each of its uses
/// once.
class FactsMerger {
 public:
  void add(TuFacts&& tu);
  ProjectFacts finish() &&;

 private:
  ProjectFacts facts_;
  std::size_t compact_at_ = 1
                            << 16;  // dedupe when this many uses have piled up
};

std::ostream& operator<<(std::ostream& os, const RawUse& use);

/// The directory `target` was found in by an `#include` of `name` written in
/// `includer` (absolute paths), when it was found through an include directory
/// (-I, -isystem, the compiler's own) rather than beside the includer; "" when
/// not: a quoted include next to its includer says nothing of the include
/// path.
std::string include_dir_of(std::string_view includer, std::string_view target,
                           std::string_view name, bool angled);

/// Sorts `tu.include_dirs` and removes duplicates (one per #include, at first).
void unique_include_dirs(TuFacts& tu);

/// Moves the uses of `tu.uses` whose target is outside `in_project` to
/// `tu.external_uses` (without their USR).
template <class InProject>
void split_external_uses(TuFacts& tu, InProject in_project) {
  std::size_t kept = 0;
  for (RawUse& u : tu.uses) {
    if (in_project(u.target_file.str())) {
      tu.uses[kept++] = std::move(u);
    } else {
      u.usr = Atom();
      tu.external_uses.push_back(std::move(u));
    }
  }
  tu.uses.resize(kept);
}

}  // namespace seams
