// Filters for matches that the grammar alone cannot tell from ordinary words: "May" the
// modal, "fall" the verb, "2000 people" the count.
#pragma once

#include <vector>

#include "faultline/document.h"
#include "recognise/timex/grammar.h"

namespace faultline::timex {

// True when the match [m.begin, m.end) of the sentence's atoms (token offset `base` into
// `tokens`) should be dropped.
bool RejectMatch(const Match& m, const Rule& rule, const std::vector<Atom>& atoms);

}  // namespace faultline::timex
