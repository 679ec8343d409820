#include "serve/json_out.h"

namespace faultline::serve {
namespace {

Json Opt(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }
Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json ActorJson(const std::string& code, const std::string& name) {
  if (code.empty() && name.empty()) return nullptr;
  return Json{{"code", code}, {"name", name}};
}

// Stored JSON columns (provenance, alert numbers and evidence) go out as JSON, not as
// strings holding JSON; a damaged column becomes null instead of failing the request.
Json ParseStored(const std::string& s) {
  if (s.empty()) return nullptr;
  Json j = Json::parse(s, nullptr, /*allow_exceptions=*/false);
  return j.is_discarded() ? Json(nullptr) : j;
}

}  // namespace

Json EventJson(const EventRecord& e, bool detail) {
  Json j;
  j["id"] = e.id;
  j["article_id"] = e.article_id;
  j["cluster_id"] = e.cluster_id ? Json(e.cluster_id) : Json(nullptr);
  j["sentence"] = e.sentence;
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = Json{{"type", e.plover_type}, {"mode", e.plover_mode}};
  j["source"] = ActorJson(e.source_code, e.source_name);
  j["target"] = ActorJson(e.target_code, e.target_name);
  j["date"] = OrNull(e.date);
  j["date_precision"] = OrNull(e.date_precision);
  if (e.lat && e.lon) {
    j["place"] = Json{{"name", e.place_name}, {"country", e.country},   {"admin1", e.admin1},
                      {"lat", *e.lat},        {"lon", *e.lon},          {"geonameid", e.geonameid},
                      {"precision", e.place_precision}};
  } else {
    j["place"] = nullptr;
  }
  j["country"] = OrNull(e.country);
  j["negated"] = e.negated;
  j["modality"] = e.modality;
  j["attributed_to"] = OrNull(e.attributed_to);
  j["confidence"] = e.confidence;
  j["trigger"] = e.trigger_text;
  j["sentence_text"] = e.sentence_text;
  j["killed"] = Opt(e.killed);
  j["displaced"] = Opt(e.displaced);
  // How widely the de-duplicated event was reported; null before de-duplication.
  if (e.cluster_id != 0) {
    j["reports"] = Json{{"mentions", e.num_mentions},
                        {"articles", e.num_articles},
                        {"sources", e.num_sources},
                        {"confidence_tier", e.confidence_tier}};
  } else {
    j["reports"] = nullptr;
  }
  j["article"] = Json{{"date", OrNull(e.article_date)},
                      {"url", OrNull(e.url)},
                      {"source", OrNull(e.source)},
                      {"title", OrNull(e.title)}};
  if (detail) j["provenance"] = ParseStored(e.provenance_json);
  return j;
}

Json ClusterJson(const ClusterRecord& c) {
  Json j;
  j["id"] = c.id;
  j["code"] = c.code;
  j["root"] = c.root;
  j["quad_class"] = c.quad_class;
  j["goldstein"] = c.goldstein;
  j["source_code"] = OrNull(c.source_code);
  j["target_code"] = OrNull(c.target_code);
  j["date"] = OrNull(c.date);
  j["date_end"] = OrNull(c.date_end);
  j["country"] = OrNull(c.country);
  j["admin1"] = OrNull(c.admin1);
  j["place_name"] = OrNull(c.place_name);
  j["cell"] = OrNull(c.cell);
  j["lat"] = Opt(c.lat);
  j["lon"] = Opt(c.lon);
  j["num_mentions"] = c.num_mentions;
  j["num_articles"] = c.num_articles;
  j["num_sources"] = c.num_sources;
  j["confidence_tier"] = c.confidence_tier;
  j["killed"] = Opt(c.killed);
  j["displaced"] = Opt(c.displaced);
  j["sources"] = c.sources;
  j["sentence"] = c.sentence;
  j["url"] = OrNull(c.url);
  return j;
}

Json AlertJson(const AlertRecord& a) {
  Json j;
  j["id"] = a.id;
  j["detector"] = a.detector;
  j["level"] = a.level;
  j["key"] = a.key;
  j["quad_class"] = a.quad_class ? Json(a.quad_class) : Json(nullptr);
  j["date"] = a.date;
  j["message"] = a.message;
  j["numbers"] = ParseStored(a.numbers_json);
  j["evidence"] = ParseStored(a.evidence_json);
  return j;
}

Json PlaceJson(const store::PlaceRow& p) {
  Json j;
  j["name"] = p.name;
  j["country"] = OrNull(p.country);
  j["admin1"] = OrNull(p.admin1);
  j["lat"] = p.lat;
  j["lon"] = p.lon;
  j["geonameid"] = p.geonameid ? Json(p.geonameid) : Json(nullptr);
  j["events"] = p.events;
  j["by_quad"] = p.by_quad;
  j["first_date"] = OrNull(p.first_date);
  j["last_date"] = OrNull(p.last_date);
  return j;
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string ErrorBody(const std::string& message, Json extra) {
  Json j;
  j["error"] = message;
  for (auto& [k, v] : extra.items()) j[k] = v;
  return Dump(j);
}

}  // namespace faultline::serve
