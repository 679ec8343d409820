// The article JSON of docs/formats.md: one object per Document with every layer, spans
// as Unicode code point offsets into the input text plus the covered text.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "faultline/document.h"

namespace faultline {

// {"id", "date", "events", "actors", "places", "timex", "counts", "quotes"} or, for a
// document with an error, {"id", "error"}.
nlohmann::ordered_json DocumentToJson(const Document& doc);

// One line of JSON Lines output (no trailing newline).
std::string DocumentToJsonLine(const Document& doc);

}  // namespace faultline
