#include "recognise/places/place_ranker.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <new>
#include <span>
#include <string_view>
#include <unordered_map>

#include "recognise/places/place_name.h"
#include "recognise/places/text_memo.h"
#include "util/flat_map.h"

namespace faultline::places {
namespace {

constexpr double kSmallTown = 20000;
constexpr size_t kMaxRankedCandidates = 24;

bool IsAreaKind(PlaceKind k) { return k != PlaceKind::kCity; }

double HintScoreForKind(TypeHint hint, PlaceKind kind) {
  if (hint == TypeHint::kNone) return 0;
  return HintMatches(hint, kind) ? 4.0 : -4.0;
}

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
  void Clear() { items_.clear(); }
  const std::vector<std::pair<K, double>>& items() const { return items_; }
  // For votes built by Add (in the order added, not sorted).
  const double* FindAdded(const K& k) const {
    for (const auto& [key, v] : items_) {
      if (key == k) return &v;
    }
    return nullptr;
  }
  const double* Find(const K& k) const {
    auto it = std::lower_bound(items_.begin(), items_.end(), k,
                               [](const auto& a, const K& b) { return a.first < b; });
    return it != items_.end() && it->first == k ? &it->second : nullptr;
  }

 private:
  std::vector<std::pair<K, double>> items_;  // sorted by key after Sum
};

// What the ranker reads of an entry: prominence for every candidate, then area, point, kind and
// countries for those that stay in the running.
struct EntryFacts {
  static constexpr size_t kInlineCountries = 3;
  static constexpr uint8_t kSpilled = 0xFF;  // more countries: in EntryMemo's spill map

  uint32_t entry = kNoEntry;
  uint32_t admin1 = kNoEntry;
  float lat = 0;
  float lon = 0;
  double prominence = 0;
  PlaceKind kind = PlaceKind::kCity;
  uint8_t country_count = 0;
  // The countries as numbers (equal codes, equal numbers), in the order of the entry's list.
  uint16_t country_ids[kInlineCountries] = {};
};
static_assert(sizeof(EntryFacts) == 32);

// EntryFacts memoised per thread in a direct-mapped table. Common names ("Springfield") bring
// the same dozens of entries to article after article: prominence costs a log10, the countries
// a parse of the index's string (a strlen and a search per code, a tenth of the ranker's
// instructions when it was done on every use), and the entry records are scattered over the
// index. One slot holds all of it, so the load that pass 0 waits for brings what the later
// passes read of the candidate.
class EntryMemo {
 public:
  // The memo for `g`, emptied when the gazetteer is another one (checked once an article, not
  // once a candidate).
  static EntryMemo& ForThread(const Gazetteer& g) {
    thread_local EntryMemo memo;
    if (memo.owner_ != &g || memo.entries_ != &g.entry(0) || memo.slots_ == nullptr) memo.Reset(g);
    return memo;
  }

  // Entry e's facts: the memo's slot, valid until the next Get. (Inlined: it runs for every
  // candidate, and a call cost as much as the lookup.)
  [[gnu::always_inline]] const EntryFacts& Get(const Gazetteer& g, uint32_t e) {
    EntryFacts& s = slots_[e & (kSlots - 1)];
    if (s.entry != e) Fill(g, e, s);
    return s;
  }
  // The countries of `facts` (a slot or a copy of one): valid as long as `facts` is.
  std::span<const uint16_t> Countries(const EntryFacts& facts) const {
    if (facts.country_count != EntryFacts::kSpilled) {
      return {facts.country_ids, facts.country_count};
    }
    return spilled_.at(facts.entry);
  }
  std::string_view Text(uint16_t id) const { return texts_[id]; }

 private:
  static constexpr size_t kSlots = 8192;

