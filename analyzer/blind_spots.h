// References libclang's indexer does not report, found by walking the AST of
// the project's own files with clang's C++ API (docs/libclang-notes.md §8):
// definitions and specializations of another file's declarations, types named
// through a using-declaration, template template arguments, placement new and a
// class's operator delete, cleanup attributes, members of a dependent base, and
// dependent calls whose candidates are all declared in one file.
#pragma once

#include <functional>

namespace clang {
class ASTContext;
class Decl;
class SourceLocation;
}  // namespace clang

namespace seams {

struct BlindSpotUse {
  const clang::SourceLocation* at = nullptr;  // the referencing token
  const clang::Decl* target = nullptr;        // the declaration referred to
  const clang::Decl* context = nullptr;  // enclosing function or class, or null
  bool candidate =
      false;  // one of a dependent call's candidates (several files)
};

/// Walks the declarations of `ast` that `in_project` accepts (by location) and
/// calls `emit` for each reference the indexer misses, in source order.
void find_blind_spot_uses(
    clang::ASTContext& ast,
    const std::function<bool(const clang::SourceLocation&)>& in_project,
    const std::function<void(const BlindSpotUse&)>& emit);

}  // namespace seams
