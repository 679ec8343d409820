// Alerts from de-duplicated events: daily series per country, admin-1 and 0.5° cell,
// split by quad class for the spike and shift detectors (detectors.h) and by figure
// (killed, displaced) for the record detector. Each alert carries the detector's numbers
// and, as evidence, the sentences and URLs of the clusters behind it.
#pragma once

#include <vector>

#include "analyse/detectors.h"
#include "faultline/event_store.h"

namespace faultline::analyse {

std::vector<AlertRecord> DetectAlerts(const std::vector<ClusterRecord>& clusters,
                                      const DetectorOptions& options = {});

}  // namespace faultline::analyse
