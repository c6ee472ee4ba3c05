// Text helpers every layer shares: "did you mean" for names users type, and
// escaping for the formats seams writes (markup, control characters).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace seams {

/// Levenshtein distance, for every "did you mean" in seams.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// "1 violation", "3 violations": a count with the word that fits it.
std::string plural(std::size_t n, std::string_view one, std::string_view many);

/// "; did you mean 'users'?" for the closest candidate within an edit distance
/// of 2 (and shorter than the name: 'x' -> 'y' is another word, not a typo),
/// else "".
std::string did_you_mean(std::string_view name,
                         const std::vector<std::string>& candidates);

/// `hint` when there is one, else "; {intro}: a, b, c".
std::string hint_or_list(std::string hint, std::string_view intro,
                         const std::vector<std::string>& items);

/// Control characters as escapes ("a\nb"), so a name cannot forge a line of
/// output.
std::string escape_controls(std::string_view text);

/// The two markup languages seams writes.
enum class Markup {
  html,  // the report: `'` as &#39;, every other byte kept
  xml,   // JUnit: `'` as &apos;, control characters XML 1.0 forbids dropped
};

/// `text` with &, <, >, " and ' escaped for an element or an attribute value.
std::string escape_markup(std::string_view text, Markup language);

}  // namespace seams
