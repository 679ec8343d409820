#include "recognise/places/recognise_places.h"

#include <algorithm>
#include <cstdlib>

#include "recognise/places/place_finder.h"
#include "recognise/places/place_ranker.h"

namespace faultline {

const char* TierName(places::Tier tier) {
  switch (tier) {
    case places::Tier::kExact: return "exact";
    case places::Tier::kFolded: return "folded";
    case places::Tier::kTranslit: return "translit";
  }
  return "exact";
}

bool PlacesDisabled() {
  static const bool disabled = [] {
    const char* v = std::getenv("FAULTLINE_NO_PLACES");
    return v != nullptr && v[0] != '\0' && v[0] != '0';
  }();
  return disabled;
}

void RecognisePlaces(Document& doc, const places::Gazetteer& g, const Lexicon& lexicon) {
  using places::PlaceKind;
  if (!g.loaded() || PlacesDisabled()) return;
  // Kept per thread: a fresh vector per article grew by doubling, and its copies landed on
  // pages the process had never touched.
  thread_local std::vector<places::PlaceMention> mentions;
  places::FindPlaceMentions(doc, g, lexicon, &mentions);
  places::RankMentions(g, mentions);
  doc.places.reserve(doc.places.size() +
                     std::count_if(mentions.begin(), mentions.end(),
                                   [](const places::PlaceMention& m) { return m.chosen >= 0; }));
  for (const places::PlaceMention& m : mentions) {
    if (m.chosen < 0) continue;
    const places::PlaceCandidate& c = m.candidates[static_cast<size_t>(m.chosen)];
    const places::EntryRecord& e = g.entry(c.entry);
    Place p;
    p.span = m.span;
    p.name = std::string(g.Name(c.entry));
    p.lat = e.lat;
    p.lon = e.lon;
    p.country = std::string(g.Country(c.entry));
    if (p.country[0] == '\0') p.country.clear();
    if (c.kind == PlaceKind::kAdmin1) {
      p.admin1 = p.name;
    } else if (e.admin1 != places::kNoEntry) {
      p.admin1 = std::string(g.Name(e.admin1));
    }
    p.feature = std::string(g.Feature(c.entry));
    p.geonameid = e.geonameid;
    p.precision = places::Precision(g, m, c.entry);
    p.adjectival = c.adjectival && !m.border;
    p.tier = TierName(c.tier);
    doc.places.push_back(std::move(p));
  }
  // Mentions come in text order, save a merged border ("Syria-Turkey border"): sort only then.
  auto by_start = [](const Place& a, const Place& b) { return a.span.begin < b.span.begin; };
  if (!std::is_sorted(doc.places.begin(), doc.places.end(), by_start)) {
    std::stable_sort(doc.places.begin(), doc.places.end(), by_start);
  }
}

}  // namespace faultline
