#include "analyse/alerts.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "analyse/day.h"

namespace faultline::analyse {
namespace {

// One unit of space: (level, key).
using Unit = std::pair<std::string, std::string>;

struct UnitSeries {
  std::map<int, std::vector<std::vector<const ClusterRecord*>>> by_quad;  // quad -> day -> clusters
  std::vector<double> killed, displaced;
  std::vector<const ClusterRecord*> all;
};

std::vector<Unit> UnitsOf(const ClusterRecord& c) {
  std::vector<Unit> units;
  if (!c.country.empty()) units.emplace_back("country", c.country);
  if (!c.admin1.empty()) units.emplace_back("admin1", c.country + "/" + c.admin1);
  if (!c.cell.empty()) units.emplace_back("cell", c.cell);
  return units;
}

// The sentences behind an alert: clusters of the last `days` days up to its day,
// most-reported first.
std::string Evidence(const std::vector<const ClusterRecord*>& clusters, int first_day, int day,
                     int days) {
  std::vector<const ClusterRecord*> picked;
  for (const ClusterRecord* c : clusters) {
    std::optional<int> d = ParseDay(c->date);
    if (d && *d <= day && *d > day - days) picked.push_back(c);
  }
  std::stable_sort(picked.begin(), picked.end(), [](const auto* a, const auto* b) {
    return a->num_sources > b->num_sources;
  });
  (void)first_day;
  nlohmann::ordered_json ev = nlohmann::ordered_json::array();
  std::set<std::string> seen;
  for (size_t i = 0; i < picked.size() && ev.size() < 5; ++i) {
    if (!seen.insert(picked[i]->sentence).second) continue;
    ev.push_back({{"cluster_id", picked[i]->id}, {"date", picked[i]->date},
                  {"code", picked[i]->code}, {"sentence", picked[i]->sentence},
                  {"url", picked[i]->url}, {"num_sources", picked[i]->num_sources}});
  }
  return ev.dump();
}

AlertRecord MakeAlert(const Unit& u, int quad, const Detection& d, std::string evidence) {
  AlertRecord a;
  a.detector = d.detector;
  a.level = u.first;
  a.key = u.second;
  a.quad_class = quad;
  a.date = FormatDay(d.day);
  a.message = u.second + ": " + d.message;
  a.numbers_json = d.numbers_json;
  a.evidence_json = std::move(evidence);
  return a;
}

}  // namespace

std::vector<AlertRecord> DetectAlerts(const std::vector<ClusterRecord>& clusters,
                                      const DetectorOptions& options) {
  int first = INT32_MAX, last = INT32_MIN;
  for (const ClusterRecord& c : clusters) {
    if (std::optional<int> d = ParseDay(c.date)) {
      first = std::min(first, *d);
      last = std::max(last, *d);
    }
  }
  std::vector<AlertRecord> out;
  if (first > last) return out;
  const size_t n = static_cast<size_t>(last - first + 1);
  std::map<Unit, UnitSeries> units;
  for (const ClusterRecord& c : clusters) {
    std::optional<int> d = ParseDay(c.date);
    if (!d) continue;
    const size_t i = static_cast<size_t>(*d - first);
    for (const Unit& u : UnitsOf(c)) {
      UnitSeries& s = units[u];
      auto& days = s.by_quad[c.quad_class];
      if (days.empty()) days.resize(n);
      days[i].push_back(&c);
      if (s.killed.empty()) s.killed.assign(n, 0), s.displaced.assign(n, 0);
      s.killed[i] += c.killed.value_or(0);
      s.displaced[i] += c.displaced.value_or(0);
      s.all.push_back(&c);
    }
  }
  for (const auto& [unit, s] : units) {
    for (const auto& [quad, days] : s.by_quad) {
      DailySeries series;
      series.first_day = first;
      for (const auto& day : days) {
        std::set<std::string> sources;
        for (const ClusterRecord* c : day) sources.insert(c->sources.begin(), c->sources.end());
        series.events.push_back(static_cast<double>(day.size()));
        series.sources.push_back(static_cast<int>(sources.size()));
      }
      std::vector<const ClusterRecord*> in_quad;
      for (const auto& day : days) in_quad.insert(in_quad.end(), day.begin(), day.end());
      for (const Detection& d : DetectSpikes(series, options)) {
        out.push_back(MakeAlert(unit, quad, d, Evidence(in_quad, first, d.day, 1)));
      }
      for (const Detection& d : DetectShifts(series, options)) {
        out.push_back(MakeAlert(unit, quad, d, Evidence(in_quad, first, d.day, 7)));
      }
    }
    for (const Detection& d :
         DetectRecords(first, s.killed, "killed", options.record_min_killed, options)) {
      out.push_back(MakeAlert(unit, 0, d, Evidence(s.all, first, d.day, 30)));
    }
    for (const Detection& d :
         DetectRecords(first, s.displaced, "displaced", options.record_min_displaced, options)) {
      out.push_back(MakeAlert(unit, 0, d, Evidence(s.all, first, d.day, 30)));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const AlertRecord& a, const AlertRecord& b) {
    return std::tie(a.date, a.level, a.key) < std::tie(b.date, b.level, b.key);
  });
  return out;
}

}  // namespace faultline::analyse
