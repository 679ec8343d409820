#include "recognise/places/place_ranker.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "recognise/places/place_name.h"

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

double VoteWeight(const Gazetteer& g, const PlaceCandidate& c) {
  switch (g.Kind(c.entry)) {
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
    for (size_t i = 0; i < cc.size() && i < 8; ++i)
      packed |= uint64_t{static_cast<unsigned char>(cc[i])} << (56 - 8 * i);
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
  // Sums (key, weight) pairs given in mention order.
  static Votes Sum(std::vector<std::pair<K, double>>& adds) {
    std::stable_sort(adds.begin(), adds.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    Votes v;
    for (const auto& [k, w] : adds) {
      if (v.items_.empty() || !(v.items_.back().first == k)) v.items_.push_back({k, 0.0});
      v.items_.back().second += w;
    }
    return v;
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
  // These votes with `own`'s subtracted (own's keys are all among these).
  Votes Without(const Votes& own) const {
    Votes v = *this;
    for (const auto& [k, w] : own.items_) {
      auto it = std::lower_bound(v.items_.begin(), v.items_.end(), k,
                                 [](const auto& a, const K& b) { return a.first < b; });
      if (it != v.items_.end() && it->first == k) it->second -= w;
    }
    return v;
  }
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
  thread_local std::vector<Slot> slots;
  thread_local const Gazetteer* owner = nullptr;
  thread_local const EntryRecord* entries = nullptr;
  if (owner != &g || entries != &g.entry(0) || slots.empty()) {
    slots.assign(kSlots, Slot{});
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
  if (f == "PPLC") s += 1.5;
  else if (f == "PPLA") s += 0.5;
  else if (f == "PPLA2") s += 0.2;
  else if (f == "PPLX") s -= 1.0;  // a section of a city: rarely what a bare name means
  return s;
}

double TierScore(const Gazetteer& g, const PlaceCandidate& c) {
  double s = c.tier == Tier::kExact ? 0.0 : c.tier == Tier::kFolded ? -0.3 : -1.5;
  if (!c.primary) s -= IsAreaKind(g.Kind(c.entry)) && g.Kind(c.entry) != PlaceKind::kAdmin2 ? 0.3 : 1.0;
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
bool FarApartInLongitude(const EntryRecord& a, const EntryRecord& b) {
  if (std::abs(a.lat) > 60.0f || std::abs(b.lat) > 60.0f) return false;
  double dlon = std::abs(static_cast<double>(a.lon) - static_cast<double>(b.lon));
  if (dlon > 180.0) dlon = 360.0 - dlon;
  return dlon >= 4.5;
}

}  // namespace

double CoherenceScore(const Gazetteer& g, uint32_t e, const std::vector<uint32_t>& others) {
  const EntryRecord& r = g.entry(e);
  // The score is 0, 1.5 or 2.0 (the most there is): stop at 2.0, and measure distances only
  // while nothing has given 1.5 yet.
  double s = 0;
  for (uint32_t o : others) {
    if (o == e) continue;
    const EntryRecord& q = g.entry(o);
    if (g.Kind(o) == PlaceKind::kCountry || g.Kind(o) == PlaceKind::kContinent) continue;
    double f = 0;
    if (r.admin1 != kNoEntry && (r.admin1 == q.admin1 || r.admin1 == o)) f = 2.0;
    if (q.admin1 == e) f = std::max(f, 1.5);  // this area contains another place of the article
    // 150 km is under 1.4 degrees of latitude: most pairs are ruled out without trigonometry.
    if (f < 1.5 && s < 1.5 && std::abs(r.lat - q.lat) < 1.4f && !FarApartInLongitude(r, q) &&
        DistanceKm(r.lat, r.lon, q.lat, q.lon) < 150) {
      f = 1.5;
    }
    s = std::max(s, f);
    if (s >= 2.0) break;
  }
  return s;
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

std::string RankMentions(const Gazetteer& g, std::vector<PlaceMention>& ms) {
  const size_t n = ms.size();
  // Pass 0: prominence, tier and type word alone.
  for (PlaceMention& m : ms) {
    double best = -1e9;
    m.chosen = -1;
    for (size_t c = 0; c < m.candidates.size(); ++c) {
      PlaceCandidate& pc = m.candidates[c];
      pc.score = CachedProminence(g, pc.entry) + TierScore(g, pc) + HintScore(g, m.hint, pc.entry);
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
  // The same folded surface, as a small integer: the pairwise loops compare these, and the
  // article's evidence for one candidate is the same for every mention of one surface.
  std::vector<uint32_t> surface_id(n);
  size_t surface_count = 0;
  {
    std::vector<std::string> folded(n);
    for (size_t i = 0; i < n; ++i)
      folded[i] = ms[i].folded.empty() ? FoldName(ms[i].surface) : ms[i].folded;
    std::map<std::string_view, uint32_t> ids;
    for (size_t i = 0; i < n; ++i) {
      surface_id[i] = ids.try_emplace(folded[i], static_cast<uint32_t>(ids.size())).first->second;
    }
    surface_count = ids.size();
  }
  // Prominence, tier and type word do not change between passes: pass 0's scores.
  std::vector<size_t> base_at(n + 1, 0);
  for (size_t i = 0; i < n; ++i) base_at[i + 1] = base_at[i] + ms[i].candidates.size();
  std::vector<double> base(base_at[n]);
  for (size_t i = 0; i < n; ++i) {
    for (size_t c = 0; c < ms[i].candidates.size(); ++c)
      base[base_at[i] + c] = ms[i].candidates[c].score;
  }

  // supported: the article backs the pick at all (its country is discussed); strong: by
  // containment or by coherence with the other places, which loose evidence needs.
  std::vector<bool> supported(n, false), strong(n, false), in_article_country(n, false);
  // Per surface: the other mentions' picks and votes, and the article evidence for each
  // candidate (which depends on nothing else), kept for the surface's next mention when its
  // candidates are the same.
  struct SurfaceEvidence {
    bool ready = false;
    std::vector<uint32_t> other_picks;  // sorted, without repeats
    Votes<CountryKey> countries;        // the article's country votes without this surface's own
    Votes<uint32_t> admin1;
    double country_max = 0, admin1_max = 0;
    const std::vector<PlaceCandidate>* scored = nullptr;  // the candidates `evidence` is for
    std::vector<std::pair<double, double>> evidence;      // per candidate: country, coherence
  };
  std::vector<SurfaceEvidence> by_surface;
  std::vector<uint32_t> picks(n, kNoEntry);
  std::vector<uint32_t> by_pick;
  std::vector<std::pair<CountryKey, double>> country_adds;
  std::vector<std::pair<uint32_t, double>> admin1_adds;
  std::vector<Votes<CountryKey>> votes_by_surface;
  std::vector<Votes<uint32_t>> admin1_by_surface;
  for (int pass = 0; pass < 2; ++pass) {
    // Country votes and current picks, per surface so a name does not vote for itself.
    country_adds.clear();
    admin1_adds.clear();
    votes_by_surface.assign(surface_count, {});
    admin1_by_surface.assign(surface_count, {});
    for (size_t i = 0; i < n; ++i) {
      if (ms[i].chosen < 0 || ms[i].border) continue;
      const PlaceCandidate& pc = ms[i].candidates[static_cast<size_t>(ms[i].chosen)];
      if (pc.tier == Tier::kTranslit) continue;
      ForEachCountry(g, pc.entry, [&](std::string_view cc) {
        country_adds.push_back({CountryKey(cc), VoteWeight(g, pc)});
        votes_by_surface[surface_id[i]].Add(CountryKey(cc), VoteWeight(g, pc));
      });
      if (ms[i].common_word) continue;
      const bool is_admin1 = g.Kind(pc.entry) == PlaceKind::kAdmin1;
      const uint32_t a = is_admin1 ? pc.entry : g.entry(pc.entry).admin1;
      if (a != kNoEntry) {
        admin1_adds.push_back({a, is_admin1 ? 1.0 : 0.5});
        admin1_by_surface[surface_id[i]].Add(a, is_admin1 ? 1.0 : 0.5);
      }
    }
    const Votes<CountryKey> votes = Votes<CountryKey>::Sum(country_adds);
    const Votes<uint32_t> admin1_votes = Votes<uint32_t>::Sum(admin1_adds);
    for (size_t i = 0; i < n; ++i) {
      picks[i] =
          ms[i].chosen >= 0 ? ms[i].candidates[static_cast<size_t>(ms[i].chosen)].entry : kNoEntry;
    }
    by_surface.assign(surface_count, {});
    // The mentions that can vouch for others, ordered by pick: each surface's sorted list of
    // the others' picks is then one walk.
    by_pick.clear();
    for (uint32_t k = 0; k < n; ++k) {
      if (picks[k] != kNoEntry && !ms[k].common_word) by_pick.push_back(k);
    }
    std::sort(by_pick.begin(), by_pick.end(), [&](uint32_t a, uint32_t b) {
      return picks[a] != picks[b] ? picks[a] < picks[b] : a < b;
    });
    for (size_t i = 0; i < n; ++i) {
      PlaceMention& m = ms[i];
      if (m.candidates.empty()) continue;
      SurfaceEvidence& se = by_surface[surface_id[i]];
      if (!se.ready) {
        se.ready = true;
        // The article's votes without this surface's own.
        se.countries = votes.Without(votes_by_surface[surface_id[i]]);
        se.admin1 = admin1_votes.Without(admin1_by_surface[surface_id[i]]);
        se.country_max = se.countries.Max();
        se.admin1_max = se.admin1.Max();
        // Only mentions that stand on their own vouch for others: two ordinary words that
        // happen to be neighbouring English towns ("March", "Reading") must not prop each other up.
        // The tier is that of the mention's pick so far in this pass, as it stands now.
        for (uint32_t k : by_pick) {
          if (surface_id[k] == surface_id[i]) continue;
          if (ms[k].candidates[static_cast<size_t>(ms[k].chosen)].tier == Tier::kTranslit) continue;
          if (se.other_picks.empty() || se.other_picks.back() != picks[k]) {
            se.other_picks.push_back(picks[k]);
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
              if (const double* v = se.countries.Find(CountryKey(cc)))
                b = std::max(b, *v / se.country_max);
            });
            country = 4.0 * b;
          }
          double admin1 = 0;
          if (se.admin1_max > 0) {
            const uint32_t a = g.Kind(e) == PlaceKind::kAdmin1 ? e : g.entry(e).admin1;
            const double* v = se.admin1.Find(a);
            admin1 = v == nullptr ? 0 : 3.0 * *v / se.admin1_max;
          }
          se.evidence[c] = {country, std::max(CoherenceScore(g, e, se.other_picks), admin1)};
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
    const PlaceKind kind = g.Kind(pc.entry);
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
    for (std::string_view cc : Countries(g, pc.entry)) votes[std::string(cc)] += VoteWeight(g, pc);
  }
  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [cc, v] : votes) ranked.push_back({-v, cc});
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
    m.candidates.push_back({best, Tier::kExact, false, true, 0});
    m.chosen = static_cast<int>(m.candidates.size() - 1);
  }
  return focus;
}

}  // namespace faultline::places
