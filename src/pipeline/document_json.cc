#include "pipeline/document_json.h"

#include "code/cameo.h"
#include "util/utf8.h"

namespace faultline {
namespace {

using Json = nlohmann::ordered_json;

class SpanWriter {
 public:
  explicit SpanWriter(const Document& doc) : doc_(doc), map_(doc.text) {}
  void Put(Json& j, const Span& s) const {
    j["start"] = map_.ToCodePoint(s.begin);
    j["end"] = map_.ToCodePoint(s.end);
    j["text"] = std::string(doc_.Text(s));
  }
  Json Actor(const ActorRef& a) const {
    Json j;
    j["code"] = a.code;
    j["name"] = a.name;
    Put(j, a.span);
    return j;
  }

 private:
  const Document& doc_;
  utf8::OffsetMap map_;
};

Json OptionalNumber(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json EventJson(const Document& doc, const Event& e, const SpanWriter& w) {
  Json j;
  j["sentence"] = e.sentence;
  w.Put(j, e.span);
  j["code"] = e.code;
  const CameoCode* info = LookupCameo(e.code);
  j["root"] = e.code.substr(0, 2);
  j["quad_class"] = info ? Json(QuadClass(e.code, QuadConvention::kPhoenix)) : Json(nullptr);
  j["quad_class_gdelt"] = info ? Json(info->quad_class) : Json(nullptr);
  j["goldstein"] = info ? Json(info->goldstein) : Json(nullptr);
  Json plover;
  plover["type"] = info ? info->plover_type : "";
  plover["mode"] = info ? info->plover_mode : "";
  j["plover"] = plover;
  j["source"] = e.source ? w.Actor(*e.source) : Json(nullptr);
  j["target"] = e.target ? w.Actor(*e.target) : Json(nullptr);
  j["date"] = e.date.empty() ? Json(nullptr) : Json(e.date);
  j["date_precision"] = e.date_precision.empty() ? Json(nullptr) : Json(e.date_precision);
  if (e.place && *e.place < doc.places.size()) {
    const Place& p = doc.places[*e.place];
    Json pj;
    pj["name"] = p.name;
    pj["lat"] = p.lat;
    pj["lon"] = p.lon;
    pj["country"] = p.country;
    pj["admin1"] = p.admin1;
    pj["geonameid"] = p.geonameid;
    pj["precision"] = p.precision;
    pj["place_index"] = *e.place;
    j["place"] = pj;
  } else {
    j["place"] = nullptr;
  }
  j["negated"] = e.negated;
  j["modality"] = ModalityName(e.modality);
  j["attributed_to"] = e.attributed_to ? w.Actor(*e.attributed_to) : Json(nullptr);
  j["confidence"] = e.confidence;
  Json counts = Json::array();
  for (uint32_t c : e.counts) counts.push_back(c);
  j["counts"] = counts;
  Json prov;
  prov["pattern"] = e.provenance.pattern;
  prov["entries"] = e.provenance.entries;
  prov["dictionary_version"] = e.provenance.dictionary_version;
  if (!e.provenance.date_rule.empty()) prov["date_rule"] = e.provenance.date_rule;
  if (!e.provenance.place_rule.empty()) prov["place_rule"] = e.provenance.place_rule;
  j["provenance"] = prov;
  return j;
}

}  // namespace

Json DocumentToJson(const Document& doc) {
  Json j;
  j["id"] = doc.id;
  if (!doc.error.empty()) {
    j["error"] = doc.error;
    return j;
  }
  const SpanWriter w(doc);
  j["date"] = doc.date.empty() ? Json(nullptr) : Json(doc.date);
  Json events = Json::array();
  for (const Event& e : doc.events) events.push_back(EventJson(doc, e, w));
  j["events"] = std::move(events);

  Json actors = Json::array();
  for (const ActorMention& a : doc.actors) {
    Json aj;
    w.Put(aj, a.span);
    aj["code"] = a.code;
    aj["name"] = a.name;
    aj["sentence"] = a.sentence;
    aj["entries"] = a.entries;
    actors.push_back(std::move(aj));
  }
  j["actors"] = std::move(actors);

  Json places = Json::array();
  for (const Place& p : doc.places) {
    Json pj;
    w.Put(pj, p.span);
    pj["name"] = p.name;
    pj["lat"] = p.lat;
    pj["lon"] = p.lon;
    pj["country"] = p.country;
    pj["admin1"] = p.admin1;
    pj["feature"] = p.feature;
    pj["geonameid"] = p.geonameid;
    pj["precision"] = p.precision;
    pj["adjectival"] = p.adjectival;
    pj["tier"] = p.tier;
    places.push_back(std::move(pj));
  }
  j["places"] = std::move(places);

  Json timex = Json::array();
  for (const Timex& t : doc.timex) {
    Json tj;
    w.Put(tj, t.span);
    tj["type"] = t.type;
    tj["value"] = t.value;
    timex.push_back(std::move(tj));
  }
  j["timex"] = std::move(timex);

  Json counts = Json::array();
  for (const Count& c : doc.counts) {
    Json cj;
    w.Put(cj, c.span);
    cj["quantity"] = OptionalNumber(c.quantity);
    cj["low"] = OptionalNumber(c.low);
    cj["high"] = OptionalNumber(c.high);
    cj["qualifier"] = c.qualifier;
    cj["category"] = c.category;
    cj["unit"] = c.unit;
    if (c.who) {
      Json who;
      w.Put(who, *c.who);
      cj["who"] = who;
    } else {
      cj["who"] = nullptr;
    }
    counts.push_back(std::move(cj));
  }
  j["counts"] = std::move(counts);

  Json quotes = Json::array();
  for (const Quote& q : doc.quotes) {
    Json qj;
    w.Put(qj, q.span);
    qj["direct"] = q.direct;
    Json speaker;
    if (q.speaker_span) {
      w.Put(speaker, *q.speaker_span);
    } else {
      speaker["start"] = nullptr;
      speaker["end"] = nullptr;
      speaker["text"] = nullptr;
    }
    speaker["name"] = q.speaker_name;
    speaker["code"] = q.speaker_code;
    qj["speaker"] = speaker;
    if (q.cue) {
      Json cue;
      w.Put(cue, *q.cue);
      qj["cue"] = cue;
    } else {
      qj["cue"] = nullptr;
    }
    qj["medium"] = q.medium.empty() ? Json(nullptr) : Json(q.medium);
    quotes.push_back(std::move(qj));
  }
  j["quotes"] = std::move(quotes);
  return j;
}

std::string DocumentToJsonLine(const Document& doc) {
  return DocumentToJson(doc).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace faultline
