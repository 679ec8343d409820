#include "recognise/places/place_ranker.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <span>
#include <string_view>

#include "recognise/places/place_name.h"
#include "recognise/places/text_memo.h"
#include "util/flat_map.h"

namespace faultline::places {
namespace {

constexpr double kSmallTown = 20000;
constexpr size_t kMaxRankedCandidates = 24;

bool IsAreaKind(PlaceKind k) { return k != PlaceKind::kCity; }

std::vector<std::string_view> Countries(const Gazetteer& g, uint32_t e) {
  std::vector<std::string_view> out;
  std::string_view all = g.String(g.entry(e).countries);
  while (!all.empty()) {
    const size_t comma = all.find(',');
    out.push_back(all.substr(0, comma));
    if (comma == std::string_view::npos) break;
    all.remove_prefix(comma + 1);
  }
  if (out.empty() && g.Country(e)[0] != '\0') out.push_back(g.Country(e));
  return out;
}

// Countries() without the vector: calls f on each ISO code of the entry.
template <typename F>
void ForEachCountry(const Gazetteer& g, uint32_t e, F f) {
  std::string_view all = g.String(g.entry(e).countries);
  bool any = false;
  while (!all.empty()) {
    const size_t comma = all.find(',');
    f(all.substr(0, comma));
    any = true;
    if (comma == std::string_view::npos) break;
    all.remove_prefix(comma + 1);
  }
  if (!any && g.Country(e)[0] != '\0') f(g.Country(e));
}

double VoteWeight(const PlaceCandidate& c) {
  switch (c.kind) {
    case PlaceKind::kCountry:
    case PlaceKind::kAdmin1: return 1.0;
    case PlaceKind::kContinent: return 0.0;
    default: return 0.7;
  }
}

// An ISO country code as one integer (codes are two letters; up to eight bytes pack exactly,
// longer ones keep their text for the comparison).
struct CountryKey {
  explicit CountryKey(std::string_view cc) : text(cc) {
    for (size_t i = 0; i < cc.size() && i < 8; ++i) {
      packed |= uint64_t{static_cast<unsigned char>(cc[i])} << (56 - 8 * i);
    }
  }
  bool operator==(const CountryKey& o) const {
    return packed == o.packed && (text.size() <= 8 ? text.size() == o.text.size() : text == o.text);
  }
  bool operator<(const CountryKey& o) const {
    return packed != o.packed ? packed < o.packed : text < o.text;
  }
  uint64_t packed = 0;
  std::string_view text;
};

// Votes by key: a sorted vector in place of a std::map (no node per key). Each key's weights
// are added in the order given, as a map would add them, so the sums are the same to the bit.
template <typename K>
class Votes {
 public:
  // Becomes the sums of (key, weight) pairs given in mention order.
  void AssignSum(std::vector<std::pair<K, double>>& adds) {
    auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (adds.size() <= 32) {
      // An article's few votes: a stable insertion sort, without stable_sort's buffer.
      for (size_t i = 1; i < adds.size(); ++i) {
        for (size_t j = i; j > 0 && by_key(adds[j], adds[j - 1]); --j) {
          std::swap(adds[j], adds[j - 1]);
        }
      }
    } else {
      std::stable_sort(adds.begin(), adds.end(), by_key);
    }
    items_.clear();
    for (const auto& [k, w] : adds) {
      if (items_.empty() || !(items_.back().first == k)) items_.push_back({k, 0.0});
      items_.back().second += w;
    }
  }
  // Adds `w` to `k` (few keys: a linear search).
  void Add(const K& k, double w) {
    for (auto& [key, v] : items_) {
      if (key == k) {
        v += w;
        return;
      }
    }
    items_.push_back({k, w});
  }
  // Becomes `all` with `own`'s subtracted (own's keys are all among all's), in this object's
  // storage.
  void AssignWithout(const Votes& all, const Votes& own) {
    items_ = all.items_;
    for (const auto& [k, w] : own.items_) {
      auto it = std::lower_bound(items_.begin(), items_.end(), k,
                                 [](const auto& a, const K& b) { return a.first < b; });
      if (it != items_.end() && it->first == k) it->second -= w;
    }
  }
  void Clear() { items_.clear(); }
  double Max() const {
    double max = 0;
    for (const auto& kv : items_) max = std::max(max, kv.second);
    return max;
  }
  const double* Find(const K& k) const {
    auto it = std::lower_bound(items_.begin(), items_.end(), k,
                               [](const auto& a, const K& b) { return a.first < b; });
    return it != items_.end() && it->first == k ? &it->second : nullptr;
  }

