// EventCoder: turns a segmented, tagged Document with its recognised actors into
// CAMEO-coded events. faultline's own coder reads the native dictionaries in data/;
// legacy coders read TABARI or PETRARCH dictionaries given with --dictionaries DIR.
#pragma once

#include <memory>
#include <string>

#include "faultline/document.h"
#include "faultline/status.h"
#include "segment/lexicon.h"

namespace faultline {

class EventCoder {
 public:
  virtual ~EventCoder() = default;
  // Appends events to doc.events. Requires tokens, sentences and part-of-speech tags. A
  // coder that owns its actor dictionaries (the legacy ones) also fills doc.actors.
  // Must be safe to call from several threads at once on different documents.
  virtual void Code(Document& doc) const = 0;
  // True when this coder recognises actors itself, so the pipeline's actor recogniser
  // (which uses the native dictionaries) is skipped.
  virtual bool owns_actors() const { return false; }
  // Stamped into every event's provenance.
  virtual const std::string& version() const = 0;
};

}  // namespace faultline
