// The names seams.yaml writes in `depends_on`, `groups` and `layer`, resolved
// against what the file declares: globs and groups expanded to modules, group
// layers handed to members. Values only; config.cpp reads the YAML and calls
// this once everything is read. Only config*.cpp include this header.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "config/config.h"

namespace seams::config_detail {

/// Where a problem found in the config goes: level, position, message.
using ReportFn = std::function<void(DiagLevel, ConfigLoc, std::string)>;

/// Checks every name written in depends_on, groups and layer, reporting the
/// bad ones; fills DependencyRef::modules, GroupConfig::members,
/// ModuleConfig::group, and the layer of group members that have none.
///   groups: {bsl: {modules: ["bsl*"]}}; bdlt: {depends_on: [group:bsl]}
///   -> bdlt's entry "group:bsl" stands for bslma, bsls
void resolve_references(Config& config, const ReportFn& report);

}  // namespace seams::config_detail
