// Implements plugin_spec (see protocol.h).
#include "plugins/protocol.h"

#include <filesystem>
#include <regex>

#include "base/text.h"

namespace seams {

std::optional<PluginSpec> plugin_spec(const std::string& path,
                                      std::string& why) {
  static const std::regex kName("[A-Za-z0-9][A-Za-z0-9_.-]*");
  const std::string name = std::filesystem::path(path).stem().string();
  if (!std::regex_match(name, kName)) {
    why = "its name, the file name without the extension ('" + name +
          "'), must be letters, digits, '_', '.' and '-', starting with a "
          "letter or digit";
    return std::nullopt;
  }
  return PluginSpec{path, name};
}

}  // namespace seams
