#include "analyse/export.h"

#include <nlohmann/json.hpp>

#include "analyse/export_gdelt.h"

namespace faultline::analyse {
namespace {

using Json = nlohmann::ordered_json;

Json Opt(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json Flat(const EventRecord& e) {
  Json j;
  j["id"] = e.id;
  j["date"] = e.date;
  j["date_precision"] = e.date_precision;
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = {{"type", e.plover_type}, {"mode", e.plover_mode}};
  j["source"] = {{"code", e.source_code}, {"name", e.source_name}};
  j["target"] = {{"code", e.target_code}, {"name", e.target_name}};
  j["place"] = {{"name", e.place_name}, {"country", e.country}, {"admin1", e.admin1},
                {"lat", Opt(e.lat)}, {"lon", Opt(e.lon)}, {"geonameid", e.geonameid},
                {"precision", e.place_precision}};
  j["negated"] = e.negated;
  j["modality"] = e.modality;
  j["confidence"] = e.confidence;
  j["killed"] = Opt(e.killed);
  j["displaced"] = Opt(e.displaced);
  j["trigger"] = e.trigger_text;
  j["sentence"] = e.sentence_text;
  j["cluster"] = {{"id", e.cluster_id}, {"num_mentions", e.num_mentions},
                  {"num_articles", e.num_articles}, {"num_sources", e.num_sources},
                  {"confidence_tier", e.confidence_tier}};
  j["article"] = {{"id", e.article_id}, {"date", e.article_date}, {"title", e.title},
                  {"source", e.source}, {"url", e.url}};
  j["provenance"] = Json::parse(e.provenance_json, nullptr, false);
  return j;
}

class JsonlWriter : public EventWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  void Write(const EventRecord& e) override { out_ << Flat(e).dump() << '\n'; }

 private:
  std::ostream& out_;
};

class GeoJsonWriter : public EventWriter {
 public:
  explicit GeoJsonWriter(std::ostream& out) : out_(out) {
    out_ << "{\"type\":\"FeatureCollection\",\"features\":[";
  }
  void Write(const EventRecord& e) override {
    Json props = Flat(e);
    props.erase("provenance");
    Json f = {{"type", "Feature"}, {"id", e.id}};
    f["geometry"] = e.lat && e.lon ? Json{{"type", "Point"}, {"coordinates", {*e.lon, *e.lat}}}
                                   : Json(nullptr);
    f["properties"] = std::move(props);
    out_ << (first_ ? "\n" : ",\n") << f.dump();
    first_ = false;
  }
  void Finish() override { out_ << "\n]}\n"; }

 private:
  std::ostream& out_;
  bool first_ = true;
};

std::string Csv(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Num(const std::optional<double>& v) {
  return v ? Json(*v).dump() : std::string();
}

class CsvWriter : public EventWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {
    out_ << "id,date,date_precision,code,root,quad_class,goldstein,source_code,source_name,"
            "target_code,target_name,place_name,country,admin1,lat,lon,cluster_id,num_sources,"
            "confidence_tier,killed,displaced,url,sentence\r\n";
  }
  void Write(const EventRecord& e) override {
    const std::string cols[] = {std::to_string(e.id), e.date, e.date_precision, e.code, e.root,
                                std::to_string(e.quad_class), Json(e.goldstein).dump(),
                                e.source_code, e.source_name, e.target_code, e.target_name,
                                e.place_name, e.country, e.admin1, Num(e.lat), Num(e.lon),
                                std::to_string(e.cluster_id), std::to_string(e.num_sources),
                                e.confidence_tier, Num(e.killed), Num(e.displaced), e.url,
                                e.sentence_text};
    bool first = true;
    for (const std::string& c : cols) {
      if (!first) out_ << ',';
      out_ << Csv(c);
      first = false;
    }
    out_ << "\r\n";
  }

 private:
  std::ostream& out_;
};

class PloverWriter : public EventWriter {
 public:
  explicit PloverWriter(std::ostream& out) : out_(out) {}
  void Write(const EventRecord& e) override {
    if (e.plover_type.empty()) return;
    Json j;
    j["id"] = "faultline-" + std::to_string(e.id);
    j["date"] = e.date.empty() ? e.article_date : e.date;
    j["event_type"] = e.plover_type;
    j["mode"] = e.plover_mode;
    j["context"] = Json::array();
    j["actor"] = e.source_code;
    j["actor_name"] = e.source_name;
    j["recipient"] = e.target_code;
    j["recipient_name"] = e.target_name;
    j["location"] = Json::array();
    if (!e.place_name.empty()) {
      j["location"].push_back({{"name", e.place_name}, {"country", e.country},
                               {"admin1", e.admin1}, {"lat", Opt(e.lat)}, {"lon", Opt(e.lon)},
                               {"geonameid", e.geonameid}});
    }
    j["killed"] = Opt(e.killed);
    j["displaced"] = Opt(e.displaced);
    j["cameo"] = {{"code", e.code}, {"quad_class", e.quad_class}, {"goldstein", e.goldstein}};
    j["source_text"] = e.sentence_text;
    j["publication_date"] = e.article_date;
    j["publisher"] = e.source;
    j["url"] = e.url;
    out_ << j.dump() << '\n';
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<EventWriter> MakeEventWriter(const std::string& format, std::ostream& out) {
  if (format == "jsonl") return std::make_unique<JsonlWriter>(out);
  if (format == "csv") return std::make_unique<CsvWriter>(out);
  if (format == "geojson") return std::make_unique<GeoJsonWriter>(out);
  if (format == "plover") return std::make_unique<PloverWriter>(out);
  if (format == "gdelt") return MakeGdeltWriter(out);
  return nullptr;
}

}  // namespace faultline::analyse