  void Reset(const Gazetteer& g) {
    if (slots_ == nullptr) {
      slots_ = static_cast<EntryFacts*>(ThreadTableMemory(kSlots * sizeof(EntryFacts)));
    }
    for (size_t i = 0; i < kSlots; ++i) new (&slots_[i]) EntryFacts{};
    ids_ = FlatStringMap<uint16_t>();
    texts_.clear();
    spilled_.clear();
    owner_ = &g;
    entries_ = &g.entry(0);
  }
  uint16_t Intern(std::string_view code) {
    auto [id, inserted] = ids_.Insert(code);
    if (inserted) {
      *id = static_cast<uint16_t>(texts_.size());
      texts_.emplace_back(code);
    }
    return *id;
  }
  [[gnu::noinline]] void Fill(const Gazetteer& g, uint32_t e, EntryFacts& s) {
    const EntryRecord& r = g.entry(e);
    s.entry = e;
    s.admin1 = r.admin1;
    s.lat = r.lat;
    s.lon = r.lon;
    s.prominence = Prominence(g, e);
    s.kind = g.Kind(e);
    std::vector<uint16_t>& ids = fill_;
    ids.clear();
    ForEachCountry(g, e, [&](std::string_view cc) { ids.push_back(Intern(cc)); });
    if (ids.size() <= EntryFacts::kInlineCountries) {
      s.country_count = static_cast<uint8_t>(ids.size());
      std::copy(ids.begin(), ids.end(), s.country_ids);
    } else {
      // Regions listing many countries: few, and kept for the thread's life.
      s.country_count = EntryFacts::kSpilled;
      spilled_.try_emplace(e, ids);
    }
  }

  EntryFacts* slots_ = nullptr;  // in 2 MB pages, as the finder's memos
  const Gazetteer* owner_ = nullptr;
  const EntryRecord* entries_ = nullptr;
  FlatStringMap<uint16_t> ids_;
  std::vector<std::string> texts_;  // by id
  std::unordered_map<uint32_t, std::vector<uint16_t>> spilled_;
  std::vector<uint16_t> fill_;
};

// Country votes by id, summed in the order given (as a std::map would add them: the same sums
// to the bit), without a sort.
class CountryTally {
 public:
  void Clear() {
    for (uint16_t id : touched_) seen_[id] = 0;
    touched_.clear();
  }
  void Add(uint16_t id, double w) {
    if (id >= seen_.size()) {
      seen_.resize(id + 1u, 0);
      sum_.resize(id + 1u, 0.0);
    }
    if (!seen_[id]) {
      seen_[id] = 1;
      sum_[id] = 0.0;
      touched_.push_back(id);
    }
    sum_[id] += w;
  }
  const double* Find(uint16_t id) const {
    return id < seen_.size() && seen_[id] ? &sum_[id] : nullptr;
  }
  // Ids with a vote, in the order of their first vote.
  const std::vector<uint16_t>& ids() const { return touched_; }
  double sum(uint16_t id) const { return sum_[id]; }

