// libFuzzer target: the baseline file (seams-baseline.json). read_baseline
// must return a baseline or diagnostics; a baseline it accepts must survive a
// write and a second read unchanged.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/diagnostics.h"
#include "fuzz/fuzz_input.h"
#include "rules/baseline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const seams::fuzz::InputFile input("seams-fuzz-baseline", data, size);
  const std::string& path = input.path();
  seams::Diagnostics diags;
  auto baseline = seams::read_baseline(path, diags);
  if (baseline.has_value() == diags.has_errors()) std::abort();
  if (!baseline) return 0;
  // Round trip: what seams writes, seams reads back as the same entries.
  const std::string text = seams::baseline_json(*baseline);
  input.write(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
  seams::Diagnostics again_diags;
  auto again = seams::read_baseline(path, again_diags);
  if (!again || again->entries.size() != baseline->entries.size()) std::abort();
  for (std::size_t i = 0; i < again->entries.size(); ++i) {
    if (again->entries[i].key != baseline->entries[i].key ||
        again->entries[i].count != baseline->entries[i].count)
      std::abort();
  }
  if (seams::baseline_json(*again) != text) std::abort();
  return 0;
}
