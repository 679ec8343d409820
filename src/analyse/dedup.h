// De-duplication across articles: mentions of one real-world event become one cluster.
//
// Two mentions are one event when they have the same source and target actor codes, the
// same CAMEO root, the same place cell (the 0.5° grid cell when the place is at least
// admin-2 precise, else the admin-1, else the country) and dates within `window_days`
// of the cluster's first date. Only asserted or reported, non-negated events are
// clustered: a threat to attack is not an attack.
//
// A cluster counts its mentions, articles and distinct sources; its confidence tier
// follows the source count (a tier, never a filter). Casualty and displacement figures
// are never summed across reports of one event: the largest credible figure stands.
#pragma once

#include <vector>

#include "faultline/event_store.h"

namespace faultline::analyse {

struct DedupOptions {
  double cell_degrees = 0.5;
  int window_days = 3;
};

std::vector<ClusterRecord> ClusterEvents(const std::vector<EventRecord>& events,
                                         const DedupOptions& options = {});

// "low" (1 source), "medium" (2), "high" (3 or more).
const char* ConfidenceTier(int num_sources);

}  // namespace faultline::analyse
