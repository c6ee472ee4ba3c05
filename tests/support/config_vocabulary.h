// The vocabulary the config unit tests load seams.yaml with: the loader takes
// the rule ids as an input (the registry sits in rules/, above config), so
// these tests pin it instead of linking the rules and libclang. That the
// registry, the JSON Schema and docs/design.md list the same ids is checked in
// tests/rules/rules_test.cpp.
#pragma once

#include "config/config.h"

namespace seams::test {

inline ConfigVocabulary rule_vocabulary() {
  return {{"cycle", "layering", "parse-failure", "private-access",
           "stale-exception", "undeclared-dependency", "unused-dependency"}};
}

}  // namespace seams::test
