// LoadLegacyCoder: the EventCoder for a --dictionaries directory in a legacy format.
// Each format has its detector and loader below; the first format whose detector
// recognises the directory is used. Returns NotFound when none does (the directory then
// holds faultline's own dictionaries).
#pragma once

#include <memory>
#include <string>

#include "code/event_coder.h"
#include "faultline/status.h"

namespace faultline {

enum class LegacyFormat { kNone, kTabari, kPetrarch };

LegacyFormat DetectLegacyFormat(const std::string& dir);
Status LoadLegacyCoder(const std::string& dir, std::unique_ptr<EventCoder>* coder);

}  // namespace faultline
