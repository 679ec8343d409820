// End-to-end tests of the JSON API over real HTTP: `faultline ingest` fills a store from
// examples/, `faultline serve` serves it on a free loopback port, and these tests check
// status codes, JSON shapes, every filter against the rows it returns, and cursor paging.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "e2e/serve_process.h"

namespace faultline::e2e {
namespace {

using Json = nlohmann::json;

struct Reply {
  int status = 0;
  std::string body, content_type;
  Json json;
};

Reply Get(const std::string& path) {
  httplib::Client c = ExamplesServer().Client();
  Reply r;
  auto res = c.Get(path.c_str());
  if (!res) {
    ADD_FAILURE() << "no response for " << path;
    return r;
  }
  r.status = res->status;
  r.body = res->body;
  r.content_type = res->get_header_value("Content-Type");
  if (r.content_type.rfind("application/json", 0) == 0)
    r.json = Json::parse(r.body, nullptr, false);
  return r;
}

// Every row (`key` of /api/<key>) the filter selects, following the cursor through pages of
// `page` rows.
std::vector<Json> AllPages(const std::string& key, const std::string& filter, int page) {
  std::vector<Json> out;
  std::string cursor;
  for (int guard = 0; guard < 1000; ++guard) {
    std::string path = "/api/" + key + "?limit=" + std::to_string(page) + filter;
    // Cursors are dates, digits, - and ~: nothing to escape.
    if (!cursor.empty()) path += "&cursor=" + cursor;
    Reply r = Get(path);
    EXPECT_EQ(r.status, 200) << path << ": " << r.body;
    if (r.status != 200) break;
    for (const Json& e : r.json[key]) out.push_back(e);
    EXPECT_LE(r.json["count"].get<int>(), page);
    if (r.json["next"].is_null()) break;
    cursor = r.json["next"].get<std::string>();
  }
  return out;
}

std::vector<Json> AllEvents(const std::string& filter, int page) {
  return AllPages("events", filter, page);
}

std::vector<Json> AllQuotes(const std::string& filter, int page) {
  return AllPages("quotes", filter, page);
}

double Km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180;
  const double a = std::pow(std::sin((lat2 - lat1) * kRad / 2), 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) *
                       std::pow(std::sin((lon2 - lon1) * kRad / 2), 2);
  return 2 * 6371.0 * std::asin(std::sqrt(a));
}

// Code points [start, end) of a UTF-8 string, as the API counts spans.
std::string CodePoints(const std::string& s, int64_t start, int64_t end) {
  std::string out;
  int64_t cp = -1;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++cp;
    if (cp >= start && cp < end) out.push_back(static_cast<char>(c));
  }
  return out;
}

int64_t TotalEvents() { return Get("/api/stats").json["events"].get<int64_t>(); }

TEST(ServeApi, StatsCountTheExamples) {
  Reply r = Get("/api/stats");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["articles"], 11);
  EXPECT_GT(r.json["events"].get<int>(), 20);
  EXPECT_EQ(r.json["ingest"], false);
}

TEST(ServeApi, EventsPageShape) {
  Reply r = Get("/api/events?limit=5");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  ASSERT_EQ(r.json["events"].size(), 5u);
  EXPECT_EQ(r.json["count"], 5);
  EXPECT_TRUE(r.json["next"].is_string());
  for (const Json& e : r.json["events"]) {
    for (const char* key : {"id", "article_id", "code", "root", "quad_class", "goldstein", "source",
                            "target", "date", "place", "sentence_text", "trigger", "article"}) {
      EXPECT_TRUE(e.contains(key)) << key;
    }
    EXPECT_TRUE(e["id"].is_number_integer());
    EXPECT_EQ(e["root"].get<std::string>(), e["code"].get<std::string>().substr(0, 2));
  }
}

TEST(ServeApi, CursorPagingVisitsEveryEventOnceNewestFirst) {
  const std::vector<Json> all = AllEvents("", 7);
  EXPECT_EQ(static_cast<int64_t>(all.size()), TotalEvents());
  std::set<int64_t> ids;
  for (const Json& e : all) ids.insert(e["id"].get<int64_t>());
  EXPECT_EQ(ids.size(), all.size()) << "an event appeared on two pages";
  for (size_t i = 1; i < all.size(); ++i) {
    const std::string a =
        all[i - 1]["date"].is_string() ? all[i - 1]["date"].get<std::string>() : "";
    const std::string b = all[i]["date"].is_string() ? all[i]["date"].get<std::string>() : "";
    EXPECT_GE(a, b) << "not newest first at row " << i;
  }
  // The same walk with a different page size sees the same events.
  EXPECT_EQ(AllEvents("", 100).size(), all.size());
}

