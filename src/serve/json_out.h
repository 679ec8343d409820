// The JSON writer of the HTTP API: one function per record type, so every endpoint (and
// every export format) shows a record the same way. Field names follow docs/formats.md
// where the article JSON already names the same thing.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "faultline/event_store.h"
#include "store/serve_queries.h"

namespace faultline::serve {

using Json = nlohmann::ordered_json;

// An event mention. `detail` adds the provenance (pattern, dictionary entries, rules).
// AppendEventJson writes it straight into `out` (the event pages and exports, where the
// JSON tree cost three times the query); EventJson parses that back for callers that
// assemble a tree.
void AppendEventJson(std::string* out, const EventRecord& e, bool detail);
Json EventJson(const EventRecord& e, bool detail);
Json ClusterJson(const ClusterRecord& c);
Json AlertJson(const AlertRecord& a);
Json PlaceJson(const store::PlaceRow& p);
Json QuoteJson(const store::QuoteRow& q);

// Serialises for the wire. Invalid UTF-8 from stored text is replaced rather than thrown
// on, so one odd article can never turn a listing into a 500.
std::string Dump(const Json& j);

// {"error": message} plus any extra fields.
std::string ErrorBody(const std::string& message, Json extra = Json::object());

}  // namespace faultline::serve
