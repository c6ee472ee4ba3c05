// libFuzzer target: seams.yaml. The input is the file's text; load_config
// must turn anything into a Config or diagnostics, never crash, hang or throw.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/diagnostics.h"
#include "config/config.h"
#include "config/module_map.h"
#include "rules/rule.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  seams::Diagnostics diags;
  // A path that does not exist: diagnostics then carry no source line, and no
  // file is written per input.
  auto config =
      seams::load_config_from_string(text, "/nonexistent/seams-fuzz/seams.yaml",
                                     seams::config_vocabulary(), diags);
  // The contract: nullopt exactly when there was an error, and every error has
  // a message.
  if (config.has_value() == diags.has_errors()) std::abort();
  for (const seams::Diagnostic& d : diags.all()) {
    if (d.message.empty()) std::abort();
  }
  if (config) {
    // Whatever loads must also build a module map and classify a path.
    seams::ModuleMap map(*config);
    seams::Diagnostics map_diags;
    (void)map.classify("src/a/b.h", true, map_diags);
  }
  return 0;
}