 private:
  std::vector<double> sum_;
  std::vector<char> seen_;
  std::vector<uint16_t> touched_;
};

// Inside() with the facts from the memo.
bool InsideByFacts(const Gazetteer& g, EntryMemo& memo, uint32_t e, uint32_t c) {
  if (e == c) return false;
  // A copy: the second Get may reuse the slot.
  const EntryFacts mine = memo.Get(g, e);
  const EntryFacts& container = memo.Get(g, c);
  switch (container.kind) {
    case PlaceKind::kCountry:
    case PlaceKind::kContinent:
    case PlaceKind::kRegion: {
      const std::span<const uint16_t> my_countries = memo.Countries(mine);
      for (uint16_t cc : memo.Countries(container)) {
        if (std::find(my_countries.begin(), my_countries.end(), cc) != my_countries.end()) {
          return true;
        }
      }
      return false;
    }
    case PlaceKind::kAdmin1:
      return mine.admin1 == c;
    case PlaceKind::kAdmin2:
      return g.entry(e).admin2 == c;
    default:
      return false;
  }
}

// ContainmentScore() with the facts from the memo.
double ContainmentScoreByFacts(const Gazetteer& g, EntryMemo& memo, uint32_t e, uint32_t c) {
  if (c == kNoEntry) return 0;
  return InsideByFacts(g, memo, e, c) ? 6.0 : -6.0;
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
  return HintScoreForKind(hint, g.Kind(e));
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

// As the ranker computes them, through the per-thread entry memo: one definition for both.
bool Inside(const Gazetteer& g, uint32_t e, uint32_t c) {
  return InsideByFacts(g, EntryMemo::ForThread(g), e, c);
}

double ContainmentScore(const Gazetteer& g, uint32_t e, uint32_t c) {
  return ContainmentScoreByFacts(g, EntryMemo::ForThread(g), e, c);
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
bool CanCohereKind(PlaceKind k) { return k != PlaceKind::kCountry && k != PlaceKind::kContinent; }
bool CanCohere(const Gazetteer& g, uint32_t e) { return CanCohereKind(g.Kind(e)); }

PickPlace PickPlaceOf(const Gazetteer& g, uint32_t e) {
  const EntryRecord& q = g.entry(e);
  return {e, q.admin1, q.lat, q.lon};
}

// The surface a pick is kept for (coherence leaves it out for that surface's candidates): none.
constexpr uint32_t kNoOwner = ~uint32_t{0};
// What coherence leaves out: nothing (no pick is kept for it).
constexpr uint32_t kNoSurface = kNoOwner - 1;

// The other picks coherence reads, one array per field and padded to whole groups of four, so
// that each candidate's test of them is a few vector instructions per four picks. The arrays
// only grow: a surface's list is rewritten in every pass.
class OtherPicks {
 public:
  static constexpr size_t kGroup = 4;

  size_t size() const { return size_; }
  // size() rounded up to whole groups: the picks past size() match nothing.
  size_t padded_size() const { return (size_ + kGroup - 1) / kGroup * kGroup; }
  const uint32_t* entry() const { return entry_.data(); }
  const uint32_t* admin1() const { return admin1_.data(); }
  const float* lat() const { return lat_.data(); }
  const float* lon() const { return lon_.data(); }
  const uint32_t* surface() const { return surface_.data(); }

  // Empties the list, with room for `n` picks and the padding.
  void Reset(size_t n) {
    size_ = 0;
    n += kGroup;
    if (entry_.size() < n) {
      entry_.resize(n);
      admin1_.resize(n);
      lat_.resize(n);
      lon_.resize(n);
      surface_.resize(n);
    }
  }
  // Appends a pick, which coherence leaves out for the candidates of `surface` (kNoOwner: for
  // none); Reset made room for it.
  void Append(const PickPlace& p, uint32_t surface) {
    entry_[size_] = p.entry;
    admin1_[size_] = p.admin1;
    lat_[size_] = p.lat;
    lon_[size_] = p.lon;
    surface_[size_] = surface;
    ++size_;
  }
  // Fills the last group with picks that match nothing: no candidate is kNoEntry or has it as
  // its area, and a NaN latitude is within 1.4 degrees of nothing.
  void Pad() {
    for (size_t i = size_, end = padded_size(); i < end; ++i) {
      entry_[i] = kNoEntry;
      admin1_[i] = kNoEntry;
      lat_[i] = std::numeric_limits<float>::quiet_NaN();
      lon_[i] = 0;
      surface_[i] = kNoOwner;
    }
  }

 private:
  size_t size_ = 0;
  std::vector<uint32_t> entry_;
  std::vector<uint32_t> admin1_;
  std::vector<float> lat_;
  std::vector<float> lon_;
  std::vector<uint32_t> surface_;
};

// Four lanes of 32 bits (GCC and Clang vector extensions: SSE2 on x86-64, NEON on ARM).
using Lanes = int32_t __attribute__((vector_size(16)));
using FloatLanes = float __attribute__((vector_size(16)));

Lanes LoadLanes(const uint32_t* p) {
  Lanes v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}
FloatLanes LoadLanes(const float* p) {
  FloatLanes v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}
// The lanes OR-ed together.
int32_t OrLanes(Lanes v) {
  uint64_t low, high;
  std::memcpy(&low, &v, sizeof(low));
  std::memcpy(&high, reinterpret_cast<const char*>(&v) + sizeof(low), sizeof(high));
  const uint64_t both = low | high;
  return static_cast<int32_t>(both | both >> 32);
}

// CoherenceScore over picks that can cohere. The score is the most any one pick gives (2.0 for
// the same admin-1 area, 1.5 for an area containing the pick or a pick within 150 km, else 0),
// so the picks can be asked in any order: one pass without branches over all of them for the
// admin-1 tests and the latitude test, then distances only for the few within 1.4 degrees of
// latitude (150 km is less). Picks kept for `surface` are left out (kNoSurface: none).
// (Inlined: it runs for every candidate of every surface, and its call cost was a tenth of it.)
[[gnu::always_inline]] inline double Coherence(const PickPlace& r, const OtherPicks& others,
                                               uint32_t surface = kNoSurface) {
  const uint32_t e = r.entry;
  const size_t n = others.padded_size();
  const uint32_t* entry = others.entry();
  const uint32_t* owner = others.surface();
  const Lanes surface_lanes = Lanes{} + static_cast<int32_t>(surface);
  const uint32_t* admin1 = others.admin1();
  const float* lat = others.lat();
  const float lat_e = r.lat;
  // As lanes: the candidate, its admin-1 area (without one, the same-area lanes are not read)
  // and its latitude.
  const Lanes e_lanes = Lanes{} + static_cast<int32_t>(e);
  const Lanes area_lanes = Lanes{} + static_cast<int32_t>(r.admin1 != kNoEntry ? r.admin1 : e);
  const bool has_area = r.admin1 != kNoEntry;
  const FloatLanes lat_lanes = FloatLanes{} + lat_e;
  // Each lane's findings as bits, OR-ed over the groups and then over the lanes.
  constexpr int32_t kSameArea = 4, kContains = 2, kNear = 1;
  Lanes found{};
  for (size_t i = 0; i < n; i += OtherPicks::kGroup) {
    const Lanes q = LoadLanes(entry + i);
    const Lanes q_area = LoadLanes(admin1 + i);
    const FloatLanes dlat = lat_lanes - LoadLanes(lat + i);
    const Lanes other = (q != e_lanes) & (LoadLanes(owner + i) != surface_lanes);
    const Lanes same_area = (q_area == area_lanes) | (q == area_lanes);
    const Lanes contains = q_area == e_lanes;  // this area holds another place of the article
    const Lanes near = (dlat < 1.4f) & (dlat > -1.4f);
    found |= other & ((same_area & kSameArea) | (contains & kContains) | (near & kNear));
  }
  const int32_t any = OrLanes(found);
  if (has_area && (any & kSameArea) != 0) return 2.0;
  if ((any & kContains) != 0) return 1.5;
  if ((any & kNear) == 0) return 0;
  // Distances for the lanes within 1.4 degrees of latitude, found again group by group.
  const float* lon = others.lon();
  for (size_t i = 0; i < n; i += OtherPicks::kGroup) {
    const FloatLanes dlat = lat_lanes - LoadLanes(lat + i);
    const Lanes near = (LoadLanes(entry + i) != e_lanes) & (LoadLanes(owner + i) != surface_lanes) &
                       (dlat < 1.4f) & (dlat > -1.4f);
    if (OrLanes(near) == 0) continue;
    for (size_t j = 0; j < OtherPicks::kGroup; ++j) {
      if (near[j] != 0 && !FarApartInLongitude(lat_e, r.lon, lat[i + j], lon[i + j]) &&
          DistanceKm(lat_e, r.lon, lat[i + j], lon[i + j]) < 150) {
        return 1.5;
      }
    }
  }
  return 0;
}

}  // namespace

double CoherenceScore(const Gazetteer& g, uint32_t e, const std::vector<uint32_t>& others) {
  OtherPicks places;
  places.Reset(others.size());
  for (uint32_t o : others) {
    if (CanCohere(g, o)) places.Append(PickPlaceOf(g, o), kNoOwner);
  }
  places.Pad();
  return Coherence(PickPlaceOf(g, e), places);
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
  // The other mentions' picks (by entry, without repeats, countries or continents): the pass's
  // shared list without those kept for `surface`, or this surface's own list.
  const OtherPicks* other_picks = nullptr;
  uint32_t excluded_surface = kNoSurface;
  OtherPicks own_picks;
  const Votes<uint16_t>* own_countries = nullptr;  // this surface's own country votes
  const Votes<uint32_t>* own_admin1 = nullptr;     // and admin-1 votes
  double country_max = 0, admin1_max = 0;
  const std::vector<PlaceCandidate>* scored = nullptr;  // the candidates `evidence` is for
  std::vector<std::pair<double, double>> evidence;      // per candidate: country, coherence
};

// A mention that can vouch for others in this pass and whose pick can cohere, with what
// coherence reads of its pick.
struct Voucher {
  uint32_t surface;
  uint32_t mention;
  PickPlace place;
};

// Where a surface's candidates were first cut to the leaders (RankMentions' pass 0).
struct LeadersCut {
  int mention = -1;
  size_t uncut_at = 0;  // the candidates before the cut: RankScratch::uncut[uncut_at, +size)
  size_t uncut_size = 0;
};

// The same candidates, scores aside.
bool SameCandidates(std::span<const PlaceCandidate> a, std::span<const PlaceCandidate> b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].entry != b[i].entry || a[i].tier != b[i].tier || a[i].adjectival != b[i].adjectival ||
        a[i].primary != b[i].primary || a[i].kind != b[i].kind) {
      return false;
    }
  }
  return true;
}

