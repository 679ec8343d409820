// The article JSON of docs/formats.md: one object per Document with every layer, spans
// as Unicode code point offsets into the input text plus the covered text. The one
// definition of the format: `faultline code` prints it and the store keeps it as the
// article's `annotations` column. Streamed into a string with no JSON tree in between
// (a tree was half of the store's ingest time). Thread-safe: pure functions.
#pragma once

#include <string>

#include "faultline/document.h"
#include "util/utf8.h"

namespace faultline {

// Appends {"id", "date", "events", "actors", "places", "timex", "counts", "quotes"} or, for
// a document with an error, {"id", "error"}. `map` is utf8::OffsetMap(doc.text), passed
// in because the store needs it for its rows too.
void AppendDocumentJson(const Document& doc, const utf8::OffsetMap& map, std::string* out);

// One line of JSON Lines output (no trailing newline).
std::string DocumentToJsonLine(const Document& doc);

}  // namespace faultline
