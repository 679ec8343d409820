// End-to-end tests of serve's security rules over real HTTP: hostile parameters get a 400
// naming the parameter, path traversal reaches nothing, only GET (and POST /api/ingest)
// is accepted, a foreign Host header is refused on loopback, bodies are capped, and
// ingest needs --allow-ingest plus the bearer token.
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "e2e/serve_process.h"

namespace faultline::e2e {
namespace {

using Json = nlohmann::json;

constexpr char kToken[] = "e2e-token-0123456789abcdef";

struct HostileCase {
  const char* path;
  const char* parameter;  // the name the 400 message must mention
};

// Query strings are written percent-encoded, as a browser would send them.
const HostileCase kHostile[] = {
    {"/api/events?since=2019-13-01", "since"},
    {"/api/events?since=2019-02-30", "since"},
    {"/api/events?until=yesterday", "until"},
    {"/api/events?since=2019-1-1", "since"},
    {"/api/events?since=2021-01-01&until=2019-01-01", "since"},
    {"/api/events?limit=100000", "limit"},
    {"/api/events?limit=0", "limit"},
    {"/api/events?limit=-1", "limit"},
    {"/api/events?limit=1e3", "limit"},
    {"/api/events?limit=99999999999999999999999", "limit"},
    {"/api/events?country=SY%27%20OR%20%271%27%3D%271", "country"},
    {"/api/events?country=SYR", "country"},
    {"/api/events?actor=SYR%3BDROP%20TABLE%20events", "actor"},
    {"/api/events?actor=%25", "actor"},
    {"/api/events?root=99", "root"},
    {"/api/events?root=1", "root"},
    {"/api/events?root=19%20OR%201%3D1", "root"},
    {"/api/events?quad=5", "quad"},
    {"/api/events?near=91,0,10", "near"},
    {"/api/events?near=abc", "near"},
    {"/api/events?near=1,2", "near"},
    {"/api/events?near=1,2,-5", "near"},
    {"/api/events?near=nan,2,5", "near"},
    {"/api/events?cursor=garbage", "cursor"},
    {"/api/events?cursor=2019-12-27~0", "cursor"},
    {"/api/events?cursor=%27%3B--~5", "cursor"},
    {"/api/events?text=%01hidden", "text"},
    {"/api/events?text=%FF%FE", "text"},
    {"/api/events?contry=SY", "contry"},
    {"/api/events?country=SY&country=IQ", "country"},
    {"/api/export?format=xml", "format"},
    {"/api/export?limit=1000000", "limit"},
    {"/api/places?limit=100000", "limit"},
    {"/api/series?since=2019-02-29", "since"},
    {"/api/alerts?detector=%3Cscript%3E", "detector"},
    {"/api/quotes?speaker=usa%27--", "speaker"},
    {"/api/quotes?cursor=0", "cursor"},
    {"/api/quotes?cursor=abc", "cursor"},
    {"/api/quotes?direct=yes", "direct"},
    {"/api/quotes?since=2020-01-02&until=2020-01-01", "since"},
    {"/api/quotes?who=Trump", "who"},
    {"/api/events/abc", "event id"},
    {"/api/events/-1", "event id"},
    {"/api/events/0", "event id"},
    {"/api/events/1%20OR%201%3D1", "event id"},
    {"/api/articles/1%3BDROP%20TABLE%20articles", "article id"},
    {"/api/events/1?x=1", "x"},
};

TEST(ServeSecurity, HostileParametersGet400NamingTheParameter) {
  httplib::Client c = ExamplesServer().Client();
  for (const HostileCase& h : kHostile) {
    auto res = c.Get(h.path);
    ASSERT_TRUE(res) << h.path;
    EXPECT_EQ(res->status, 400) << h.path << ": " << res->body;
    Json j = Json::parse(res->body, nullptr, false);
    ASSERT_TRUE(j.is_object()) << h.path << ": " << res->body;
    EXPECT_NE(j["error"].get<std::string>().find(h.parameter), std::string::npos)
        << h.path << ": " << j["error"];
  }
}

TEST(ServeSecurity, TooLongTextIsRefused) {
  httplib::Client c = ExamplesServer().Client();
  auto res = c.Get(("/api/events?text=" + std::string(300, 'a')).c_str());
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
}

TEST(ServeSecurity, SqlInTheTextFilterIsOnlyText) {
  httplib::Client c = ExamplesServer().Client();
  auto before = c.Get("/api/stats");
  ASSERT_TRUE(before);
  for (const char* q : {"%27%3B%20DROP%20TABLE%20events%3B%20--", "%25", "_", "%27%20OR%20%271%27%3D%271"}) {
    auto res = c.Get((std::string("/api/events?text=") + q).c_str());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << q;
    EXPECT_EQ(Json::parse(res->body)["count"], 0) << q << " matched as a pattern, not as text";
  }
  auto after = c.Get("/api/stats");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->body, before->body);
}

TEST(ServeSecurity, PathTraversalReachesNothing) {
  httplib::Client c = ExamplesServer().Client();
  for (const char* path :
       {"/../etc/passwd", "/vendor/leaflet/../../package.json", "/%2e%2e/%2e%2e/etc/passwd",
        "/vendor/../CMakeLists.txt", "/.git/config", "/vendor/leaflet/%2e%2e%2fpackage.json",
        "/vendor/world-atlas/..%2f..%2fpackage.json", "/..%5c..%5cetc%5cpasswd", "/web/app.js",
        "/vendor/leaflet/.%2e/.%2e/.%2e/etc/passwd", "//etc/passwd", "/vendor/leaflet//leaflet.js",
        "/index.html%00.js", "/api/articles/..%2F..%2Fetc%2Fpasswd"}) {
    auto res = c.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_TRUE(res->status == 400 || res->status == 404) << path << " -> " << res->status;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
    EXPECT_EQ(res->body.find("\"dependencies\""), std::string::npos) << path;
  }
}

TEST(ServeSecurity, SecurityHeaders) {
  httplib::Client c = ExamplesServer().Client();
  auto res = c.Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY");
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
}

TEST(ServeSecurity, OnlyReadMethods) {
  httplib::Client c = ExamplesServer().Client();
  auto post = c.Post("/api/events", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto del = c.Delete("/api/events/1");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  auto put = c.Put("/index.html", "x", "text/html");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
}

TEST(ServeSecurity, ForeignHostHeaderIsRefusedOnLoopback) {
  httplib::Client c = ExamplesServer().Client();
  auto evil = c.Get("/api/stats", {{"Host", "attacker.example"}});
  ASSERT_TRUE(evil);
  EXPECT_EQ(evil->status, 403);
  auto local = c.Get("/api/stats", {{"Host", "localhost:8080"}});
  ASSERT_TRUE(local);
  EXPECT_EQ(local->status, 200);
}

TEST(ServeSecurity, ReadOnlyServerRefusesIngest) {
  httplib::Client c = ExamplesServer().Client();
  auto res = c.Post("/api/ingest", {{"Authorization", std::string("Bearer ") + kToken}},
                    R"({"id":"x","text":"Troops attacked the town."})", "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
}

TEST(ServeSecurity, IngestNeedsALongToken) {
  const std::string db = ScratchDir() + "/refused.db";
  EXPECT_NE(RunFaultline({"serve", "--db", db, "--port", "0", "--allow-ingest"}), 0);
  EXPECT_NE(RunFaultline({"serve", "--db", db, "--port", "0", "--allow-ingest", "--token", "short"}), 0);
}

TEST(ServeSecurity, TokenRuleForIngest) {
  ServeProcess server;
  std::string error;
  ASSERT_TRUE(server.Start(ScratchDir() + "/ingest.db", {"--allow-ingest", "--token", kToken}, &error))
      << error;
  httplib::Client c = server.Client();
  const std::string body =
      R"({"id":"e2e-1","date":"2024-03-01","text":"Rebel fighters attacked an army base near Idlib on Friday, killing 12 soldiers."})"
      "\n"
      R"({"id":"e2e-bad","text":""})"
      "\n";
  auto none = c.Post("/api/ingest", body, "application/x-ndjson");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(none->get_header_value("WWW-Authenticate"), "Bearer");
  auto wrong = c.Post("/api/ingest", {{"Authorization", "Bearer not-the-token-at-all-xx"}}, body,
                      "application/x-ndjson");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  auto prefix = c.Post("/api/ingest", {{"Authorization", std::string("Bearer ") + kToken + "x"}},
                       body, "application/x-ndjson");
  ASSERT_TRUE(prefix);
  EXPECT_EQ(prefix->status, 401);

  const httplib::Headers auth = {{"Authorization", std::string("Bearer ") + kToken}};
  auto ok = c.Post("/api/ingest", auth, body, "application/x-ndjson");
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->status, 200) << ok->body;
  Json j = Json::parse(ok->body);
  EXPECT_EQ(j["articles"], 2);
  EXPECT_EQ(j["added"], 1);
  ASSERT_EQ(j["errors"].size(), 1u);
  EXPECT_EQ(j["errors"][0]["id"], "e2e-bad");
  EXPECT_GE(j["clusters"].get<int>(), 1) << "ingest runs de-duplication";
  // Idempotent: the same article again adds nothing.
  auto again = c.Post("/api/ingest", auth, body, "application/x-ndjson");
  ASSERT_TRUE(again);
  EXPECT_EQ(Json::parse(again->body)["duplicates"], 1);
  auto stats = c.Get("/api/stats");
  ASSERT_TRUE(stats);
  EXPECT_EQ(Json::parse(stats->body)["articles"], 1);
  EXPECT_EQ(Json::parse(stats->body)["ingest"], true);

  // Bodies are capped (8 MiB by default): a larger one never reaches the handler.
  auto big = c.Post("/api/ingest", auth, std::string(9u << 20, 'x'), "application/x-ndjson");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_EQ(server.Stop(), 0) << "SIGTERM stops serve cleanly";
}

}  // namespace
}  // namespace faultline::e2e