TEST(ServeApi, CountryFilter) {
  const std::vector<Json> sy = AllEvents("&country=SY", 50);
  ASSERT_FALSE(sy.empty());
  for (const Json& e : sy) EXPECT_EQ(e["country"], "SY") << e.dump();
  EXPECT_LT(static_cast<int64_t>(sy.size()), TotalEvents());
  // Lower case is accepted and means the same.
  EXPECT_EQ(AllEvents("&country=sy", 50).size(), sy.size());
}

TEST(ServeApi, RootQuadAndActorFilters) {
  for (const Json& e : AllEvents("&root=19", 50)) EXPECT_EQ(e["root"], "19");
  for (const Json& e : AllEvents("&quad=4", 50)) EXPECT_EQ(e["quad_class"], 4);
  const std::vector<Json> rus = AllEvents("&actor=RUS", 50);
  ASSERT_FALSE(rus.empty());
  for (const Json& e : rus) {
    const std::string s = e["source"].is_object() ? e["source"]["code"].get<std::string>() : "";
    const std::string t = e["target"].is_object() ? e["target"]["code"].get<std::string>() : "";
    EXPECT_TRUE(s.rfind("RUS", 0) == 0 || t.rfind("RUS", 0) == 0) << e.dump();
  }
}

TEST(ServeApi, DedupShowsOneRowPerDeduplicatedEvent) {
  const Json stats = Get("/api/stats").json;
  const std::vector<Json> rows = AllEvents("&dedup=1", 50);
  EXPECT_EQ(static_cast<int64_t>(rows.size()), stats["clusters"].get<int64_t>());
  std::set<int64_t> clusters;
  for (const Json& e : rows) {
    ASSERT_TRUE(e["cluster_id"].is_number()) << e.dump();
    EXPECT_TRUE(clusters.insert(e["cluster_id"].get<int64_t>()).second) << "cluster shown twice";
    EXPECT_GE(e["reports"]["mentions"].get<int>(), 1);
  }
}

TEST(ServeApi, DateFilters) {
  const std::vector<Json> in = AllEvents("&since=2019-01-01&until=2021-12-31", 50);
  ASSERT_FALSE(in.empty());
  for (const Json& e : in) {
    const std::string d = e["date"].get<std::string>();
    EXPECT_GE(d, "2019-01-01");
    EXPECT_LE(d.substr(0, 10), "2021-12-31");
  }
  EXPECT_TRUE(AllEvents("&since=2030-01-01", 50).empty());
}

TEST(ServeApi, TextFilterMatchesTheSentence) {
  const std::vector<Json> idlib = AllEvents("&text=idlib", 50);
  ASSERT_FALSE(idlib.empty());
  for (const Json& e : idlib) {
    std::string s = e["sentence_text"].get<std::string>() + " " + e["trigger"].get<std::string>();
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_NE(s.find("idlib"), std::string::npos) << s;
  }
}

TEST(ServeApi, NearFilterKeepsEventsInsideTheRadius) {
  const std::vector<Json> near = AllEvents("&near=35.85,36.68,60", 50);
  ASSERT_FALSE(near.empty());
  for (const Json& e : near) {
    ASSERT_TRUE(e["place"].is_object());
    EXPECT_LE(Km(35.85, 36.68, e["place"]["lat"], e["place"]["lon"]), 60.0) << e.dump();
  }
}

TEST(ServeApi, EventDetailWithMentions) {
  const Json first = Get("/api/events?limit=1").json["events"][0];
  const std::string id = std::to_string(first["id"].get<int64_t>());
  Reply r = Get("/api/events/" + id);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["event"]["id"], first["id"]);
  EXPECT_TRUE(r.json["event"].contains("provenance"));
  ASSERT_TRUE(r.json["mentions"].is_array());
  bool self = false;
  for (const Json& m : r.json["mentions"]) self |= m["id"] == first["id"];
  EXPECT_TRUE(self) << "an event is one of its own mentions";
  if (!r.json["cluster"].is_null()) {
    EXPECT_EQ(r.json["cluster"]["num_mentions"].get<size_t>(), r.json["mentions"].size());
  }
  EXPECT_EQ(Get("/api/events/999999999").status, 404);
}

