// GDELT 2.0 event table export: the 61 tab-separated columns of the GDELT 2.0 Event
// Database codebook, one row per event, no header. Differences from GDELT, because
// faultline knows other things: country codes are ISO 3166-1 alpha-2 (GDELT uses FIPS
// 10-4), ADM1Code is the country code and admin-1 name, FeatureID the GeoNames id,
// AvgTone is 0 (no tone model), and Actor1Geo/Actor2Geo repeat the action place.
// NumMentions/NumSources/NumArticles are those of the event's de-duplicated cluster.
#pragma once

#include <memory>
#include <ostream>

#include "analyse/export.h"

namespace faultline::analyse {

std::unique_ptr<EventWriter> MakeGdeltWriter(std::ostream& out);

// CAMEO actor code -> {country, known group, type1, type2, type3} ("SYRMIL" -> SYR, "",
// MIL, "", ""; "IGOUNO" -> "", UNO, IGO, "", "").
struct ActorParts {
  std::string country, known_group, type[3];
};
ActorParts SplitActorCode(const std::string& code);

}  // namespace faultline::analyse
