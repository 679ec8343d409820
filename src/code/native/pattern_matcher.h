// Matches one verb pattern at a head token: the words after the head in order with
// bounded gaps of modifier tokens, actor slots consuming a noun phrase. See
// docs/dictionaries.md for the rules.
#pragma once

#include <optional>

#include "code/native/verb_dictionary.h"
#include "faultline/document.h"

namespace faultline {

struct PatternMatch {
  uint32_t end = 0;  // one past the last token the pattern consumed
  // Token ranges [first, second) of the noun phrases the `+` and `$` slots consumed;
  // `first == second == 0` when the pattern has no such slot.
  std::pair<uint32_t, uint32_t> target{0, 0}, source{0, 0};
  bool has_target = false, has_source = false;
};

// Tries `pattern` with its head at tokens[head]; `limit` bounds the clause. `ids` holds
// the dictionary symbol ids of each token (VerbDictionary::IdsOf), parallel to `tokens`.
std::optional<PatternMatch> MatchPattern(const VerbPattern& pattern, const std::vector<Token>& tokens,
                                         const std::vector<WordIds>& ids, uint32_t head,
                                         uint32_t limit);

}  // namespace faultline
