// Parameter validation for the HTTP API: every query parameter and path id is checked
// here, before any handler or query sees it. A bad value stops the request with a 400
// whose message names the parameter and quotes the value; an unknown or repeated
// parameter is refused too, so a typo ("contry=SY") never silently widens a query.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/serve_queries.h"

namespace faultline::serve {

// Query parameters as the HTTP layer hands them over (httplib::Params is this type).
using Params = std::multimap<std::string, std::string>;

// The first validation failure: which parameter, its value and why.
struct ParamError {
  std::string parameter;
  std::string value;
  std::string message;  // "parameter 'since': bad date '2019-13-01' (expected YYYY-MM-DD)"
};

struct Limits {
  int64_t default_page = 100;
  int64_t max_page = 1000;      // /api/events
  int64_t max_places = 5000;    // /api/places
  int64_t max_export = 50000;   // /api/export rows
  size_t max_text_bytes = 200;  // the text filter
};

// Reads parameters one by one, keeping the first error. Every getter returns nullopt
// when the parameter is absent or invalid; check error() once at the end.
class ParamReader {
 public:
  // `allowed`: every parameter the endpoint accepts; any other name is an error.
  ParamReader(const Params& params, std::vector<std::string_view> allowed);

  const std::optional<ParamError>& error() const { return error_; }

  std::optional<std::string> Country(const char* name);  // ISO 3166-1 alpha-2, upper-cased
  std::optional<std::string> Actor(const char* name);    // CAMEO actor code or prefix
  std::optional<std::string> Root(const char* name);     // CAMEO root 01…20
  std::optional<std::string> Date(const char* name);     // YYYY-MM-DD, a real calendar day
  std::optional<std::string> Text(const char* name, size_t max_bytes);
  std::optional<EventFilter::Near> Near(const char* name);  // lat,lon,km
  std::optional<int64_t> Integer(const char* name, int64_t min, int64_t max);
  std::optional<store::EventQuery::Cursor> Cursor(const char* name);
  std::optional<std::string> OneOf(const char* name, std::initializer_list<std::string_view> values);

  // Records an error that involves more than one parameter (since after until).
  void Fail(const std::string& name, const std::string& value, const std::string& why);

 private:
  // The raw value, or nullopt when absent (or already failed).
  std::optional<std::string> Raw(const char* name);

  const Params& params_;
  std::optional<ParamError> error_;
};

// The event filters shared by /api/events, /api/places, /api/series and /api/export:
// country, actor, root, quad, since, until, text, near, dedup (1: one row per
// de-duplicated event).
void ReadEventFilters(ParamReader& r, const Limits& limits, store::EventQuery* q);

// The filter names ReadEventFilters reads plus an endpoint's own, for ParamReader.
std::vector<std::string_view> EventParams(std::initializer_list<std::string_view> extra);

// A path id: 1…18 decimal digits, no sign or leading zeros. nullopt when invalid.
std::optional<int64_t> ParseId(std::string_view s);

// Encodes a cursor for the next page: "<date>~<id>".
std::string EncodeCursor(const std::string& date, int64_t id);

// Quotes a user value for an error message: at most 80 bytes, control and non-ASCII
// bytes as \xNN, so the message is always printable whatever the client sent.
std::string QuoteValue(std::string_view v);

}  // namespace faultline::serve
