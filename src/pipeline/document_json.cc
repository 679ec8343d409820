#include "pipeline/document_json.h"

#include <optional>

#include "code/cameo.h"
#include "util/json_writer.h"

namespace faultline {
namespace {

// The article JSON's writer: JsonWriter plus spans and actors of the document.
class Writer : public JsonWriter {
 public:
  Writer(const Document& doc, const utf8::OffsetMap& map, std::string* out)
      : JsonWriter(out), doc_(doc), map_(map) {}

  using JsonWriter::Str;
  // "start", "end", "text" of a span.
  void Span(const faultline::Span& s) {
    Int("start", map_.ToCodePoint(s.begin));
    Int("end", map_.ToCodePoint(s.end));
    Str("text", doc_.Text(s));
  }
  void Actor(std::string_view k, const std::optional<ActorRef>& a) {
    Key(k);
    if (!a) return Null();
    Open('{');
    Str("code", a->code);
    Str("name", a->name);
    Span(a->span);
    Close('}');
  }
  void SpanObject(std::string_view k, const std::optional<faultline::Span>& s) {
    Key(k);
    if (!s) return Null();
    Open('{');
    Span(*s);
    Close('}');
  }
  void Strings(std::string_view k, const std::vector<std::string>& v) {
    Key(k);
    Open('[');
    for (const std::string& s : v) Str(s);
    Close(']');
  }

 private:
  const Document& doc_;
  const utf8::OffsetMap& map_;
};

void EventJson(const Document& doc, const Event& e, Writer& w) {
  w.Open('{');
  w.Int("sentence", e.sentence);
  w.Span(e.span);
  w.Str("code", e.code);
  const CameoCode* info = LookupCameo(e.code);
  w.Str("root", std::string_view(e.code).substr(0, 2));
  w.Key("quad_class");
  info ? w.Int(QuadClass(e.code, QuadConvention::kPhoenix)) : w.Null();
  w.Key("quad_class_gdelt");
  info ? w.Int(info->quad_class) : w.Null();
  w.Key("goldstein");
  info ? w.Double(info->goldstein) : w.Null();
  w.Key("plover");
  w.Open('{');
  w.Str("type", info ? info->plover_type : "");
  w.Str("mode", info ? info->plover_mode : "");
  w.Close('}');
  w.Actor("source", e.source);
  w.Actor("target", e.target);
  w.StrOrNull("date", e.date);
  w.StrOrNull("date_precision", e.date_precision);
  w.Key("place");
  if (e.place && *e.place < doc.places.size()) {
    const Place& p = doc.places[*e.place];
    w.Open('{');
    w.Str("name", p.name);
    w.Double("lat", p.lat);
    w.Double("lon", p.lon);
    w.Str("country", p.country);
    w.Str("admin1", p.admin1);
    w.Int("geonameid", p.geonameid);
    w.Int("precision", p.precision);
    w.Int("place_index", *e.place);
    w.Close('}');
  } else {
    w.Null();
  }
  w.Bool("negated", e.negated);
  w.Str("modality", ModalityName(e.modality));
  w.Actor("attributed_to", e.attributed_to);
  w.Double("confidence", e.confidence);
  w.Key("counts");
  w.Open('[');
  for (uint32_t c : e.counts) w.Int(c);
  w.Close(']');
  w.Key("provenance");
  w.Open('{');
  w.Str("pattern", e.provenance.pattern);
  w.Strings("entries", e.provenance.entries);
  w.Str("dictionary_version", e.provenance.dictionary_version);
  if (!e.provenance.date_rule.empty()) {
    w.Str("date_rule", e.provenance.date_rule);
  }
  if (!e.provenance.place_rule.empty()) {
    w.Str("place_rule", e.provenance.place_rule);
  }
  w.Close('}');
  w.Close('}');
}

}  // namespace

void AppendDocumentJson(const Document& doc, const utf8::OffsetMap& map, std::string* out) {
  out->reserve(out->size() + doc.text.size() + 512 * (doc.events.size() + doc.actors.size()));
  Writer w(doc, map, out);
  w.Open('{');
  w.Str("id", doc.id);
  if (!doc.error.empty()) {
    w.Str("error", doc.error);
    w.Close('}');
    return;
  }
  w.StrOrNull("date", doc.date);
  w.Key("events");
  w.Open('[');
  for (const Event& e : doc.events) EventJson(doc, e, w);
  w.Close(']');

  w.Key("actors");
  w.Open('[');
  for (const ActorMention& a : doc.actors) {
    w.Open('{');
    w.Span(a.span);
    w.Str("code", a.code);
    w.Str("name", a.name);
    w.Int("sentence", a.sentence);
    w.Strings("entries", a.entries);
    w.Close('}');
  }
  w.Close(']');

  w.Key("places");
  w.Open('[');
  for (const Place& p : doc.places) {
    w.Open('{');
    w.Span(p.span);
    w.Str("name", p.name);
    w.Double("lat", p.lat);
    w.Double("lon", p.lon);
    w.Str("country", p.country);
    w.Str("admin1", p.admin1);
    w.Str("feature", p.feature);
    w.Int("geonameid", p.geonameid);
    w.Int("precision", p.precision);
    w.Bool("adjectival", p.adjectival);
    w.Str("tier", p.tier);
    w.Close('}');
  }
  w.Close(']');

  w.Key("timex");
  w.Open('[');
  for (const Timex& t : doc.timex) {
    w.Open('{');
    w.Span(t.span);
    w.Str("type", t.type);
    w.Str("value", t.value);
    w.Close('}');
  }
  w.Close(']');

  w.Key("counts");
  w.Open('[');
  for (const Count& c : doc.counts) {
    w.Open('{');
    w.Span(c.span);
    w.OptDouble("quantity", c.quantity);
    w.OptDouble("low", c.low);
    w.OptDouble("high", c.high);
    w.Str("qualifier", c.qualifier);
    w.Str("category", c.category);
    w.Str("unit", c.unit);
    w.SpanObject("who", c.who);
    w.Close('}');
  }
  w.Close(']');

  w.Key("quotes");
  w.Open('[');
  for (const Quote& q : doc.quotes) {
    w.Open('{');
    w.Span(q.span);
    w.Bool("direct", q.direct);
    w.Key("speaker");
    w.Open('{');
    if (q.speaker_span) {
      w.Span(*q.speaker_span);
    } else {
      w.Null("start");
      w.Null("end");
      w.Null("text");
    }
    w.Str("name", q.speaker_name);
    w.Str("code", q.speaker_code);
    w.Close('}');
    w.SpanObject("cue", q.cue);
    w.StrOrNull("medium", q.medium);
    w.Close('}');
  }
  w.Close(']');
  w.Close('}');
}

std::string DocumentToJsonLine(const Document& doc) {
  std::string line;
  AppendDocumentJson(doc, utf8::OffsetMap(doc.text), &line);
  return line;
}

}  // namespace faultline
