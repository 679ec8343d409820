// The query formats of docs/formats.md on one hand-made event.
#include "analyse/export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "analyse/export_gdelt.h"

namespace faultline::analyse {
namespace {

EventRecord Event() {
  EventRecord e;
  e.id = 7;
  e.article_id = 3;
  e.code = "195";
  e.root = "19";
  e.quad_class = 4;
  e.goldstein = -10;
  e.plover_type = "ASSAULT";
  e.plover_mode = "aerial";
  e.source_code = "SYRMIL";
  e.source_name = "Syrian military";
  e.target_code = "SYR";
  e.target_name = "Syria";
  e.date = "2019-12-23";
  e.date_precision = "day";
  e.place_name = "Maarat al-Numan";
  e.country = "SY";
  e.admin1 = "Idlib";
  e.lat = 35.64;
  e.lon = 36.67;
  e.geonameid = 166365;
  e.place_precision = 1;
  e.modality = "asserted";
  e.killed = 12;
  e.sentence_text = "Warplanes struck Maarat al-Numan, \"killing 12\", officials said.";
  e.provenance_json = "{\"pattern\":\"verbs/19.txt:1\"}";
  e.article_date = "2019-12-27";
  e.url = "https://example.org/idlib";
  e.num_mentions = 3;
  e.num_articles = 2;
  e.num_sources = 2;
  return e;
}

std::string Export(const std::string& format, const std::vector<EventRecord>& events) {
  std::ostringstream out;
  auto w = MakeEventWriter(format, out);
  EXPECT_NE(w, nullptr);
  for (const auto& e : events) w->Write(e);
  w->Finish();
  return out.str();
}

TEST(Export, JsonlIsOneObjectPerEventWithSourceUrl) {
  auto j = nlohmann::json::parse(Export("jsonl", {Event()}));
  EXPECT_EQ(j["code"], "195");
  EXPECT_EQ(j["source"]["code"], "SYRMIL");
  EXPECT_EQ(j["place"]["lat"], 35.64);
  EXPECT_EQ(j["article"]["url"], "https://example.org/idlib");
  EXPECT_EQ(j["provenance"]["pattern"], "verbs/19.txt:1");
}

TEST(Export, CsvQuotesFieldsWithCommasAndQuotes) {
  std::string csv = Export("csv", {Event()});
  ASSERT_NE(csv.find("\r\n"), std::string::npos);
  EXPECT_EQ(csv.substr(0, 15), "id,date,date_pr");
  EXPECT_NE(csv.find("\"Warplanes struck Maarat al-Numan, \"\"killing 12\"\", officials said.\""),
            std::string::npos);
  EXPECT_NE(csv.find(",https://example.org/idlib,"), std::string::npos);
}

TEST(Export, GeoJsonIsAFeatureCollectionWithLonLat) {
  EventRecord nowhere = Event();
  nowhere.lat.reset();
  nowhere.lon.reset();
  auto j = nlohmann::json::parse(Export("geojson", {Event(), nowhere}));
  EXPECT_EQ(j["type"], "FeatureCollection");
  ASSERT_EQ(j["features"].size(), 2u);
  EXPECT_EQ(j["features"][0]["geometry"]["coordinates"][0], 36.67);
  EXPECT_EQ(j["features"][0]["geometry"]["coordinates"][1], 35.64);
  EXPECT_TRUE(j["features"][1]["geometry"].is_null());
  EXPECT_EQ(j["features"][0]["properties"]["article"]["url"], "https://example.org/idlib");
}

TEST(Export, GdeltHasSixtyOneColumns) {
  std::string row = Export("gdelt", {Event()});
  ASSERT_EQ(row.back(), '\n');
  row.pop_back();
  std::vector<std::string> cols;
  std::stringstream ss(row);
  for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
  ASSERT_EQ(cols.size(), 61u);
  EXPECT_EQ(cols[1], "20191223");            // Day
  EXPECT_EQ(cols[5], "SYRMIL");              // Actor1Code
  EXPECT_EQ(cols[7], "SYR");                 // Actor1CountryCode
  EXPECT_EQ(cols[12], "MIL");                // Actor1Type1Code
  EXPECT_EQ(cols[26], "195");                // EventCode
  EXPECT_EQ(cols[28], "19");                 // EventRootCode
  EXPECT_EQ(cols[29], "4");                  // QuadClass
  EXPECT_EQ(cols[31], "3");                  // NumMentions
  EXPECT_EQ(cols[32], "2");                  // NumSources
  EXPECT_EQ(cols[52], "Maarat al-Numan");    // ActionGeo_FullName
  EXPECT_EQ(cols[56], "35.64");              // ActionGeo_Lat
  EXPECT_EQ(cols[60], "https://example.org/idlib");  // SOURCEURL
}

TEST(Export, PloverCarriesTypeModeAndDropsRootsWithoutCategory) {
  EventRecord statement = Event();
  statement.code = "010";
  statement.root = "01";
  statement.plover_type = "";
  std::string out = Export("plover", {Event(), statement});
  ASSERT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["event_type"], "ASSAULT");
  EXPECT_EQ(j["mode"], "aerial");
  EXPECT_EQ(j["actor"], "SYRMIL");
  EXPECT_EQ(j["recipient"], "SYR");
  EXPECT_EQ(j["url"], "https://example.org/idlib");
}

TEST(SplitActorCode, CountryTypesAndKnownGroups) {
  ActorParts p = SplitActorCode("IGOUNO");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.type[0], "IGO");
  EXPECT_EQ(p.known_group, "UNO");
  p = SplitActorCode("USAGOV");
  EXPECT_EQ(p.country, "USA");
  EXPECT_EQ(p.type[0], "GOV");
}

TEST(Export, UnknownFormatIsRefused) {
  std::ostringstream out;
  EXPECT_EQ(MakeEventWriter("xml", out), nullptr);
}

}  // namespace
}  // namespace faultline::analyse
