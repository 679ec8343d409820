// Place ranker: chooses, for every mention, the gazetteer entry it names, or none.
//
// Each candidate gets a score from independent features, each a function here so it can be
// tested on its own:
//   Prominence         feature level (country > admin-1 > admin-2 > city) and, for cities,
//                      population (missing populations imputed from the feature code) and
//                      capital status.
//   TierScore          exact > folded > transliteration key; alternate names a little less.
//   HintScore          "Idlib province" wants an admin-1 area, "Laurel county" an admin-2.
//   ArticleCountryScore the countries the rest of the article talks about.
//   ArticleAdmin1Score the admin-1 areas the rest of the article is in (local news).
//   ContainmentScore   "X, Y" and "X in Y": X must lie inside Y's pick.
//   CoherenceScore     the same admin-1 area as, or near, the article's other places.
// Loose tiers never decide alone: a transliteration-only pick, a name that is also an ordinary
// English word, and a small town named once without "in"/"near" need support from the article
// (containment, coherence or the country being discussed) or the mention is dropped.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "recognise/places/gazetteer.h"
#include "recognise/places/place_mention.h"

namespace faultline::places {

double Prominence(const Gazetteer& g, uint32_t entry);
// The population the ranker uses: the recorded one, else a typical one for the feature code
// (GeoNames writes 0 for "unknown": Ma'arrat an-Nu'man has 0).
double EffectivePopulation(const Gazetteer& g, uint32_t entry);
double TierScore(const PlaceCandidate& c);
double HintScore(const Gazetteer& g, TypeHint hint, uint32_t entry);
// votes: country code -> weight of the other mentions that point there.
double ArticleCountryScore(const Gazetteer& g, uint32_t entry, const std::map<std::string, double>& votes);
// +6 inside `container_entry`, -6 outside, 0 when there is no container.
double ContainmentScore(const Gazetteer& g, uint32_t entry, uint32_t container_entry);
bool Inside(const Gazetteer& g, uint32_t entry, uint32_t container_entry);
// votes: admin-1 entry -> weight of the other mentions inside it (or naming it).
double ArticleAdmin1Score(const Gazetteer& g, uint32_t entry, const std::map<uint32_t, double>& votes);
// others: the current picks of the article's other mentions.
double CoherenceScore(const Gazetteer& g, uint32_t entry, const std::vector<uint32_t>& others);

double DistanceKm(double lat1, double lon1, double lat2, double lon2);

// UCDP GED precision of a mention resolved to `entry`.
int Precision(const Gazetteer& g, const PlaceMention& m, uint32_t entry);

// Sets chosen (and candidate scores) on every mention; border mentions are resolved against the
// article's focus country. Returns the focus country code ("" when none).
std::string RankMentions(const Gazetteer& g, std::vector<PlaceMention>& mentions);

}  // namespace faultline::places
