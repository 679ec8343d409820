// Event places: gives every event the place it happened at, as an index into Document::places.
//
// The place its clause names (most specific first, then nearest the trigger); else the
// sentence's; else the article's focus (its most often named place). Demonyms ("Syrian
// government forces") say who, not where, so they are never a clause or sentence place.
// Event::place_precision is the UCDP GED precision of the choice: the place's own for a clause
// or sentence place, and at least 4 (somewhere in a first-order area) for the article's focus,
// since the article only says the event belongs to that area. provenance.place_rule records
// which rule decided: "clause", "sentence" or "article".
#pragma once

#include <cstdint>
#include <optional>

#include "faultline/document.h"

namespace faultline {

void AttachEventPlaces(Document& doc);

// The article's focus place: the non-adjectival place named most often (ties: the more
// specific, then the earlier). Empty when the article names no place.
std::optional<uint32_t> ArticleFocusPlace(const Document& doc);

}  // namespace faultline
