// Atoms: what the date grammar needs to know about each token of a sentence, computed once
// per token (one hash lookup for words, a digit scan for numbers) so that matching the
// rules never touches strings again except for literal words.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "faultline/document.h"
#include "recognise/timex/lexicon.h"

namespace faultline::timex {

struct Atom {
  const WordInfo* word = nullptr;  // temporal word class, or nullptr
  std::string_view norm;
  double number = -1;      // value of a numeric token ("7", "1.5", "200,000"), else -1
  int32_t digits = -1;     // value of a plain digit token without separators, else -1
  int16_t ndigits = 0;     // its number of digits (a year has four)
  int16_t ord_digits = 0;  // "7th", "21st" -> 7, 21
  int16_t decade = -1;     // "1980s" -> 198, "80s" -> 198
  int16_t clock_h = -1;    // "7:15" -> 7
  int16_t clock_m = -1;    //        -> 15
  // StartBits(atoms, i) once asked (0 before: every value has a bucket bit). The grammar
  // asks it of a few atoms per sentence, around the temporal words only.
  mutable uint64_t start_bits = 0;
  bool cap = false;        // capitalised in the original
  bool space_before = false;
  bool punct = false;
};

// Fills atoms[i - begin] for the tokens [begin, end) of `tokens`. Reuses the capacity of
// `atoms`, so a caller that keeps the vector does not allocate per sentence.
void BuildAtoms(const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                std::vector<Atom>& atoms);

// A small hash of a word (0..31): rules starting with a literal are tried only at tokens
// in one of the literal's buckets.
inline uint8_t LiteralBucket(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return static_cast<uint8_t>((h ^ (h >> 15)) & 31);
}

// Multi-token numbers starting at atom i: digits ("48", "2 1/2"), words ("twenty four",
// "two hundred", "a couple of"). Returns the number of atoms used, 0 when none.
int ParseCardinal(const std::vector<Atom>& a, size_t i, double* value);
// Day-of-month ordinals: "7th", "seventh", "twenty-first". Returns atoms used.
int ParseOrdinal(const std::vector<Atom>& a, size_t i, int* value);
// Years: "1998", "nineteen ninety-six", "two thousand", "'98". Returns atoms used.
int ParseYear(const std::vector<Atom>& a, size_t i, int* year);

}  // namespace faultline::timex
