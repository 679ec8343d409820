// /api/export: filtered events as GeoJSON, CSV or JSON Lines, every row with its source
// URL. Rows are capped (Limits::max_export) and the query has a longer budget than a page.
#include <cstdio>

#include "serve/api.h"
#include "util/json_writer.h"

namespace faultline::serve {
namespace {

// A spreadsheet runs a cell starting with = + - @ as a formula; prefixing a quote keeps
// exported article text inert (the OWASP advice on CSV injection).
void CsvCell(std::string_view v, bool text, std::string* out) {
  const bool formula =
      text && !v.empty() &&
      (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r');
  const bool quote = formula || v.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out->append(v);
    return;
  }
  out->push_back('"');
  if (formula) out->push_back('\'');
  for (char c : v) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string OptNumber(const std::optional<double>& v) { return v ? Number(*v) : ""; }

}  // namespace

void WriteCsvHeader(std::string* out) {
  *out +=
      "id,article_id,cluster_id,date,date_precision,code,root,quad_class,goldstein,source_code,"
      "source_name,target_code,target_name,country,admin1,place_name,lat,lon,negated,modality,"
      "confidence,killed,displaced,url,source,sentence\r\n";
}

void WriteCsvRow(const EventRecord& e, std::string* out) {
  auto cell = [&](std::string_view v, bool text, bool last = false) {
    CsvCell(v, text, out);
    out->append(last ? "\r\n" : ",");
  };
  cell(std::to_string(e.id), false);
  cell(std::to_string(e.article_id), false);
  cell(e.cluster_id ? std::to_string(e.cluster_id) : "", false);
  cell(e.date, true);
  cell(e.date_precision, true);
  cell(e.code, true);
  cell(e.root, true);
  cell(std::to_string(e.quad_class), false);
  cell(Number(e.goldstein), false);
  cell(e.source_code, true);
  cell(e.source_name, true);
  cell(e.target_code, true);
  cell(e.target_name, true);
  cell(e.country, true);
  cell(e.admin1, true);
  cell(e.place_name, true);
  cell(OptNumber(e.lat), false);
  cell(OptNumber(e.lon), false);
  cell(e.negated ? "1" : "0", false);
  cell(e.modality, true);
  cell(Number(e.confidence), false);
  cell(OptNumber(e.killed), false);
  cell(OptNumber(e.displaced), false);
  cell(e.url, true);
  cell(e.source, true);
  cell(e.sentence_text, true, /*last=*/true);
}

void AppendGeoJsonFeature(const EventRecord& e, std::string* out) {
  JsonWriter w(out);
  w.Open('{');
  w.Str("type", "Feature");
  w.Int("id", e.id);
  // RFC 7946: longitude first. An event without a place has a null geometry.
  w.Key("geometry");
  if (e.lat && e.lon) {
    w.Open('{');
    w.Str("type", "Point");
    w.Key("coordinates");
    w.Open('[');
    w.Double(*e.lon);
    w.Double(*e.lat);
    w.Close(']');
    w.Close('}');
  } else {
    w.Null();
  }
  w.Key("properties");
  AppendEventJson(out, e, /*detail=*/false);
  w.Close('}');
}

ApiResponse Api::Export(const Params& params, Connection& c) const {
  ParamReader r(params, EventParams({"format", "limit"}));
  store::EventQuery q;
  ReadEventFilters(r, options_.limits, &q);
  const std::string format = r.OneOf("format", {"geojson", "csv", "jsonl"}).value_or("jsonl");
  q.limit = r.Integer("limit", 1, options_.limits.max_export).value_or(options_.limits.max_export);
  if (r.error()) return BadRequest(*r.error());
  ApiResponse resp;
  std::string& out = resp.body;
  if (format == "csv") WriteCsvHeader(&out);
  if (format == "geojson") out = "{\"type\":\"FeatureCollection\",\"features\":[";
  bool first = true;
  c.queries.StartClock(options_.export_budget);
  Status s = c.queries.Events(q, [&](const EventRecord& e) {
    if (format == "csv") {
      WriteCsvRow(e, &out);
    } else if (format == "jsonl") {
      AppendEventJson(&out, e, /*detail=*/true);
      out += '\n';
    } else {
      if (!first) out += ',';
      AppendGeoJsonFeature(e, &out);
    }
    first = false;
    return true;
  });
  if (!s.ok()) return StoreFailure(s, c.queries);
  if (format == "geojson") {
    out += "]}";
    resp.content_type = "application/geo+json";
  } else if (format == "csv") {
    resp.content_type = "text/csv; charset=utf-8";
  } else {
    resp.content_type = "application/x-ndjson";
  }
  resp.download_name = "faultline-events." + format;
  return resp;
}

}  // namespace faultline::serve
