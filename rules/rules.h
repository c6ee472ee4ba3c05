// Factories of the built-in rules; each is defined in its own file.
#pragma once

#include <memory>

#include "rules/rule.h"

namespace seams {

std::unique_ptr<Rule> make_cycle_rule();
std::unique_ptr<Rule> make_layering_rule();
std::unique_ptr<Rule> make_parse_failure_rule();
std::unique_ptr<Rule> make_private_access_rule();
std::unique_ptr<Rule> make_stale_exception_rule();
std::unique_ptr<Rule> make_undeclared_dependency_rule();
std::unique_ptr<Rule> make_unused_dependency_rule();

}  // namespace seams
