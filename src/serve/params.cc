#include "serve/params.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "util/utf8.h"

namespace faultline::serve {
namespace {

bool AllOf(std::string_view s, bool (*pred)(char)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpperAlnum(char c) { return IsDigit(c) || (c >= 'A' && c <= 'Z'); }

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// Parses a decimal number with nothing before or after it, finite.
std::optional<double> ParseDouble(std::string_view s) {
  if (s.empty() || s.size() > 32) return std::nullopt;
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<int64_t> ParseInt(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// YYYY-MM-DD naming a real day between the years 1000 and 2999.
bool ValidDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(s[i])) return false;
  }
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= kDays[m - 1] + (m == 2 && LeapYear(y) ? 1 : 0);
}

// A stored event date as it appears in a cursor: ISO dates are digits and dashes; a few
// more characters are allowed so an unusual TIMEX value ("2019-W52") still pages. The value
// is only ever bound, never spliced into SQL.
bool ValidCursorDate(std::string_view s) {
  return s.size() <= 16 && std::all_of(s.begin(), s.end(), [](char c) {
           return IsUpperAlnum(c) || c == '-' || c == ':';
         });
}

}  // namespace

std::string QuoteValue(std::string_view v) {
  constexpr size_t kMax = 80;
  std::string out = "'";
  for (size_t i = 0; i < v.size() && i < kMax; ++i) {
    const unsigned char c = static_cast<unsigned char>(v[i]);
    if (c < 0x20 || c >= 0x7f || c == '\\') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  if (v.size() > kMax) out += "...";
  out += "'";
  return out;
}

ParamReader::ParamReader(const Params& params, std::vector<std::string_view> allowed)
    : params_(params) {
  for (auto it = params.begin(); it != params.end(); it = params.upper_bound(it->first)) {
    if (std::find(allowed.begin(), allowed.end(), it->first) == allowed.end()) {
      Fail(it->first, it->second, "unknown parameter");
      return;
    }
    if (params.count(it->first) > 1) {
      Fail(it->first, it->second, "given more than once");
      return;
    }
  }
}

void ParamReader::Fail(const std::string& name, const std::string& value, const std::string& why) {
  if (error_) return;
  ParamError e;
  e.parameter = name;
  e.value = value;
  e.message = "parameter " + QuoteValue(name) + ": " + why;
  if (!value.empty()) e.message += ", got " + QuoteValue(value);
  error_ = std::move(e);
}

std::optional<std::string> ParamReader::Raw(const char* name) {
  if (error_) return std::nullopt;
  auto it = params_.find(name);
  // An empty value is the same as no filter: HTML forms send every field.
  if (it == params_.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

std::optional<std::string> ParamReader::Country(const char* name) {
  auto v = Raw(name);
  if (!v) return std::nullopt;
  std::string up = Upper(*v);
  if (up.size() != 2 || !AllOf(up, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    Fail(name, *v, "expected a two-letter ISO 3166-1 country code such as SY");
    return std::nullopt;
  }
  return up;
}

std::optional<std::string> ParamReader::Actor(const char* name) {
  auto v = Raw(name);
  if (!v) return std::nullopt;
  std::string up = Upper(*v);
  if (up.size() > 15 || !AllOf(up, IsUpperAlnum)) {
    Fail(name, *v, "expected a CAMEO actor code or prefix (letters and digits, at most 15)");
    return std::nullopt;
  }
  return up;
}

std::optional<std::string> ParamReader::Root(const char* name) {
  auto v = Raw(name);
  if (!v) return std::nullopt;
  auto n = v->size() == 2 && AllOf(*v, IsDigit) ? ParseInt(*v) : std::nullopt;
  if (!n || *n < 1 || *n > 20) {
    Fail(name, *v, "expected a two-digit CAMEO root from 01 to 20");
    return std::nullopt;
  }
  return v;
}

std::optional<std::string> ParamReader::Date(const char* name) {
  auto v = Raw(name);
  if (!v) return std::nullopt;
  if (!ValidDay(*v)) {
    Fail(name, *v, "expected a calendar date YYYY-MM-DD");
    return std::nullopt;
  }
  return v;
}

std::optional<std::string> ParamReader::Text(const char* name, size_t max_bytes) {
  auto v = Raw(name);
  if (!v) return std::nullopt;
  if (v->size() > max_bytes) {
    Fail(name, *v, "longer than " + std::to_string(max_bytes) + " bytes");
    return std::nullopt;
  }
  if (!utf8::Validate(*v).ok()) {
    Fail(name, *v, "not valid UTF-8");
    return std::nullopt;
  }
  if (std::any_of(v->begin(), v->end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
    Fail(name, *v, "control characters are not allowed");
    return std::nullopt;
  }
  return v;
}

std::optional<EventFilter::Near> ParamReader::Near(const char* name) {
  auto v = Raw(name);
  if (!v) return std::nullopt;
  std::string_view s = *v;
  const size_t c1 = s.find(',');
  const size_t c2 = c1 == std::string_view::npos ? c1 : s.find(',', c1 + 1);
  if (c2 == std::string_view::npos || s.find(',', c2 + 1) != std::string_view::npos) {
    Fail(name, *v, "expected LAT,LON,KM");
    return std::nullopt;
  }
  auto lat = ParseDouble(s.substr(0, c1));
  auto lon = ParseDouble(s.substr(c1 + 1, c2 - c1 - 1));
  auto km = ParseDouble(s.substr(c2 + 1));
  if (!lat || !lon || !km) {
    Fail(name, *v, "expected LAT,LON,KM as decimal numbers");
    return std::nullopt;
  }
  if (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 180) {
    Fail(name, *v, "latitude must be in [-90, 90] and longitude in [-180, 180]");
    return std::nullopt;
  }
  if (*km <= 0 || *km > 20000) {
    Fail(name, *v, "radius must be more than 0 and at most 20000 km");
    return std::nullopt;
  }
  return EventFilter::Near{*lat, *lon, *km};
}

std::optional<int64_t> ParamReader::Integer(const char* name, int64_t min, int64_t max) {
  auto v = Raw(name);
  if (!v) return std::nullopt;
  auto n = AllOf(*v, IsDigit) ? ParseInt(*v) : std::nullopt;
  if (!n || *n < min || *n > max) {
    Fail(name, *v,
         "expected an integer from " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return n;
}

std::optional<store::EventQuery::Cursor> ParamReader::Cursor(const char* name) {
  auto v = Raw(name);
  if (!v) return std::nullopt;
  const size_t tilde = v->rfind('~');
  std::optional<int64_t> id;
  if (tilde != std::string::npos && ValidCursorDate(std::string_view(*v).substr(0, tilde))) {
    id = ParseId(std::string_view(*v).substr(tilde + 1));
  }
  if (!id) {
    Fail(name, *v, "not a cursor returned by this API (use the 'next' value of a page)");
    return std::nullopt;
  }
  return store::EventQuery::Cursor{v->substr(0, tilde), *id};
}

std::optional<std::string> ParamReader::OneOf(const char* name,
                                              std::initializer_list<std::string_view> values) {
  auto v = Raw(name);
  if (!v) return std::nullopt;
  if (std::find(values.begin(), values.end(), *v) == values.end()) {
    std::string list;
    for (std::string_view x : values) list += (list.empty() ? "" : ", ") + std::string(x);
    Fail(name, *v, "expected one of " + list);
    return std::nullopt;
  }
  return v;
}

std::vector<std::string_view> EventParams(std::initializer_list<std::string_view> extra) {
  std::vector<std::string_view> names = {"country", "actor", "root", "quad", "since",
                                         "until",   "text",  "near", "dedup"};
  names.insert(names.end(), extra.begin(), extra.end());
  return names;
}

void ReadEventFilters(ParamReader& r, const Limits& limits, store::EventQuery* q) {
  EventFilter& f = q->filter;
  f.country = r.Country("country").value_or("");
  f.actor = r.Actor("actor").value_or("");
  f.root = r.Root("root").value_or("");
  q->quad_class = static_cast<int>(r.Integer("quad", 1, 4).value_or(0));
  f.since = r.Date("since").value_or("");
  f.until = r.Date("until").value_or("");
  q->text = r.Text("text", limits.max_text_bytes).value_or("");
  f.near = r.Near("near");
  f.one_per_cluster = r.Integer("dedup", 0, 1).value_or(0) == 1;
  if (!r.error() && !f.since.empty() && !f.until.empty() && f.since > f.until) {
    r.Fail("since", f.since, "is after until '" + f.until + "'");
  }
}

std::optional<int64_t> ParseId(std::string_view s) {
  if (s.empty() || s.size() > 18 || s[0] == '0' || !AllOf(s, IsDigit)) return std::nullopt;
  return ParseInt(s);
}

std::string EncodeCursor(const std::string& date, int64_t id) {
  return date + "~" + std::to_string(id);
}

}  // namespace faultline::serve
