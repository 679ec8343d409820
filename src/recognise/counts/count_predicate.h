// The predicate of a counted group: what the rest of its clause says happened to it.
// "15,000 people were displaced" (passive), "5,000 fled" (intransitive), "nine people
// dead", "1,100 families stayed in emergency shelters", "41,000 households had their houses
// destroyed". Reduced relatives ("people displaced by floods") are weaker than a finite
// predicate: "850 people displaced by flooding were evacuated" counts the evacuated.
#pragma once

#include <string_view>
#include <vector>

#include "faultline/document.h"
#include "recognise/counts/count_lexicon.h"
#include "recognise/counts/count_phrase.h"

namespace faultline {

struct Predicate {
  std::string_view strong;  // a finite predicate or copula complement
  std::string_view weak;    // a reduced relative or a location ("in 21 camps")
  bool agent = false;       // the group does the act to others: "5 gunmen killed 10"
};

Predicate ScanPredicate(const std::vector<Token>& toks, uint32_t se, const CountPhrase& phrase);

// Housing cues are about houses (or a group whose houses were named on the way: "had their
// houses destroyed"); most people cues are not about houses.
bool CueFitsUnit(const CountCue& cue, CountUnit unit, bool house_seen);

}  // namespace faultline