TEST(ServeApi, ArticleSpansPointAtTheirText) {
  const Json e = Get("/api/events?limit=1&text=idlib").json["events"][0];
  Reply r = Get("/api/articles/" + std::to_string(e["article_id"].get<int64_t>()));
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string text = r.json["article"]["text"];
  const Json& layers = r.json["layers"];
  for (const char* layer : {"actors", "places", "timex", "counts", "quotes", "events"}) {
    ASSERT_TRUE(layers[layer].is_array()) << layer;
    for (const Json& s : layers[layer]) {
      EXPECT_EQ(CodePoints(text, s["start"], s["end"]), s["text"].get<std::string>()) << layer;
    }
  }
  EXPECT_FALSE(layers["actors"].empty());
  EXPECT_FALSE(layers["places"].empty());
  ASSERT_FALSE(r.json["sentences"].empty());
  std::set<int64_t> article_events;
  for (const Json& ev : r.json["events"]) article_events.insert(ev["id"].get<int64_t>());
  for (const Json& s : r.json["sentences"]) {
    ASSERT_TRUE(s["start"].is_number()) << s.dump();
    EXPECT_EQ(CodePoints(text, s["start"], s["end"]), s["text"].get<std::string>());
    for (const Json& id : s["events"]) EXPECT_TRUE(article_events.count(id.get<int64_t>()));
  }
  // Each event span carries the id of its stored event.
  for (const Json& ev : layers["events"])
    EXPECT_TRUE(article_events.count(ev["id"].get<int64_t>()));
  EXPECT_EQ(Get("/api/articles/999999").status, 404);
}

TEST(ServeApi, PlacesAggregateEventsWithAPlace) {
  Reply r = Get("/api/places?limit=5000");
  ASSERT_EQ(r.status, 200) << r.body;
  int64_t sum = 0;
  for (const Json& p : r.json["places"]) {
    EXPECT_TRUE(p["lat"].is_number() && p["lon"].is_number());
    EXPECT_EQ(p["by_quad"].size(), 4u);
    sum += p["events"].get<int64_t>();
  }
  int64_t placed = 0;
  for (const Json& e : AllEvents("", 1000)) placed += e["place"].is_object() ? 1 : 0;
  EXPECT_EQ(sum, placed);
  Reply sy = Get("/api/places?country=SY");
  for (const Json& p : sy.json["places"]) EXPECT_EQ(p["country"], "SY");
}

TEST(ServeApi, SeriesColumns) {
  Reply r = Get("/api/series");
  ASSERT_EQ(r.status, 200) << r.body;
  const Json& dates = r.json["dates"];
  ASSERT_FALSE(dates.empty());
  ASSERT_EQ(r.json["counts"].size(), 4u);
  for (const Json& q : r.json["counts"]) EXPECT_EQ(q.size(), dates.size());
  for (size_t i = 1; i < dates.size(); ++i) EXPECT_LT(dates[i - 1], dates[i]);
}

TEST(ServeApi, Alerts) {
  Reply r = Get("/api/alerts");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_TRUE(r.json["alerts"].is_array());
  for (const Json& a : r.json["alerts"]) {
    for (const char* key :
         {"id", "detector", "level", "key", "date", "message", "numbers", "evidence"}) {
      EXPECT_TRUE(a.contains(key)) << key;
    }
  }
  EXPECT_EQ(Get("/api/alerts?detector=spike").status, 200);
}

