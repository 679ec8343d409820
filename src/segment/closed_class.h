// The closed-class words of English that the tagger knows without a lexicon.
#pragma once

#include <string_view>

#include "faultline/document.h"

namespace faultline {

// The class of a closed-class word form (folded), or Pos::kUnknown.
Pos ClosedClass(std::string_view norm);
// Dictionary form of a closed-class word ("was" -> "be", "n't" -> "not").
std::string_view ClosedLemma(std::string_view norm);
// Spelled-out numbers: "three", "million", "dozens".
bool IsNumberWord(std::string_view norm);

}  // namespace faultline
