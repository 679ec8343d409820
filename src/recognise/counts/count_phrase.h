// Count phrases: a number with its qualifier and the noun it counts, found in one
// sentence. "more than 200,000 men, women and children" -> qualifier more_than, number
// 200,000, head "men", unit people. Numbers that are dates, years, money, measures or ages
// are not count phrases.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "faultline/document.h"
#include "recognise/counts/count_lexicon.h"
#include "recognise/counts/number_parser.h"

namespace faultline {

constexpr uint32_t kNoToken = UINT32_MAX;

struct CountPhrase {
  uint32_t begin = 0;        // first token: qualifier or number
  uint32_t num_begin = 0;    // first token of the number
  uint32_t num_end = 0;      // one past the number
  uint32_t head = kNoToken;  // the counted noun, when there is one
  uint32_t np_end = 0;       // one past the noun phrase (the number when there is no noun)
  ParsedNumber number;
  std::string_view qualifier;  // exact, about, more_than ... (before vague/range are applied)
  CountUnit unit = CountUnit::kNone;
  bool negated = false;       // "no one", "no deaths": the figure is zero
};

// Reads the count phrase starting at token i of the sentence [sb, se), or returns false.
// `i` is where a number or "no"/"nobody" starts; the qualifier before it is looked up here.
bool ReadCountPhrase(const std::vector<Token>& toks, uint32_t sb, uint32_t se, uint32_t i,
                     CountPhrase* out);

}  // namespace faultline
