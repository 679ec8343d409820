#include "serve/json_out.h"

#include <tuple>

#include "util/json_writer.h"

namespace faultline::serve {
namespace {

Json Opt(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }
Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// Stored JSON columns (provenance, alert numbers and evidence) go out as JSON, not as
// strings holding JSON; a damaged column becomes null instead of failing the request.
Json ParseStored(const std::string& s) {
  if (s.empty()) return nullptr;
  Json j = Json::parse(s, nullptr, /*allow_exceptions=*/false);
  return j.is_discarded() ? Json(nullptr) : j;
}

}  // namespace

void AppendEventJson(std::string* out, const EventRecord& e, bool detail) {
  JsonWriter w(out);
  w.Open('{');
  w.Int("id", e.id);
  w.Int("article_id", e.article_id);
  e.cluster_id ? w.Int("cluster_id", e.cluster_id) : w.Null("cluster_id");
  w.Int("sentence", e.sentence);
  w.Str("code", e.code);
  w.Str("root", e.root);
  w.Int("quad_class", e.quad_class);
  w.Double("goldstein", e.goldstein);
  w.Key("plover");
  w.Open('{');
  w.Str("type", e.plover_type);
  w.Str("mode", e.plover_mode);
  w.Close('}');
  for (const auto& [key, code, name] : {std::tuple{"source", &e.source_code, &e.source_name},
                                        std::tuple{"target", &e.target_code, &e.target_name}}) {
    w.Key(key);
    if (code->empty() && name->empty()) {
      w.Null();
    } else {
      w.Open('{');
      w.Str("code", *code);
      w.Str("name", *name);
      w.Close('}');
    }
  }
  w.StrOrNull("date", e.date);
  w.StrOrNull("date_precision", e.date_precision);
  w.Key("place");
  if (e.lat && e.lon) {
    w.Open('{');
    w.Str("name", e.place_name);
    w.Str("country", e.country);
    w.Str("admin1", e.admin1);
    w.Double("lat", *e.lat);
    w.Double("lon", *e.lon);
    w.Int("geonameid", e.geonameid);
    w.Int("precision", e.place_precision);
    w.Close('}');
  } else {
    w.Null();
  }
  w.StrOrNull("country", e.country);
  w.Bool("negated", e.negated);
  w.Str("modality", e.modality);
  w.StrOrNull("attributed_to", e.attributed_to);
  w.Double("confidence", e.confidence);
  w.Str("trigger", e.trigger_text);
  w.Str("sentence_text", e.sentence_text);
  w.OptDouble("killed", e.killed);
  w.OptDouble("displaced", e.displaced);
  // How widely the de-duplicated event was reported; null before de-duplication.
  w.Key("reports");
  if (e.cluster_id != 0) {
    w.Open('{');
    w.Int("mentions", e.num_mentions);
    w.Int("articles", e.num_articles);
    w.Int("sources", e.num_sources);
    w.Str("confidence_tier", e.confidence_tier);
    w.Close('}');
  } else {
    w.Null();
  }
  w.Key("article");
  w.Open('{');
  w.StrOrNull("date", e.article_date);
  w.StrOrNull("url", e.url);
  w.StrOrNull("source", e.source);
  w.StrOrNull("title", e.title);
  w.Close('}');
  // Stored JSON goes out as JSON, not as a string holding JSON; a damaged column as null.
  if (detail) {
    w.Key("provenance");
    if (!e.provenance_json.empty() && Json::accept(e.provenance_json)) {
      w.Raw(e.provenance_json);
    } else {
      w.Null();
    }
  }
  w.Close('}');
}

Json EventJson(const EventRecord& e, bool detail) {
  std::string s;
  AppendEventJson(&s, e, detail);
  return Json::parse(s);
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

Json QuoteJson(const store::QuoteRow& q) {
  Json j;
  j["id"] = q.id;
  j["text"] = q.text;
  j["direct"] = q.direct;
  j["speaker"] = Json{{"name", OrNull(q.speaker_name)}, {"code", OrNull(q.speaker_code)}};
  j["medium"] = OrNull(q.medium);
  // Where to read it: the article and the quote's code point span in its text.
  j["article"] = Json{{"id", q.article_id},   {"date", OrNull(q.date)}, {"title", q.title},
                      {"url", OrNull(q.url)}, {"source", q.source},     {"start", q.start},
                      {"end", q.end}};
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