 private:
  std::vector<std::pair<K, double>> items_;  // sorted by key after Sum
};

// Prominence memoised per thread in a direct-mapped table: common names ("Springfield") bring
// the same dozens of entries to article after article, and each costs a log10.
double CachedProminence(const Gazetteer& g, uint32_t e) {
  struct Slot {
    uint32_t entry = kNoEntry;
    double value = 0;
  };
  constexpr size_t kSlots = 8192;
  thread_local Slot* slots = nullptr;  // in 2 MB pages, as the finder's memos
  thread_local const Gazetteer* owner = nullptr;
  thread_local const EntryRecord* entries = nullptr;
  if (owner != &g || entries != &g.entry(0) || slots == nullptr) {
    if (slots == nullptr) slots = static_cast<Slot*>(ThreadTableMemory(kSlots * sizeof(Slot)));
    for (size_t i = 0; i < kSlots; ++i) new (&slots[i]) Slot{};
    owner = &g;
    entries = &g.entry(0);
  }
  Slot& s = slots[e & (kSlots - 1)];
  if (s.entry != e) {
    s.entry = e;
    s.value = Prominence(g, e);
  }
  return s.value;
}

bool SameEntries(const std::vector<PlaceCandidate>& a, const std::vector<PlaceCandidate>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].entry != b[i].entry) return false;
  }
  return true;
}

struct Pick {
  int mention;
  uint32_t entry;
};

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double p1 = lat1 * kRad, p2 = lat2 * kRad, dp = p2 - p1, dl = (lon2 - lon1) * kRad;
  const double h = std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
  return 2 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(h)));
}

double EffectivePopulation(const Gazetteer& g, uint32_t e) {
  const double pop = g.entry(e).population;
  if (pop > 0) return pop;
  const std::string_view f = g.Feature(e);
  if (f == "PPLC") return 100000;
  if (f == "PPLA") return 50000;
  if (f == "PPLA2") return 10000;
  if (f == "PPLA3") return 3000;
  return 1000;
}

double Prominence(const Gazetteer& g, uint32_t e) {
  switch (g.Kind(e)) {
    case PlaceKind::kCountry: return g.Feature(e) == "PCLI" ? 11.0 : 9.5;
    case PlaceKind::kContinent: return 9.0;
    case PlaceKind::kRegion: return 8.0;
    case PlaceKind::kAdmin1: return 8.0;
    case PlaceKind::kBorder: return 7.0;
    case PlaceKind::kAdmin2: return 5.0;
    case PlaceKind::kCity: break;
  }
  const std::string_view f = g.Feature(e);
  double s = 2.0 + 0.9 * std::log10(std::max(100.0, EffectivePopulation(g, e)));
  if (f == "PPLC") {
    s += 1.5;
  } else if (f == "PPLA") {
    s += 0.5;
  } else if (f == "PPLA2") {
    s += 0.2;
  } else if (f == "PPLX") {
    s -= 1.0;  // a section of a city: rarely what a bare name means
  }
  return s;
}

double TierScore(const PlaceCandidate& c) {
  double s = c.tier == Tier::kExact ? 0.0 : c.tier == Tier::kFolded ? -0.3 : -1.5;
  if (!c.primary) s -= IsAreaKind(c.kind) && c.kind != PlaceKind::kAdmin2 ? 0.3 : 1.0;
  return s;
}

double HintScore(const Gazetteer& g, TypeHint hint, uint32_t e) {
  if (hint == TypeHint::kNone) return 0;
  return HintMatches(hint, g.Kind(e)) ? 4.0 : -4.0;
}

double ArticleCountryScore(const Gazetteer& g, uint32_t e, const std::map<std::string, double>& votes) {
  double max = 0;
  for (const auto& [cc, v] : votes) max = std::max(max, v);
  if (max <= 0) return 0;
  double best = 0;
  for (std::string_view cc : Countries(g, e)) {
    auto it = votes.find(std::string(cc));
    if (it != votes.end()) best = std::max(best, it->second / max);
  }
  return 4.0 * best;
}