TEST(ServeApi, QuotesSayWhoSaidWhatAndWhere) {
  const std::vector<Json> all = AllQuotes("", 3);
  ASSERT_GT(all.size(), 4u);
  std::set<int64_t> ids;
  for (size_t i = 0; i < all.size(); ++i) {
    const Json& q = all[i];
    ids.insert(q["id"].get<int64_t>());
    if (i > 0) {
      EXPECT_LT(q["id"].get<int64_t>(), all[i - 1]["id"].get<int64_t>()) << "newest first";
    }
    // The span points at the quote in its article's text.
    Reply a = Get("/api/articles/" + std::to_string(q["article"]["id"].get<int64_t>()));
    ASSERT_EQ(a.status, 200);
    EXPECT_EQ(CodePoints(a.json["article"]["text"].get<std::string>(),
                         q["article"]["start"].get<int64_t>(), q["article"]["end"].get<int64_t>()),
              q["text"].get<std::string>());
  }
  EXPECT_EQ(ids.size(), all.size()) << "paging visits each quote once";

  // By speaker (code prefix and name) and date: the filters select exactly the quotes
  // that match, whichever the examples hold.
  const Json* some = nullptr;
  for (const Json& q : all) {
    if (q["speaker"]["code"].is_string() && q["article"]["date"].is_string()) some = &q;
  }
  ASSERT_NE(some, nullptr);
  const std::string code = (*some)["speaker"]["code"].get<std::string>().substr(0, 3);
  std::string name = (*some)["speaker"]["name"].get<std::string>();
  name = name.substr(name.rfind(' ') + 1);  // the last word, case changed below
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::string date = (*some)["article"]["date"].get<std::string>().substr(0, 10);
  const std::vector<Json> by =
      AllQuotes("&speaker=" + code + "&name=" + name + "&since=" + date + "&until=" + date, 50);
  bool found = false;
  for (const Json& q : by) {
    EXPECT_EQ(q["speaker"]["code"].get<std::string>().rfind(code, 0), 0u) << q;
    std::string n = q["speaker"]["name"].get<std::string>();
    for (char& c : n) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_NE(n.find(name), std::string::npos) << q;
    EXPECT_EQ(q["article"]["date"].get<std::string>().substr(0, 10), date);
    found = found || q["id"] == (*some)["id"];
  }
  EXPECT_TRUE(found) << "the quote the filters were taken from";
  // Words of the quote, direct quotes only.
  const std::vector<Json> fled = AllQuotes("&text=FLED", 50);
  ASSERT_FALSE(fled.empty());
  for (const Json& q : fled) {
    std::string t = q["text"].get<std::string>();
    for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_NE(t.find("fled"), std::string::npos) << t;
  }
  for (const Json& q : AllQuotes("&direct=1", 50)) EXPECT_TRUE(q["direct"].get<bool>());
  EXPECT_TRUE(AllQuotes("&speaker=ZZZ", 50).empty());
}

TEST(ServeApi, Exports) {
  const int64_t sy = static_cast<int64_t>(AllEvents("&country=SY", 100).size());
  Reply csv = Get("/api/export?format=csv&country=SY");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(csv.body.rfind("id,article_id,", 0), 0u);
  int64_t records = 0;  // rows end with CRLF; quoted sentences hold no CRLF
  for (size_t p = csv.body.find("\r\n"); p != std::string::npos; p = csv.body.find("\r\n", p + 2)) {
    ++records;
  }
  EXPECT_EQ(records, sy + 1);

  Reply geo = Get("/api/export?format=geojson&country=SY");
  ASSERT_EQ(geo.status, 200);
  Json fc = Json::parse(geo.body);
  EXPECT_EQ(fc["type"], "FeatureCollection");
  EXPECT_EQ(static_cast<int64_t>(fc["features"].size()), sy);
  for (const Json& f : fc["features"]) {
    if (f["geometry"].is_null()) continue;
    // RFC 7946 order: longitude, latitude.
    EXPECT_EQ(f["geometry"]["coordinates"][0], f["properties"]["place"]["lon"]);
  }

  Reply jsonl = Get("/api/export?format=jsonl&country=SY&limit=3");
  ASSERT_EQ(jsonl.status, 200);
  int lines = 0;
  for (size_t p = 0, nl; (nl = jsonl.body.find('\n', p)) != std::string::npos; p = nl + 1) {
    EXPECT_FALSE(Json::parse(jsonl.body.substr(p, nl - p), nullptr, false).is_discarded());
    ++lines;
  }
  EXPECT_EQ(lines, std::min<int64_t>(3, sy));
}

TEST(ServeApi, DashboardFilesAreServed) {
  Reply index = Get("/");
  ASSERT_EQ(index.status, 200);
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_NE(index.body.find("/app.js"), std::string::npos);
  for (const char* path :
       {"/app.js", "/style.css", "/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css",
        "/vendor/uplot/uPlot.iife.min.js", "/vendor/topojson-client/topojson-client.min.js",
        "/vendor/world-atlas/countries-50m.json"}) {
    EXPECT_EQ(Get(path).status, 200) << path;
  }
  EXPECT_EQ(Get("/vendor/world-countries/countries.json").status, 404) << "not a dashboard package";
  EXPECT_EQ(Get("/nope.html").status, 404);
  EXPECT_EQ(Get("/api/nope").status, 404);
}

}  // namespace
}  // namespace faultline::e2e
