// A compact binary encoding of TuFacts (MessagePack), for the fact cache and
// for the worker processes that send their facts to the parent.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "analyzer/facts.h"

namespace seams {

std::string encode_facts(const TuFacts& facts);
/// nullopt when `bytes` is not a valid encoding (truncated, corrupt, another
/// version).
std::optional<TuFacts> decode_facts(std::string_view bytes);

}  // namespace seams
