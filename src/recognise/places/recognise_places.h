// RecognisePlaces: the recognise stage's place step. Finds place mentions (place_finder.h),
// resolves them against the gazetteer (place_ranker.h) and fills Document::places in text
// order. Needs tokens, sentences and tags; leaves every other layer alone.
#pragma once

#include "faultline/document.h"
#include "recognise/places/gazetteer.h"
#include "segment/lexicon.h"

namespace faultline {

// Does nothing when the gazetteer is not loaded, or when the environment variable
// FAULTLINE_NO_PLACES is set to anything but "" or "0" (for benchmarks: the pipeline's cost without
// the place step).
void RecognisePlaces(Document& doc, const places::Gazetteer& gazetteer, const Lexicon& lexicon);

// "exact", "folded", "translit".
const char* TierName(places::Tier tier);

// FAULTLINE_NO_PLACES, read once.
bool PlacesDisabled();

}  // namespace faultline