double ArticleAdmin1Score(const Gazetteer& g, uint32_t e, const std::map<uint32_t, double>& votes) {
  double max = 0;
  for (const auto& [a, v] : votes) max = std::max(max, v);
  if (max <= 0) return 0;
  const uint32_t a = g.Kind(e) == PlaceKind::kAdmin1 ? e : g.entry(e).admin1;
  auto it = votes.find(a);
  return it == votes.end() ? 0 : 3.0 * it->second / max;
}

bool Inside(const Gazetteer& g, uint32_t e, uint32_t c) {
  if (e == c) return false;
  const EntryRecord& r = g.entry(e);
  switch (g.Kind(c)) {
    case PlaceKind::kCountry:
    case PlaceKind::kContinent:
    case PlaceKind::kRegion: {
      const std::vector<std::string_view> mine = Countries(g, e);
      for (std::string_view cc : Countries(g, c)) {
        if (std::find(mine.begin(), mine.end(), cc) != mine.end()) return true;
      }
      return false;
    }
    case PlaceKind::kAdmin1: return r.admin1 == c;
    case PlaceKind::kAdmin2: return r.admin2 == c;
    default: return false;
  }
}

double ContainmentScore(const Gazetteer& g, uint32_t e, uint32_t c) {
  if (c == kNoEntry) return 0;
  return Inside(g, e, c) ? 6.0 : -6.0;
}

namespace {

// True when two points are certainly more than 150 km apart by longitude alone. Between
// latitudes 60S and 60N (cosines at least 0.5) the haversine distance is at least
// R * dlon / pi for a longitude difference dlon (wrapped to at most 180 degrees; sin(x/2) >=
// x/pi), which is 159 km at 4.5 degrees: a margin no rounding in DistanceKm closes.
bool FarApartInLongitude(float lat_a, float lon_a, float lat_b, float lon_b) {
  if (std::abs(lat_a) > 60.0f || std::abs(lat_b) > 60.0f) return false;
  double dlon = std::abs(static_cast<double>(lon_a) - static_cast<double>(lon_b));
  if (dlon > 180.0) dlon = 360.0 - dlon;
  return dlon >= 4.5;
}

// What coherence reads of another mention's pick, side by side for the pairwise loop: the
// entry records (48 bytes each, scattered over the index) are read once per pass, not once per
// candidate and pick.
struct PickPlace {
  uint32_t entry;
  uint32_t admin1;
  float lat;
  float lon;
};

// Countries and continents are said to cohere with nothing: they never enter the list.
bool CanCohere(const Gazetteer& g, uint32_t e) {
  return g.Kind(e) != PlaceKind::kCountry && g.Kind(e) != PlaceKind::kContinent;
}

PickPlace PickPlaceOf(const Gazetteer& g, uint32_t e) {
  const EntryRecord& q = g.entry(e);
  return {e, q.admin1, q.lat, q.lon};
}

// CoherenceScore over picks that can cohere.
double Coherence(const EntryRecord& r, uint32_t e, std::span<const PickPlace> others) {
  // The score is 0, 1.5 or 2.0 (the most there is): stop at 2.0, and measure distances only
  // while nothing has given 1.5 yet.
  double s = 0;
  for (const PickPlace& q : others) {
    if (q.entry == e) continue;
    double f = 0;
    if (r.admin1 != kNoEntry && (r.admin1 == q.admin1 || r.admin1 == q.entry)) f = 2.0;
    if (q.admin1 == e) f = std::max(f, 1.5);  // this area contains another place of the article
    // 150 km is under 1.4 degrees of latitude: most pairs are ruled out without trigonometry.
    if (f < 1.5 && s < 1.5 && std::abs(r.lat - q.lat) < 1.4f &&
        !FarApartInLongitude(r.lat, r.lon, q.lat, q.lon) &&
        DistanceKm(r.lat, r.lon, q.lat, q.lon) < 150) {
      f = 1.5;
    }
    s = std::max(s, f);
    if (s >= 2.0) break;
  }
  return s;
}

}  // namespace

double CoherenceScore(const Gazetteer& g, uint32_t e, const std::vector<uint32_t>& others) {
  std::vector<PickPlace> places;
  for (uint32_t o : others) {
    if (CanCohere(g, o)) places.push_back(PickPlaceOf(g, o));
  }
  return Coherence(g.entry(e), e, places);
}

