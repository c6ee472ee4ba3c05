// Reads what a plugin wrote to its stdout: one JSON document (protocol 1,
// docs/schema/plugin-output.schema.json), checked as strictly as seams.yaml:
//   {"protocol": 1,
//    "rules": [{"id": "cross-team", "summary": "...", "help": "..."}],
//    "findings": [{"rule": "cross-team", "severity": "error",
//                  "message": "...", "from": "app", "to": "vault",
//                  "evidence": [{"file": "src/app/main.cpp", "line": 3,
//                                "column": 1, "kind": "include"}]}]}
// Every problem is an error naming the plugin and where: line:column in its
// output for malformed JSON, a JSON path ($.findings[2].severity) for an
// answer that does not follow the protocol.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "config/module_map.h"
#include "plugins/protocol.h"

namespace seams {

/// What an answer is checked against.
struct AnswerContext {
  const PluginSpec& plugin;
  const ModuleMap& map;
  /// The project's files (relative to the root, sorted): evidence and
  /// locations must be one of them, or `config_display`.
  const std::vector<std::string>& files;
  std::string config_display;
};

/// The answer in `text`, validated; nullopt with errors in `diags`.
std::optional<PluginAnswer> read_answer(std::string_view text,
                                        const AnswerContext& ctx,
                                        Diagnostics& diags);

}  // namespace seams