struct RankedCandidate {
  double score;
  uint32_t index;
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
  std::vector<uint64_t> by_pick;
  std::vector<Voucher> vouchers;
  OtherPicks shared_picks;  // the vouchers' picks, each kept for its one surface (if one)
  // Per mention: its pick as it stands is a transliteration-only match (what a walk asks of every
  // voucher; the mention itself and its candidates are far apart in memory).
  std::vector<char> translit_pick;
  std::vector<std::pair<uint32_t, double>> admin1_adds;
  std::vector<Votes<uint16_t>> votes_by_surface;
  std::vector<Votes<uint32_t>> admin1_by_surface;
  CountryTally votes;
  Votes<uint32_t> admin1_votes;
  std::vector<std::pair<double, uint16_t>> ranked;  // the focus's candidates
  std::vector<RankedCandidate> order;               // KeepLeaders'
  std::vector<PlaceCandidate> kept;
  std::vector<LeadersCut> cuts;       // per surface
  std::vector<PlaceCandidate> uncut;  // LeadersCut's
};

// Keeps the kMaxRankedCandidates best-scored candidates in the order a stable sort by score
// (best first) gives them: by score, then by position. Selecting them and sorting those few is
// cheaper than sorting all of them.
void KeepLeaders(std::vector<PlaceCandidate>& candidates, RankScratch& scratch) {
  std::vector<RankedCandidate>& order = scratch.order;
  order.clear();
  for (size_t c = 0; c < candidates.size(); ++c) {
    order.push_back({candidates[c].score, static_cast<uint32_t>(c)});
  }
  auto before = [](const RankedCandidate& a, const RankedCandidate& b) {
    return a.score > b.score || (a.score == b.score && a.index < b.index);
  };
  const auto end = order.begin() + kMaxRankedCandidates;
  std::nth_element(order.begin(), end - 1, order.end(), before);
  std::sort(order.begin(), end, before);
  std::vector<PlaceCandidate>& kept = scratch.kept;
  kept.clear();
  for (auto it = order.begin(); it != end; ++it) kept.push_back(candidates[it->index]);
  candidates.assign(kept.begin(), kept.end());
}

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
  EntryMemo& memo = EntryMemo::ForThread(g);
  // The article's votes (`all`) for an admin-1 area without the surface's own.
  auto admin1_vote = [](const SurfaceEvidence& se, uint32_t a, double all) {
    const double* own = se.own_admin1->FindAdded(a);
    return own != nullptr ? all - *own : all;
  };
  // The article's votes for a country without the surface's own: `cc` has votes. (The same
  // difference as subtracting the surface's sums from a copy of the article's.)
  auto country_vote = [&](const SurfaceEvidence& se, uint16_t cc) {
    const double all = scratch.votes.sum(cc);
    const double* own = se.own_countries->FindAdded(cc);
    return own != nullptr ? all - *own : all;
  };
  const size_t surface_count = NumberSurfaces(ms, scratch);
  const std::vector<uint32_t>& surface_id = scratch.surface_id;
  // Per surface: the first mention whose candidates were cut to the leaders, and where its
  // candidates as the finder made them are kept.
  std::vector<LeadersCut>& cut = scratch.cuts;
  ResetEach(cut, surface_count, [](LeadersCut& c) { c.mention = -1; });
  std::vector<PlaceCandidate>& uncut = scratch.uncut;
  uncut.clear();
  // Pass 0: prominence, tier and type word alone.
  for (size_t i = 0; i < n; ++i) {
    PlaceMention& m = ms[i];
    LeadersCut& surface_cut = cut[surface_id[i]];
    // A repeated name ("Springfield" again) with the same candidates and type word: the same
    // scores and leaders as its first mention, copied instead of scored and selected again.
    if (m.candidates.size() > kMaxRankedCandidates && surface_cut.mention >= 0 &&
        ms[static_cast<size_t>(surface_cut.mention)].hint == m.hint &&
        SameCandidates(m.candidates,
                       std::span(uncut).subspan(surface_cut.uncut_at, surface_cut.uncut_size))) {
      m.candidates = ms[static_cast<size_t>(surface_cut.mention)].candidates;
      m.chosen = 0;
      continue;
    }
    double best = -1e9;
    m.chosen = -1;
    for (size_t c = 0; c < m.candidates.size(); ++c) {
      PlaceCandidate& pc = m.candidates[c];
      const EntryFacts& facts = memo.Get(g, pc.entry);
      pc.score = facts.prominence + TierScore(pc) + HintScoreForKind(m.hint, facts.kind);
      if (pc.score > best) {
        best = pc.score;
        m.chosen = static_cast<int>(c);
      }
    }
    // A common name ("Springfield", "Salem") has dozens of namesakes; the article's evidence
    // (at most +13) cannot lift one that starts far behind, so only the leaders go on, which
    // keeps the pairwise coherence passes cheap.
    if (m.candidates.size() > kMaxRankedCandidates) {
      if (surface_cut.mention < 0) {
        surface_cut = {static_cast<int>(i), uncut.size(), m.candidates.size()};
        uncut.insert(uncut.end(), m.candidates.begin(), m.candidates.end());
      }
      KeepLeaders(m.candidates, scratch);
      m.chosen = 0;
    }
  }
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
    bool any_pick_changed = false;
    // Country votes and current picks, per surface so a name does not vote for itself.
    scratch.votes.Clear();
    scratch.admin1_adds.clear();
    ResetEach(scratch.votes_by_surface, surface_count, [](Votes<uint16_t>& v) { v.Clear(); });
    ResetEach(scratch.admin1_by_surface, surface_count, [](Votes<uint32_t>& v) { v.Clear(); });
    for (size_t i = 0; i < n; ++i) {
      if (ms[i].chosen < 0 || ms[i].border) continue;
      const PlaceCandidate& pc = ms[i].candidates[static_cast<size_t>(ms[i].chosen)];
      if (pc.tier == Tier::kTranslit) continue;
      const EntryFacts& facts = memo.Get(g, pc.entry);
      for (uint16_t cc : memo.Countries(facts)) {
        scratch.votes.Add(cc, VoteWeight(pc));
        scratch.votes_by_surface[surface_id[i]].Add(cc, VoteWeight(pc));
      }
      if (ms[i].common_word) continue;
      const bool is_admin1 = pc.kind == PlaceKind::kAdmin1;
      const uint32_t a = is_admin1 ? pc.entry : facts.admin1;
      if (a != kNoEntry) {
        scratch.admin1_adds.emplace_back(a, is_admin1 ? 1.0 : 0.5);
        scratch.admin1_by_surface[surface_id[i]].Add(a, is_admin1 ? 1.0 : 0.5);
      }
    }
    scratch.admin1_votes.AssignSum(scratch.admin1_adds);
    for (size_t i = 0; i < n; ++i) {
      picks[i] =
          ms[i].chosen >= 0 ? ms[i].candidates[static_cast<size_t>(ms[i].chosen)].entry : kNoEntry;
    }
    ResetEach(scratch.by_surface, surface_count, [](SurfaceEvidence& se) {
      se.ready = false;
      se.scored = nullptr;
    });
    scratch.translit_pick.resize(n);
    for (size_t k = 0; k < n; ++k) {
      scratch.translit_pick[k] =
          ms[k].chosen >= 0 &&
          ms[k].candidates[static_cast<size_t>(ms[k].chosen)].tier == Tier::kTranslit;
    }
    // The mentions that can vouch for others, ordered by pick (as pick << 32 | mention: one
    // integer compare), so that the mentions with one pick are side by side.
    std::vector<uint64_t>& by_pick = scratch.by_pick;
    by_pick.clear();
    for (uint32_t k = 0; k < n; ++k) {
      if (picks[k] != kNoEntry && !ms[k].common_word) {
        by_pick.push_back(uint64_t{picks[k]} << 32 | k);
      }
    }
    std::sort(by_pick.begin(), by_pick.end());
    // What the walks read of each of them, side by side (the tier is read from the mention
    // itself: its pick changes during the pass).
    // Countries and continents cohere with nothing: they are left out here, not in every walk.
    scratch.vouchers.clear();
    for (uint64_t pick_and_mention : by_pick) {
      const auto k = static_cast<uint32_t>(pick_and_mention);
      const EntryFacts& facts = memo.Get(g, picks[k]);
      if (CanCohereKind(facts.kind)) {
        scratch.vouchers.push_back(
            {surface_id[k], k, {facts.entry, facts.admin1, facts.lat, facts.lon}});
      }
    }
    // Their picks as they stand at the start of the pass, each entry once and kept for its
    // surface when the mentions that vouch with it (transliterations aside) are all of that one
    // surface: the surfaces read this one list, not a walk of the vouchers each, until a
    // mention's pick changes to or from a transliteration.
    const std::vector<Voucher>& vouchers = scratch.vouchers;
    OtherPicks& shared = scratch.shared_picks;
    shared.Reset(vouchers.size());
    for (size_t v = 0; v < vouchers.size();) {
      const uint32_t entry = vouchers[v].place.entry;
      bool vouched = false;
      uint32_t owner = kNoOwner;
      size_t end = v;
      for (; end < vouchers.size() && vouchers[end].place.entry == entry; ++end) {
        if (scratch.translit_pick[vouchers[end].mention]) continue;
        if (!vouched) owner = vouchers[end].surface;
        if (vouchers[end].surface != owner) owner = kNoOwner;
        vouched = true;
      }
      if (vouched) shared.Append(vouchers[v].place, owner);
      v = end;
    }
    shared.Pad();
    bool translit_changed = false;
    for (size_t i = 0; i < n; ++i) {
      PlaceMention& m = ms[i];
      if (m.candidates.empty()) continue;
      SurfaceEvidence& se = scratch.by_surface[surface_id[i]];
      if (!se.ready) {
        se.ready = true;
        // The article's votes without this surface's own.
        se.own_countries = &scratch.votes_by_surface[surface_id[i]];
        se.own_admin1 = &scratch.admin1_by_surface[surface_id[i]];
        se.country_max = 0;
        for (uint16_t cc : scratch.votes.ids()) {
          se.country_max = std::max(se.country_max, country_vote(se, cc));
        }
        se.admin1_max = 0;
        for (const auto& [a, all] : scratch.admin1_votes.items()) {
          se.admin1_max = std::max(se.admin1_max, admin1_vote(se, a, all));
        }
        // Only mentions that stand on their own vouch for others: two ordinary words that
        // happen to be neighbouring English towns ("March", "Reading") must not prop each other up.
        // The tier is that of the mention's pick so far in this pass, as it stands now.
        if (!translit_changed) {
          se.other_picks = &scratch.shared_picks;
          se.excluded_surface = surface_id[i];
        } else {
          se.own_picks.Reset(scratch.vouchers.size());
          uint32_t last = kNoEntry;
          for (const Voucher& o : scratch.vouchers) {
            if (o.surface == surface_id[i] || o.place.entry == last) continue;
            if (scratch.translit_pick[o.mention]) continue;
            se.own_picks.Append(o.place, kNoOwner);
            last = o.place.entry;
          }
          se.own_picks.Pad();
          se.other_picks = &se.own_picks;
          se.excluded_surface = kNoSurface;
        }
      }
      if (se.scored == nullptr || !SameEntries(*se.scored, m.candidates)) {
        se.scored = &m.candidates;
        se.evidence.resize(m.candidates.size());
        // (Locals: a store to the evidence could alias the maxima, as far as the compiler knows.)
        const double country_max = se.country_max, admin1_max = se.admin1_max;
        const OtherPicks& other_picks = *se.other_picks;
        const uint32_t excluded_surface = se.excluded_surface;
        std::pair<double, double>* evidence = se.evidence.data();
        const PlaceCandidate* candidates = m.candidates.data();
        for (size_t c = 0, count = m.candidates.size(); c < count; ++c) {
          const uint32_t e = candidates[c].entry;
          const EntryFacts& facts = memo.Get(g, e);
          // ArticleCountryScore and ArticleAdmin1Score with their maxima taken once per surface.
          double country = 0;
          if (country_max > 0) {
            double b = 0;
            for (uint16_t cc : memo.Countries(facts)) {
              if (scratch.votes.Find(cc) != nullptr) {
                b = std::max(b, country_vote(se, cc) / country_max);
              }
            }
            country = 4.0 * b;
          }
          double admin1 = 0;
          if (admin1_max > 0) {
            const uint32_t a = facts.kind == PlaceKind::kAdmin1 ? e : facts.admin1;
            const double* v = scratch.admin1_votes.Find(a);
            admin1 = v == nullptr ? 0 : 3.0 * admin1_vote(se, a, *v) / admin1_max;
          }
          evidence[c] = {country, std::max(Coherence({e, facts.admin1, facts.lat, facts.lon},
                                                     other_picks, excluded_surface),
                                           admin1)};
        }
      }
      const uint32_t container =
          m.container >= 0 ? picks[static_cast<size_t>(m.container)] : kNoEntry;
      double best = -1e9;
      int chosen = -1;
      bool best_supported = false, best_strong = false, best_country = false;
      // (Through pointers: the stores to the char vectors below could alias the vectors'
      // fields, which the compiler would read again for every candidate.)
      PlaceCandidate* candidates = m.candidates.data();
      const size_t candidate_count = m.candidates.size();
      const std::pair<double, double>* evidence = se.evidence.data();
      const double* base_scores = base.data() + base_at[i];
      for (size_t c = 0; c < candidate_count; ++c) {
        PlaceCandidate& pc = candidates[c];
        const auto [country, coherence] = evidence[c];
        const double contain = ContainmentScoreByFacts(g, memo, pc.entry, container);
        pc.score = base_scores[c] + country + contain + coherence;
        if (pc.score > best) {
          best = pc.score;
          chosen = static_cast<int>(c);
          best_strong = contain > 0 || coherence > 0;
          best_supported = best_strong || country > 0;
          best_country = country > 0;
        }
      }
      any_pick_changed |= m.chosen != chosen;
      m.chosen = chosen;
      const char translit =
          chosen >= 0 && m.candidates[static_cast<size_t>(chosen)].tier == Tier::kTranslit;
      translit_changed |= scratch.translit_pick[i] != translit;
      scratch.translit_pick[i] = translit;
      supported[i] = best_supported;
      strong[i] = best_strong;
      in_article_country[i] = best_country;
    }
    // A pass reads nothing but the picks it starts from (and, within the pass, the picks it has
    // made so far): when these are the picks it started from, the next pass would repeat it.
    if (!any_pick_changed) break;
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
  CountryTally& votes = scratch.votes;
  votes.Clear();
  for (const PlaceMention& m : ms) {
    if (m.chosen < 0 || m.border) continue;
    const PlaceCandidate& pc = m.candidates[static_cast<size_t>(m.chosen)];
    for (uint16_t cc : memo.Countries(memo.Get(g, pc.entry))) votes.Add(cc, VoteWeight(pc));
  }
  // Most votes first, ties by code.
  std::vector<std::pair<double, uint16_t>>& ranked = scratch.ranked;
  ranked.clear();
  for (uint16_t cc : votes.ids()) ranked.emplace_back(-votes.sum(cc), cc);
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first < b.first || b.first < a.first) return a.first < b.first;
    return memo.Text(a.second) < memo.Text(b.second);
  });
  std::string focus = ranked.empty() ? "" : std::string(memo.Text(ranked.front().second));

  // Borders: between the mention's country and the focus (or the next country discussed), at
  // the authored point nearest the article's other places.
  for (PlaceMention& m : ms) {
    if (!m.border) continue;
    std::vector<std::string> cs = m.border_countries;
    if (cs.size() == 1) {
      for (const auto& [v, id] : ranked) {
        const std::string_view cc = memo.Text(id);
        if (cc != cs[0]) {
          cs.emplace_back(cc);
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
