// Language identification (CLD2): the coder's dictionaries are English, so other
// languages are skipped with the reason logged rather than coded into noise.
#pragma once

#include <string>
#include <string_view>

namespace faultline {

// An empty string when `text` is English or too short or mixed to tell; otherwise the
// reason to skip it, e.g. "skipped: language is French (fr), not English".
std::string NonEnglishReason(std::string_view text);

}  // namespace faultline
