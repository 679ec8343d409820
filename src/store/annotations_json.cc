#include "store/annotations_json.h"

#include <charconv>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>

#include "code/cameo.h"

namespace faultline::store {
namespace {

// Writes one JSON value after another with the commas between them; keys and nesting
// are the caller's, in the order of pipeline/document_json.cc.
class Writer {
 public:
  Writer(const Document& doc, const utf8::OffsetMap& map, std::string* out)
      : doc_(doc), map_(map), out_(*out) {}

  void Open(char c) {
    Sep();
    out_.push_back(c);
    first_ = true;
  }
  void Close(char c) {
    out_.push_back(c);
    first_ = false;
  }
  void Key(std::string_view k) {
    Sep();
    out_.push_back('"');
    out_.append(k);
    out_ += "\":";
    first_ = true;  // the value follows without a comma
  }
  void Str(std::string_view s) {
    Sep();
    AppendJsonString(&out_, s);
  }
  void StrOrNull(std::string_view s) {
    if (s.empty()) {
      Null();
    } else {
      Str(s);
    }
  }
  void Null() { Raw("null"); }
  void Bool(bool b) { Raw(b ? "true" : "false"); }
  void Int(int64_t v) {
    Sep();
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }
  // nlohmann's own float formatting (shortest round trip, "12.0" for whole numbers).
  void Double(double v) { Raw(nlohmann::json(v).dump()); }
  void OptDouble(const std::optional<double>& v) {
    if (v) {
      Double(*v);
    } else {
      Null();
    }
  }
  // "start", "end", "text" of a span.
  void Span(const faultline::Span& s) {
    Key("start");
    Int(map_.ToCodePoint(s.begin));
    Key("end");
    Int(map_.ToCodePoint(s.end));
    Key("text");
    Str(doc_.Text(s));
  }
  void Actor(const std::optional<ActorRef>& a) {
    if (!a) return Null();
    Open('{');
    Key("code");
    Str(a->code);
    Key("name");
    Str(a->name);
    Span(a->span);
    Close('}');
  }
  void SpanObject(const std::optional<faultline::Span>& s) {
    if (!s) return Null();
    Open('{');
    Span(*s);
    Close('}');
  }
  void Strings(const std::vector<std::string>& v) {
    Open('[');
    for (const std::string& s : v) Str(s);
    Close(']');
  }

  // The same with a key first: "key": value.
  void Str(std::string_view k, std::string_view v) { Key(k), Str(v); }
  void StrOrNull(std::string_view k, std::string_view v) { Key(k), StrOrNull(v); }
  void Int(std::string_view k, int64_t v) { Key(k), Int(v); }
  void Double(std::string_view k, double v) { Key(k), Double(v); }
  void OptDouble(std::string_view k, const std::optional<double>& v) { Key(k), OptDouble(v); }
  void Bool(std::string_view k, bool v) { Key(k), Bool(v); }
  void Null(std::string_view k) { Key(k), Null(); }
  void Actor(std::string_view k, const std::optional<ActorRef>& a) { Key(k), Actor(a); }
  void SpanObject(std::string_view k, const std::optional<faultline::Span>& s) {
    Key(k), SpanObject(s);
  }
  void Strings(std::string_view k, const std::vector<std::string>& v) { Key(k), Strings(v); }

 private:
  void Sep() {
    if (!first_) out_.push_back(',');
    first_ = false;
  }
  void Raw(std::string_view s) {
    Sep();
    out_.append(s);
  }

  const Document& doc_;
  const utf8::OffsetMap& map_;
  std::string& out_;
  bool first_ = true;
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

void AppendJsonString(std::string* out, std::string_view s) {
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\b':
        *out += "\\b";
        break;
      case '\f':
        *out += "\\f";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default: {
        char buf[8];
        const int n = std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out->append(buf, static_cast<size_t>(n));
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AnnotationsJson(const Document& doc, const utf8::OffsetMap& map, std::string* out) {
  out->clear();
  out->reserve(doc.text.size() + 512 * (doc.events.size() + doc.actors.size()));
  Writer w(doc, map, out);
  w.Open('{');
  w.Str("id", doc.id);
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

}  // namespace faultline::store
