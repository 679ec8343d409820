// Place finder: the mentions of possible places in a segmented, tagged Document.
//
// A mention starts at a capitalised word (or an Arabic article before a hyphen, "al-Bab") and is
// the longest run of capitalised words and name connectors ("of", "al", "-") that the gazetteer
// knows at any tier. Around the name it reads type words ("Idlib province"), directions
// ("southern and eastern Idlib"), "near", borders ("the Turkish border", "border with Turkey")
// and containment ("Alexandria, La.", "X in Idlib province"). Names that are part of a person's
// or a publication's name are dropped here: "Jordan Peterson", "Paris Hilton", "Mr. Jordan",
// "the Washington Post"; and once a name was seen as a person, its other single-word mentions go
// too ("Chiquita Henry ... Henry's arrest").
#pragma once

#include <string_view>
#include <vector>

#include "faultline/document.h"
#include "recognise/places/gazetteer.h"
#include "recognise/places/place_mention.h"
#include "segment/lexicon.h"

namespace faultline::places {

// Looks `surface` up at the three tiers; each entry is reported once, at its strictest tier.
// The transliteration tier is only consulted for names of five or more letters, where a loose
// key is still distinctive.
void LookupName(const Gazetteer& gazetteer, std::string_view surface, std::vector<PlaceCandidate>* out);

// The mentions of `doc` in text order, in `out` (cleared first: a caller that keeps one vector
// for all its documents allocates its storage once). `lexicon` may be unloaded; then no name
// counts as an ordinary word.
void FindPlaceMentions(const Document& doc, const Gazetteer& gazetteer, const Lexicon& lexicon,
                       std::vector<PlaceMention>* out);

}  // namespace faultline::places
