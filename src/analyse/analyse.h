// The whole analysis over a store: de-duplicate every event mention into clusters, then
// detect alerts over the clusters. Recomputed from scratch each time so the result never
// depends on the order articles arrived in; alerts already stored are not repeated.
#pragma once

#include "analyse/dedup.h"
#include "analyse/detectors.h"
#include "faultline/event_store.h"

namespace faultline::analyse {

struct AnalyseReport {
  int64_t mentions = 0, clusters = 0;
  int new_alerts = 0;
};

Status Analyse(EventStore& store, const DedupOptions& dedup, const DetectorOptions& detect,
               AnalyseReport* report);

}  // namespace faultline::analyse
