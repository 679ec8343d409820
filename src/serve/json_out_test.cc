#include "serve/json_out.h"

#include <gtest/gtest.h>

namespace faultline::serve {
namespace {

EventRecord MakeEvent() {
  EventRecord e;
  e.id = 7;
  e.article_id = 3;
  e.code = "195";
  e.root = "19";
  e.quad_class = 4;
  e.goldstein = -10;
  e.source_code = "SYRMIL";
  e.source_name = "Syrian \"military\"";
  e.date = "2019-12-23";
  e.date_precision = "day";
  e.place_name = "Idlib";
  e.country = "SY";
  e.lat = 35.93;
  e.lon = 36.63;
  e.confidence = 0.9;
  e.trigger_text = "shelled";
  e.sentence_text = "Bad byte \xFF here,\ttab.";
  e.killed = 12;
  e.provenance_json = R"({"pattern":"verbs/19.txt:1"})";
  e.url = "https://example.org/a1";
  return e;
}

TEST(JsonOut, EventJsonHasEveryFieldWithNullsForWhatIsMissing) {
  const Json j = EventJson(MakeEvent(), /*detail=*/true);
  EXPECT_EQ(j["id"], 7);
  EXPECT_TRUE(j["cluster_id"].is_null());
  EXPECT_EQ(j["goldstein"], -10.0);
  EXPECT_EQ(j["source"]["name"], "Syrian \"military\"");
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_EQ(j["place"]["lat"], 35.93);
  EXPECT_EQ(j["killed"], 12.0);
  EXPECT_TRUE(j["displaced"].is_null());
  EXPECT_TRUE(j["reports"].is_null());
  EXPECT_TRUE(j["attributed_to"].is_null());
  EXPECT_EQ(j["article"]["url"], "https://example.org/a1");
  EXPECT_TRUE(j["article"]["title"].is_null());
  EXPECT_EQ(j["provenance"]["pattern"], "verbs/19.txt:1");
  // An invalid byte from storage is replaced, never a failed request.
  EXPECT_EQ(j["sentence_text"], "Bad byte \xEF\xBF\xBD here,\ttab.");
  EXPECT_FALSE(EventJson(MakeEvent(), /*detail=*/false).contains("provenance"));
}

TEST(JsonOut, DamagedProvenanceBecomesNull) {
  EventRecord e = MakeEvent();
  e.provenance_json = "{\"pattern\":";
  EXPECT_TRUE(EventJson(e, /*detail=*/true)["provenance"].is_null());
  e.cluster_id = 5;
  e.num_mentions = 2;
  const Json j = EventJson(e, /*detail=*/true);
  EXPECT_EQ(j["cluster_id"], 5);
  EXPECT_EQ(j["reports"]["mentions"], 2);
}

TEST(JsonOut, StreamedEventIsTheSameTextAsTheTreeDumped) {
  std::string s;
  AppendEventJson(&s, MakeEvent(), /*detail=*/true);
  EXPECT_EQ(s, Dump(EventJson(MakeEvent(), /*detail=*/true)));
}

}  // namespace
}  // namespace faultline::serve
