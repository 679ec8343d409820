// What a count counts, chosen by syntax rather than by nearness: the verb that takes the
// counted group as object ("displaced 15,000 people"), the predicate said of it ("15,000
// people were displaced", "nine people dead"), the noun it counts ("29 deaths", "3,500
// displaced people"), an event noun ("the evacuation of 618,000 people") or a label
// ("Number of displaced: 452"). A cue in another clause does not count: in "350,000
// displaced, of whom 76,000 returned" the 76,000 are not displaced.
#pragma once

#include <string_view>
#include <vector>

#include "faultline/document.h"
#include "recognise/counts/count_phrase.h"

namespace faultline {

// The category of the phrase in the sentence [sb, se), or "" when nothing in its clause
// says what happened to the counted group (then it is not reported as a count).
std::string_view FindCountCategory(const std::vector<Token>& toks, uint32_t sb, uint32_t se,
                                   const CountPhrase& phrase);

}  // namespace faultline
