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

// Returned for a counted group of people whose clause names no category; reported with an
// empty category.
inline constexpr std::string_view kUncategorised = "-";

// The category of the phrase in the sentence [sb, se); kUncategorised for a group of people
// with a noun ("18,000 people") whose clause says nothing known about it; "" when the
// number is not a count at all.
std::string_view FindCountCategory(const std::vector<Token>& toks, uint32_t sb, uint32_t se,
                                   const CountPhrase& phrase);

}  // namespace faultline
