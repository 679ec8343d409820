#include "pipeline/document_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace faultline {
namespace {

using Json = nlohmann::ordered_json;

TEST(DocumentJson, DocumentWithAnErrorIsItsIdAndTheError) {
  Document d;
  d.id = "bad\n1";
  d.error = "invalid UTF-8 at byte 7";
  d.text = "ignored";
  EXPECT_EQ(DocumentToJsonLine(d), R"({"id":"bad\n1","error":"invalid UTF-8 at byte 7"})");
}

TEST(DocumentJson, SpansAreCodePointOffsetsWithTheirText) {
  Document d;
  d.id = "a";
  d.date = "2019-12-27";
  d.text = "Ma\u2019arrat al-Nu\u2019man was shelled.";
  const uint32_t end = static_cast<uint32_t>(d.text.find(" was"));
  Place p;
  p.span = Span{0, end};
  p.name = "Ma'arrat an-Nu'man";
  p.country = "SY";
  p.geonameid = 167611;
  d.places.push_back(p);
  Timex t;
  t.span = Span{end + 1, end + 4};  // "was": any span will do
  t.type = "DATE";
  t.value = "2019-12-27";
  d.timex.push_back(t);
  const Json j = Json::parse(DocumentToJsonLine(d));
  EXPECT_EQ(j["date"], "2019-12-27");
  ASSERT_EQ(j["places"].size(), 1u);
  EXPECT_EQ(j["places"][0]["start"], 0);
  // Two curly apostrophes are three bytes each and one code point each.
  EXPECT_EQ(j["places"][0]["end"], end - 4);
  EXPECT_EQ(j["places"][0]["text"], "Ma\u2019arrat al-Nu\u2019man");
  EXPECT_EQ(j["places"][0]["geonameid"], 167611);
  EXPECT_EQ(j["timex"][0]["start"], end - 4 + 1);
  EXPECT_EQ(j["timex"][0]["text"], "was");
  for (const char* layer : {"events", "actors", "counts", "quotes"}) {
    EXPECT_TRUE(j[layer].is_array() && j[layer].empty()) << layer;
  }
}

TEST(DocumentJson, OptionalFieldsAreNullNotMissing) {
  Document d;
  d.id = "b";
  d.text = "Thousands fled.";
  Count c;
  c.span = Span{0, 9};
  c.qualifier = "vague";
  c.category = "fled";
  c.unit = "people";
  c.low = 1000;
  d.counts.push_back(c);
  Event e;
  e.span = Span{10, 14};
  e.code = "0234";
  d.events.push_back(e);
  const Json j = Json::parse(DocumentToJsonLine(d));
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_TRUE(j["counts"][0]["quantity"].is_null());
  EXPECT_EQ(j["counts"][0]["low"], 1000.0);
  EXPECT_TRUE(j["counts"][0]["who"].is_null());
  EXPECT_TRUE(j["events"][0]["source"].is_null());
  EXPECT_TRUE(j["events"][0]["place"].is_null());
  EXPECT_EQ(j["events"][0]["root"], "02");
}

TEST(DocumentJson, InvalidUtf8InAFieldBecomesReplacementCharacters) {
  Document d;
  d.id = "c\xff";
  d.text = "x";
  const std::string line = DocumentToJsonLine(d);
  EXPECT_EQ(Json::parse(line)["id"], "c\uFFFD");
}

}  // namespace
}  // namespace faultline
