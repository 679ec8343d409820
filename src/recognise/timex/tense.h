// Tense of the clause around a temporal expression, to choose between the past and the
// future instance of "June" or "Thursday". News reports the past: when the clause has no
// decisive verb the caller treats it as past.
#pragma once

#include <cstdint>
#include <vector>

#include "faultline/document.h"

namespace faultline::timex {

enum class Tense : uint8_t { kUnknown, kPast, kPresent, kFuture };

// Tense of the verb group nearest to tokens [begin, end) inside the sentence
// [sent_begin, sent_end): first looking left, then right, never across a semicolon.
Tense ClauseTense(const std::vector<Token>& tokens, uint32_t sent_begin, uint32_t sent_end,
                  uint32_t begin, uint32_t end);

}  // namespace faultline::timex
