// PlaceMention: one stretch of text that may name a place, with every gazetteer entry it could
// be. The finder (place_finder.h) makes them; the ranker (place_ranker.h) picks one entry each
// or drops the mention; recognise_places.h turns the survivors into Document::places.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "faultline/document.h"
#include "recognise/places/gazetteer_format.h"
#include "recognise/places/place_rules.h"

namespace faultline::places {

struct PlaceCandidate {
  uint32_t entry = 0;
  Tier tier = Tier::kExact;  // the strictest tier at which the mention reached this entry
  bool adjectival = false;
  bool primary = false;
  // The entry's kind, copied in by whoever makes the candidate: the rules ask it of every
  // candidate, and each entry record is a cache miss somewhere in the index.
  PlaceKind kind = PlaceKind::kCity;
  double score = 0;
};

struct PlaceMention {
  Span span;            // whole mention, including "northern" or "province" when present
  Span name_span;       // the name itself
  uint32_t token_begin = 0, token_end = 0;  // the name's tokens
  uint32_t sentence = 0;
  std::string surface;  // text of name_span
  std::string folded;   // FoldName(surface), set by the finder (empty: not computed)
  std::vector<PlaceCandidate> candidates;
  TypeHint hint = TypeHint::kNone;
  bool directional = false;   // "northern Idlib": part of the place
  bool near = false;          // "near Aleppo": within about 25 km
  bool common_word = false;   // the name is also an ordinary English word ("Mobile", "Reading")
  bool after_locative = false;  // "in X", "near X"
  bool in_place = false;        // "in X", "at X", "near X": the text puts something there
  bool border = false;        // "the Turkish border": resolved against the article's focus
  std::vector<std::string> border_countries;  // ISO codes named in the mention
  int container = -1;         // mention this one lies in: "X, Y", "X in Y province"
  int chosen = -1;            // index into candidates, -1 = not a place
};

}  // namespace faultline::places
