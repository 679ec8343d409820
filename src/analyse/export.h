// Event exports (docs/formats.md, "Query output"): one writer per format, fed one event
// mention at a time so a million-event export streams in constant memory.
//   jsonl    one flat JSON object per event
//   csv      a header and one row per event (RFC 4180 quoting)
//   geojson  a FeatureCollection of Points (null geometry without coordinates)
//   gdelt    GDELT 2.0 event table: 61 tab-separated columns, no header
//   plover   PLOVER JSON, one object per line (events of CAMEO roots 01 and 02 have no
//            PLOVER category and are left out)
// Every format carries the event's source URL.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "faultline/event_store.h"

namespace faultline::analyse {

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  virtual void Write(const EventRecord& e) = 0;
  virtual void Finish() {}
};

// nullptr for an unknown format name.
std::unique_ptr<EventWriter> MakeEventWriter(const std::string& format, std::ostream& out);

}  // namespace faultline::analyse
