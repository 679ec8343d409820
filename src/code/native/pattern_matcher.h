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

// Tries `pattern` with its head at tokens[head]; `limit` bounds the clause.
std::optional<PatternMatch> MatchPattern(const VerbPattern& pattern, const std::vector<Token>& tokens,
                                         uint32_t head, uint32_t limit);

// True when token `t` equals pattern word `w` by lemma or folded form.
bool WordMatches(const Token& t, const std::string& w);

}  // namespace faultline
