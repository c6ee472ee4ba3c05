// The protocol between seams and its plugins (docs/plugins.md): what a plugin
// is, what it answers, and the limits it runs under. A plugin is an
// executable named with --plugin PATH; seams writes one JSON document to its
// stdin (input_document.h) and reads one from its stdout (answer.h). Its
// name, and the namespace of its rule ids ("NAME/RULE"), is the executable's
// file name without its extension.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "rules/finding.h"
#include "rules/rule.h"

namespace seams {

/// The version of both documents; a change that is not additive bumps it.
inline constexpr int kPluginProtocol = 1;

struct PluginSpec {
  std::string path;  // as given to --plugin
  std::string name;  // "team-ownership" for "build/plugins/team-ownership.py"
};

/// The plugin behind `path`: its name is the file name without the extension.
/// Nullopt (with `why`) when that leaves no usable name: it must be letters,
/// digits, '_', '.' and '-', starting with a letter or digit.
std::optional<PluginSpec> plugin_spec(const std::string& path,
                                      std::string& why);

/// How long a plugin may run and how much it may write.
struct PluginLimits {
  double timeout_seconds = 60;                   // --plugin-timeout
  std::size_t max_stdout = 64u * 1024u * 1024u;  // its answer
  std::size_t max_stderr = 64u * 1024u;          // passed through; the rest is
                                                 // counted
};

/// A plugin's answer, validated: its rules (ids "NAME/RULE") and findings
/// (rule id namespaced, severity as the plugin says, modules resolved,
/// evidence sorted; no fingerprint yet).
struct PluginAnswer {
  std::vector<RuleDescription> rules;
  std::vector<Finding> findings;
};

}  // namespace seams
