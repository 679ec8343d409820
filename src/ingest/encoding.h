// Character encodings of fetched pages and files: valid UTF-8 passes through untouched;
// anything else is identified by uchardet (or a declared charset) and converted with ICU.
#pragma once

#include <string>
#include <string_view>

#include "faultline/status.h"

namespace faultline {

// Converts `bytes` to UTF-8 into *out. `declared` is a charset named by the source
// (HTTP header, <meta charset>) and is tried when the bytes are not UTF-8; uchardet's
// guess is used when nothing is declared. *used names the encoding read.
Status ToUtf8(std::string_view bytes, const std::string& declared, std::string* out,
              std::string* used);

}  // namespace faultline
