// Number parser for counts: reads the number that starts at a token, written in digits
// ("200,000", "1.6", "14 000"), in words ("three million", "Nine hundred and twenty-one"),
// mixed ("1.6 million", "2.14 lakh"), as a range ("18,000 to 25,000", "one to 1.5 million")
// or as a vague plural ("dozens", "thousands", "tens of thousands").
//
// It works on folded tokens (Token::norm) so that it sees the same units the rest of the
// pipeline sees; it allocates nothing and keeps no state.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "faultline/document.h"

namespace faultline {

struct ParsedNumber {
  double value = 0;  // the figure: the number itself, the top of a range, the floor of a vague one
  double low = 0;
  double high = 0;
  bool range = false;     // "18,000 to 25,000", "between 1,200 and 2,000"
  bool vague = false;     // "dozens", "thousands": `value` is a conservative floor
  bool digits = false;    // first number written with digits
  bool year_like = false; // a bare four-digit 1800..2100 with no separator or scale word
  uint32_t end = 0;       // one past the last token read
};

// Parses a number starting at tokens[i], reading no further than `end`. When
// `between` is set (the caller saw "between"), "X and Y" is read as a range. Returns false
// when tokens[i] does not start a number.
bool ParseNumber(const std::vector<Token>& tokens, uint32_t i, uint32_t end, bool between,
                 ParsedNumber* out);

// "hundred", "dozen", "thousand", "lakh", "million" ...: the words that "a", "several" and
// "few" need after them to start a number ("a thousand", "several hundred").
bool IsMultiplierWord(std::string_view norm);

}  // namespace faultline
