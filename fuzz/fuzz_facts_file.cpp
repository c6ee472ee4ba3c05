// libFuzzer target: the facts file of `seams index` and `seams merge`.
// read_facts_file must return facts or an error (never both, never neither);
// facts it accepts must be written back byte for byte as read (the file is
// canonical: a sorted table, sorted sections), and merging them with themselves
// changes nothing.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "analyzer/facts_file.h"
#include "base/diagnostics.h"
#include "fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const seams::fuzz::InputFile input("seams-fuzz-facts", data, size);
  const seams::PathMap as_stored;
  seams::Diagnostics diags;
  auto facts = seams::read_facts_file(input.path(), as_stored, diags);
  if (facts.has_value() == diags.has_errors()) std::abort();
  if (!facts) return 0;
  const std::string text = seams::encode_facts_file(*facts, as_stored);
  input.write(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
  seams::Diagnostics again_diags;
  auto again = seams::read_facts_file(input.path(), as_stored, again_diags);
  if (!again || seams::encode_facts_file(*again, as_stored) != text)
    std::abort();
  seams::FactsFile copy = *again;
  if (!seams::merge_facts(*again, std::move(copy), "a", "b", again_diags) ||
      seams::encode_facts_file(*again, as_stored) != text)
    std::abort();
  return 0;
}
