#include "analyse/analyse.h"

#include <algorithm>
#include <cstdlib>

#include "analyse/alerts.h"
#include "analyse/day.h"

namespace faultline::analyse {

Status Analyse(EventStore& store, const DedupOptions& dedup, const DetectorOptions& detect,
               AnalyseReport* report) {
  std::vector<EventRecord> events;
  FL_RETURN_IF_ERROR(store.ForEachEvent({}, [&](const EventRecord& e) {
    events.push_back(e);
    // The clustering needs only these; long texts would only cost memory.
    events.back().provenance_json.clear();
    events.back().title.clear();
    return true;
  }));
  report->mentions = static_cast<int64_t>(events.size());
  std::vector<ClusterRecord> clusters = ClusterEvents(events, dedup);
  events.clear();
  // The store gives each cluster its id (the evidence cites them); the detectors read the
  // clusters as the store lists them: by id, mentions by id.
  FL_RETURN_IF_ERROR(store.ReplaceClusters(&clusters));
  report->clusters = static_cast<int64_t>(clusters.size());
  std::sort(clusters.begin(), clusters.end(),
            [](const ClusterRecord& a, const ClusterRecord& b) { return a.id < b.id; });
  for (ClusterRecord& c : clusters) std::sort(c.mention_ids.begin(), c.mention_ids.end());
  // No repeats across runs: an alert within the cooldown of one already stored for the
  // same detector and series is the same episode seen again with more data.
  std::vector<AlertRecord> stored, fresh;
  FL_RETURN_IF_ERROR(store.ListAlerts("", &stored));
  for (AlertRecord& a : DetectAlerts(clusters, detect)) {
    bool repeat = false;
    const int day = ParseDay(a.date).value_or(0);
    for (const AlertRecord& s : stored) {
      if (s.detector == a.detector && s.level == a.level && s.key == a.key &&
          s.quad_class == a.quad_class && s.date != a.date &&
          std::abs(ParseDay(s.date).value_or(0) - day) < detect.cooldown_days) {
        repeat = true;
        break;
      }
    }
    if (!repeat) fresh.push_back(std::move(a));
  }
  return store.AddAlerts(fresh, &report->new_alerts);
}

}  // namespace faultline::analyse