int Precision(const Gazetteer& g, const PlaceMention& m, uint32_t e) {
  switch (g.Kind(e)) {
    case PlaceKind::kCity: return m.near || m.directional ? 2 : 1;
    case PlaceKind::kAdmin2: return 3;
    case PlaceKind::kAdmin1: return 4;
    case PlaceKind::kRegion: return Countries(g, e).size() > 1 ? 7 : (m.directional ? 5 : 4);
    case PlaceKind::kBorder: return 5;
    case PlaceKind::kCountry: return m.directional || m.border ? 5 : 6;
    case PlaceKind::kContinent: return 7;
  }
  return 7;
}

namespace {

// The article's evidence for the candidates of one surface in one pass.
struct SurfaceEvidence {
  bool ready = false;
  std::vector<PickPlace> other_picks;  // by entry, without repeats or countries and continents
  Votes<CountryKey> countries;         // the article's country votes without this surface's own
  Votes<uint32_t> admin1;
  double country_max = 0, admin1_max = 0;
  const std::vector<PlaceCandidate>* scored = nullptr;  // the candidates `evidence` is for
  std::vector<std::pair<double, double>> evidence;      // per candidate: country, coherence
};

// A mention that can vouch for others in this pass, with what coherence reads of its pick.
struct Voucher {
  uint32_t surface;
  bool coheres;  // its pick is neither a country nor a continent
  PickPlace place;
};

// RankMentions' working vectors, kept per thread: an article needs a few dozen of them, and
// allocating each anew was a tenth of the ranker's time. Every use resets what it reads.
struct RankScratch {
  std::vector<uint32_t> surface_id;
  std::vector<uint32_t> surface_slots;  // open addressing: mention index + 1 of a first surface
  std::vector<std::string> folded;      // surfaces the finder did not fold (tests)
  std::vector<size_t> base_at;
  std::vector<double> base;
  std::vector<char> supported, strong, in_article_country;
  std::vector<SurfaceEvidence> by_surface;
  std::vector<uint32_t> picks;
  std::vector<uint32_t> by_pick;
  std::vector<Voucher> vouchers;
  // Per mention: its pick as it stands is a transliteration-only match (what a walk asks of every
  // voucher; the mention itself and its candidates are far apart in memory).
  std::vector<char> translit_pick;
  std::vector<std::pair<CountryKey, double>> country_adds;
  std::vector<std::pair<uint32_t, double>> admin1_adds;
  std::vector<Votes<CountryKey>> votes_by_surface;
  std::vector<Votes<uint32_t>> admin1_by_surface;
  Votes<CountryKey> votes;
  Votes<uint32_t> admin1_votes;
};

// Resizes `v` to `n` cleared elements, keeping the vectors inside them and their capacity.
template <typename T, typename Clear>
void ResetEach(std::vector<T>& v, size_t n, Clear clear) {
  if (v.size() < n) v.resize(n);
  for (size_t i = 0; i < n; ++i) clear(v[i]);
}

// The folded surface of every mention as a small integer, numbered in order of first appearance:
// the pairwise loops compare these, and the article's evidence for one candidate is the same for
// every mention of one surface. Returns the number of surfaces.
size_t NumberSurfaces(const std::vector<PlaceMention>& ms, RankScratch& scratch) {
  const size_t n = ms.size();
  scratch.folded.resize(n);
  auto folded = [&](size_t i) -> std::string_view {
    return ms[i].folded.empty() ? std::string_view(scratch.folded[i])
                                : std::string_view(ms[i].folded);
  };
  for (size_t i = 0; i < n; ++i) {
    if (ms[i].folded.empty()) scratch.folded[i] = FoldName(ms[i].surface);
  }
  size_t slots = 16;
  while (slots < 2 * n) slots *= 2;
  scratch.surface_slots.assign(slots, 0);
  scratch.surface_id.resize(n);
  uint32_t count = 0;
  for (size_t i = 0; i < n; ++i) {
    const std::string_view f = folded(i);
    size_t pos = HashBytes(f) & (slots - 1);
    for (;; pos = (pos + 1) & (slots - 1)) {
      const uint32_t first = scratch.surface_slots[pos];
      if (first == 0) {
        scratch.surface_slots[pos] = static_cast<uint32_t>(i + 1);
        scratch.surface_id[i] = count++;
        break;
      }
      if (folded(first - 1) == f) {
        scratch.surface_id[i] = scratch.surface_id[first - 1];
        break;
      }
    }
  }
  return count;
}

}  // namespace

std::string RankMentions(const Gazetteer& g, std::vector<PlaceMention>& ms) {
  const size_t n = ms.size();
  thread_local RankScratch scratch;
  // Pass 0: prominence, tier and type word alone.
  for (PlaceMention& m : ms) {
    double best = -1e9;
    m.chosen = -1;
    for (size_t c = 0; c < m.candidates.size(); ++c) {
      PlaceCandidate& pc = m.candidates[c];
      pc.score = CachedProminence(g, pc.entry) + TierScore(pc) + HintScore(g, m.hint, pc.entry);
      if (pc.score > best) {
        best = pc.score;
        m.chosen = static_cast<int>(c);
      }
    }
    // A common name ("Springfield", "Salem") has dozens of namesakes; the article's evidence
    // (at most +13) cannot lift one that starts far behind, so only the leaders go on, which
    // keeps the pairwise coherence passes cheap.
    if (m.candidates.size() > kMaxRankedCandidates) {
      std::stable_sort(m.candidates.begin(), m.candidates.end(),
                       [](const PlaceCandidate& a, const PlaceCandidate& b) { return a.score > b.score; });
      m.candidates.resize(kMaxRankedCandidates);
      m.chosen = 0;
    }
  }
  const size_t surface_count = NumberSurfaces(ms, scratch);
  const std::vector<uint32_t>& surface_id = scratch.surface_id;
  // Prominence, tier and type word do not change between passes: pass 0's scores.
  std::vector<size_t>& base_at = scratch.base_at;
  base_at.assign(n + 1, 0);
  for (size_t i = 0; i < n; ++i) base_at[i + 1] = base_at[i] + ms[i].candidates.size();
  std::vector<double>& base = scratch.base;
  base.resize(base_at[n]);
  for (size_t i = 0; i < n; ++i) {
    for (size_t c = 0; c < ms[i].candidates.size(); ++c) {
      base[base_at[i] + c] = ms[i].candidates[c].score;
    }
  }

  // supported: the article backs the pick at all (its country is discussed); strong: by
  // containment or by coherence with the other places, which loose evidence needs.
  std::vector<char>& supported = scratch.supported;
  std::vector<char>& strong = scratch.strong;
  std::vector<char>& in_article_country = scratch.in_article_country;
  supported.assign(n, 0);
  strong.assign(n, 0);
  in_article_country.assign(n, 0);
  // Per surface: the other mentions' picks and votes, and the article evidence for each
  // candidate (which depends on nothing else), kept for the surface's next mention when its
  // candidates are the same.
  std::vector<uint32_t>& picks = scratch.picks;
  picks.assign(n, kNoEntry);
  for (int pass = 0; pass < 2; ++pass) {
    // Country votes and current picks, per surface so a name does not vote for itself.
    scratch.country_adds.clear();
    scratch.admin1_adds.clear();
    ResetEach(scratch.votes_by_surface, surface_count, [](Votes<CountryKey>& v) { v.Clear(); });
    ResetEach(scratch.admin1_by_surface, surface_count, [](Votes<uint32_t>& v) { v.Clear(); });
    for (size_t i = 0; i < n; ++i) {
      if (ms[i].chosen < 0 || ms[i].border) continue;
      const PlaceCandidate& pc = ms[i].candidates[static_cast<size_t>(ms[i].chosen)];
      if (pc.tier == Tier::kTranslit) continue;
      ForEachCountry(g, pc.entry, [&](std::string_view cc) {
        scratch.country_adds.emplace_back(CountryKey(cc), VoteWeight(pc));
        scratch.votes_by_surface[surface_id[i]].Add(CountryKey(cc), VoteWeight(pc));
      });
      if (ms[i].common_word) continue;
      const bool is_admin1 = pc.kind == PlaceKind::kAdmin1;
      const uint32_t a = is_admin1 ? pc.entry : g.entry(pc.entry).admin1;
      if (a != kNoEntry) {
        scratch.admin1_adds.emplace_back(a, is_admin1 ? 1.0 : 0.5);
        scratch.admin1_by_surface[surface_id[i]].Add(a, is_admin1 ? 1.0 : 0.5);
      }
    }
    scratch.votes.AssignSum(scratch.country_adds);
    scratch.admin1_votes.AssignSum(scratch.admin1_adds);
    for (size_t i = 0; i < n; ++i) {
      picks[i] =
          ms[i].chosen >= 0 ? ms[i].candidates[static_cast<size_t>(ms[i].chosen)].entry : kNoEntry;
    }
    ResetEach(scratch.by_surface, surface_count, [](SurfaceEvidence& se) {
      se.ready = false;
      se.other_picks.clear();
      se.scored = nullptr;
    });
    scratch.translit_pick.resize(n);
    for (size_t k = 0; k < n; ++k) {
      scratch.translit_pick[k] =
          ms[k].chosen >= 0 &&
          ms[k].candidates[static_cast<size_t>(ms[k].chosen)].tier == Tier::kTranslit;
    }
    // The mentions that can vouch for others, ordered by pick: each surface's sorted list of
    // the others' picks is then one walk.
    std::vector<uint32_t>& by_pick = scratch.by_pick;
    by_pick.clear();
    for (uint32_t k = 0; k < n; ++k) {
      if (picks[k] != kNoEntry && !ms[k].common_word) by_pick.push_back(k);
    }
    std::sort(by_pick.begin(), by_pick.end(), [&](uint32_t a, uint32_t b) {
      return picks[a] != picks[b] ? picks[a] < picks[b] : a < b;
    });
    // What the walks read of each of them, side by side (the tier is read from the mention
    // itself: its pick changes during the pass).
    scratch.vouchers.clear();
    for (uint32_t k : by_pick) {
      scratch.vouchers.push_back({surface_id[k], CanCohere(g, picks[k]), PickPlaceOf(g, picks[k])});
    }
    for (size_t i = 0; i < n; ++i) {
      PlaceMention& m = ms[i];
      if (m.candidates.empty()) continue;
      SurfaceEvidence& se = scratch.by_surface[surface_id[i]];
      if (!se.ready) {
        se.ready = true;
        // The article's votes without this surface's own.
        se.countries.AssignWithout(scratch.votes, scratch.votes_by_surface[surface_id[i]]);
        se.admin1.AssignWithout(scratch.admin1_votes, scratch.admin1_by_surface[surface_id[i]]);
        se.country_max = se.countries.Max();
        se.admin1_max = se.admin1.Max();
        // Only mentions that stand on their own vouch for others: two ordinary words that
        // happen to be neighbouring English towns ("March", "Reading") must not prop each other up.
        // The tier is that of the mention's pick so far in this pass, as it stands now.
        for (size_t v = 0; v < by_pick.size(); ++v) {
          const Voucher& o = scratch.vouchers[v];
          if (o.surface == surface_id[i]) continue;
          if (scratch.translit_pick[by_pick[v]]) continue;
          if (!o.coheres) continue;
          if (se.other_picks.empty() || se.other_picks.back().entry != o.place.entry) {
            se.other_picks.push_back(o.place);
          }
        }
      }
      if (se.scored == nullptr || !SameEntries(*se.scored, m.candidates)) {
        se.scored = &m.candidates;
        se.evidence.resize(m.candidates.size());
        for (size_t c = 0; c < m.candidates.size(); ++c) {
          const uint32_t e = m.candidates[c].entry;
          // ArticleCountryScore and ArticleAdmin1Score with their maxima taken once per surface.
          double country = 0;
          if (se.country_max > 0) {
            double b = 0;
            ForEachCountry(g, e, [&](std::string_view cc) {
              if (const double* v = se.countries.Find(CountryKey(cc))) {
                b = std::max(b, *v / se.country_max);
              }
            });
            country = 4.0 * b;
          }
          double admin1 = 0;
          if (se.admin1_max > 0) {
            const uint32_t a = g.Kind(e) == PlaceKind::kAdmin1 ? e : g.entry(e).admin1;
            const double* v = se.admin1.Find(a);
            admin1 = v == nullptr ? 0 : 3.0 * *v / se.admin1_max;
          }
          se.evidence[c] = {country, std::max(Coherence(g.entry(e), e, se.other_picks), admin1)};
        }
      }
      const uint32_t container =
          m.container >= 0 ? picks[static_cast<size_t>(m.container)] : kNoEntry;
      double best = -1e9;
      int chosen = -1;
      bool best_supported = false, best_strong = false, best_country = false;
      for (size_t c = 0; c < m.candidates.size(); ++c) {
        PlaceCandidate& pc = m.candidates[c];
        const auto [country, coherence] = se.evidence[c];
        const double contain = ContainmentScore(g, pc.entry, container);
        pc.score = base[base_at[i] + c] + country + contain + coherence;
        if (pc.score > best) {
          best = pc.score;
          chosen = static_cast<int>(c);
          best_strong = contain > 0 || coherence > 0;
          best_supported = best_strong || country > 0;
          best_country = country > 0;
        }
      }
      m.chosen = chosen;
      scratch.translit_pick[i] =
          chosen >= 0 && m.candidates[static_cast<size_t>(chosen)].tier == Tier::kTranslit;
      supported[i] = best_supported;
      strong[i] = best_strong;
      in_article_country[i] = best_country;
    }
  }

  // Acceptance: loose evidence needs the article's support.
  for (size_t i = 0; i < n; ++i) {
    PlaceMention& m = ms[i];
    if (m.chosen < 0) continue;
    const PlaceCandidate& pc = m.candidates[static_cast<size_t>(m.chosen)];
    const PlaceKind kind = pc.kind;
    const bool big = kind != PlaceKind::kCity || EffectivePopulation(g, pc.entry) >= 100000;
    const bool small = kind == PlaceKind::kCity && EffectivePopulation(g, pc.entry) < kSmallTown;
    bool ok = true;
    if (pc.tier == Tier::kTranslit && !strong[i]) ok = false;
    if (m.common_word && !big && !strong[i]) ok = false;
    if (m.common_word && small && !m.after_locative && m.container < 0) ok = false;
    const bool one_word = m.token_end - m.token_begin == 1;
    if (small && !supported[i] && !m.after_locative && one_word) ok = false;
    // A town abroad that nothing else in the article points to is more likely a surname.
    if (kind == PlaceKind::kCity && !big && !in_article_country[i] && !strong[i] && !m.after_locative &&
        m.container < 0 && one_word) {
      ok = false;
    }
    if (!ok) m.chosen = -1;
  }

  // Focus: the country most talked about.
  std::map<std::string, double> votes;
  for (const PlaceMention& m : ms) {
    if (m.chosen < 0 || m.border) continue;
    const PlaceCandidate& pc = m.candidates[static_cast<size_t>(m.chosen)];
    for (std::string_view cc : Countries(g, pc.entry)) votes[std::string(cc)] += VoteWeight(pc);
  }
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [cc, v] : votes) ranked.emplace_back(-v, cc);
  std::sort(ranked.begin(), ranked.end());
  const std::string focus = ranked.empty() ? "" : ranked.front().second;

  // Borders: between the mention's country and the focus (or the next country discussed), at
  // the authored point nearest the article's other places.
  for (PlaceMention& m : ms) {
    if (!m.border) continue;
    std::vector<std::string> cs = m.border_countries;
    if (cs.size() == 1) {
      for (const auto& [v, cc] : ranked) {
        if (cc != cs[0]) {
          cs.push_back(cc);
          break;
        }
      }
    }
    if (cs.size() < 2) continue;
    std::string a = cs[0], b = cs[1];
    if (b < a) std::swap(a, b);
    std::vector<GazetteerHit> hits;
    std::string key(1, kCodeKeyPrefix);
    key.append("border:").append(a).append("|").append(b);
    g.Lookup(Tier::kExact, key, &hits);
    if (hits.empty()) continue;  // keep the country itself, at border precision
    double lat = 0, lon = 0, w = 0;
    for (const PlaceMention& o : ms) {
      if (&o == &m || o.chosen < 0 || o.border) continue;
      const uint32_t e = o.candidates[static_cast<size_t>(o.chosen)].entry;
      const PlaceKind k = g.Kind(e);
      if (k == PlaceKind::kCountry || k == PlaceKind::kContinent) continue;
      lat += g.entry(e).lat;
      lon += g.entry(e).lon;
      w += 1;
    }
    uint32_t best = hits.front().entry;
    if (w > 0) {
      double best_km = 1e18;
      for (const GazetteerHit& h : hits) {
        const double km = DistanceKm(lat / w, lon / w, g.entry(h.entry).lat, g.entry(h.entry).lon);
        if (km < best_km) {
          best_km = km;
          best = h.entry;
        }
      }
    }
    m.candidates.push_back({best, Tier::kExact, false, true, g.Kind(best), 0});
    m.chosen = static_cast<int>(m.candidates.size() - 1);
  }
  return focus;
}

}  // namespace faultline::places
