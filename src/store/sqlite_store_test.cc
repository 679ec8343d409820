#include "store/sqlite_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <string>
#include <system_error>
#include <vector>

#include "pipeline/document_json.h"
#include "store/schema.h"
#include "store/serve_queries.h"
#include "util/temp_dir.h"

namespace faultline {
namespace {

// A fresh store path in the test binary's own folder, removed with it at exit. A store
// left by an earlier use of the name (--gtest_repeat) is removed first.
std::string TempDb(const char* name) {
  static const TempDir dir("fl-store-test");
  const std::string path = dir.path() + "/" + name + ".db";
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ignored);
  return path;
}

// A hand-built coded article: one sentence, one event with a place and a killed count.
Document MakeDoc(const std::string& text_suffix = "") {
  Document d;
  d.id = "a1";
  d.text = "Syrian forces shelled Idlib on Monday, killing 12 people." + text_suffix;
  d.date = "2019-12-27";
  d.url = "https://example.org/a1";
  d.source = "example";
  d.sentences.push_back({Span{0, static_cast<uint32_t>(d.text.size())}, 0, 0, 0});
  Place p;
  p.span = {22, 27};
  p.name = "Idlib";
  p.lat = 35.93;
  p.lon = 36.63;
  p.country = "SY";
  p.admin1 = "Idlib";
  p.precision = 3;
  d.places.push_back(p);
  Count c;
  c.span = {47, 56};
  c.quantity = 12;
  c.qualifier = "exact";
  c.category = "killed";
  c.unit = "people";
  d.counts.push_back(c);
  Event e;
  e.span = {14, 21};
  e.code = "195";
  e.source = ActorRef{"SYRMIL", "Syrian military", Span{0, 13}};
  e.date = "2019-12-23";
  e.date_precision = "day";
  e.place = 0;
  e.counts = {0};
  e.confidence = 0.9;
  d.events.push_back(e);
  return d;
}

std::vector<EventRecord> AllEvents(EventStore& store) {
  std::vector<EventRecord> got;
  EXPECT_TRUE(store
                  .ForEachEvent({},
                                [&](const EventRecord& e) {
                                  got.push_back(e);
                                  return true;
                                })
                  .ok());
  return got;
}

TEST(SqliteStore, MigratesToLatestVersionOnce) {
  const std::string path = TempDb("migrate");
  for (int i = 0; i < 2; ++i) {
    store::Db db;
    ASSERT_TRUE(db.Open(path).ok());
    ASSERT_TRUE(store::Migrate(&db).ok());
    store::Stmt q;
    ASSERT_TRUE(db.Prepare("SELECT COUNT(*), MAX(version) FROM schema_version", &q).ok());
    Status s;
    ASSERT_EQ(q.Next(&s), store::Stmt::Step::kRow);
    EXPECT_EQ(q.Int(0), store::LatestSchemaVersion());
    EXPECT_EQ(q.Int(1), store::LatestSchemaVersion());
  }
}

TEST(SqliteStore, AddingTheSameArticleTwiceAddsNothing) {
  std::unique_ptr<EventStore> store;
  ASSERT_TRUE(OpenSqliteStore(TempDb("twice"), &store).ok());
  bool added = false;
  ASSERT_TRUE(store->AddArticle(MakeDoc(), &added).ok());
  EXPECT_TRUE(added);
  ASSERT_TRUE(store->AddArticle(MakeDoc(), &added).ok());
  EXPECT_FALSE(added);
  ASSERT_TRUE(store->AddArticle(MakeDoc(" More."), &added).ok());
  EXPECT_TRUE(added);
  StoreStats st;
  ASSERT_TRUE(store->Stats(&st).ok());
  EXPECT_EQ(st.articles, 2);
  EXPECT_EQ(st.events, 2);
}

TEST(SqliteStore, EventRowsCarryPlaceCountsAndSourceUrl) {
  std::unique_ptr<EventStore> store;
  ASSERT_TRUE(OpenSqliteStore(TempDb("rows"), &store).ok());
  bool added = false;
  ASSERT_TRUE(store->AddArticle(MakeDoc(), &added).ok());
  const std::vector<EventRecord> got = AllEvents(*store);
  ASSERT_EQ(got.size(), 1u);
  const EventRecord& e = got[0];
  EXPECT_EQ(e.code, "195");
  EXPECT_EQ(e.root, "19");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_EQ(e.source_code, "SYRMIL");
  EXPECT_EQ(e.country, "SY");
  ASSERT_TRUE(e.lat.has_value());
  EXPECT_NEAR(*e.lat, 35.93, 1e-9);
  EXPECT_EQ(e.killed.value_or(0), 12);
  EXPECT_EQ(e.url, "https://example.org/a1");
  EXPECT_EQ(e.trigger_text, "shelled");
  EXPECT_NE(e.sentence_text.find("Idlib"), std::string::npos);
  StoredArticle a;
  ASSERT_TRUE(store->GetArticle(e.article_id, &a).ok());
  EXPECT_NE(a.annotations_json.find("\"events\""), std::string::npos);
}

// Every layer, every optional field both set and unset, non-ASCII text (code point
// offsets differ from byte offsets) and strings that need escaping.
Span SpanOf(const std::string& text, std::string_view needle) {
  const size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

Document MakeRichDoc() {
  Document d = MakeDoc();
  d.id = "rich \"1\"\t";
  d.text =
      "Régime forces shelled Idlib on Monday, killing 12.5 people.\n\u201cWe fled,\u201d "
      "a resident told AFP. About 3,000\x01 fled.";
  d.sentences = {
      {SpanOf(d.text, "Régime forces shelled Idlib on Monday, killing 12.5 people."), 0, 0, 0},
      {SpanOf(d.text, "\u201cWe fled"), 0, 0, 1}};
  d.places[0].span = SpanOf(d.text, "Idlib");
  d.places[0].feature = "PPLA";
  d.places[0].geonameid = 169387;
  d.places[0].adjectival = true;
  d.places[0].tier = "exact";
  d.counts[0].quantity = 12.5;
  Count vague;
  vague.span = SpanOf(d.text, "3,000\x01");
  vague.low = 3000;
  vague.high = 1e21;
  vague.qualifier = "about";
  vague.category = "displaced";
  vague.unit = "";
  vague.who = SpanOf(d.text, "Régime");
  d.counts.push_back(vague);
  ActorMention a;
  a.span = SpanOf(d.text, "Régime forces");
  a.sentence = 0;
  a.code = "SYRMIL";
  a.name = "Syrian \\ military";
  a.entries = {"actors.txt:1", "agents.txt:\"2\""};
  d.actors.push_back(a);
  d.actors.push_back(ActorMention{});
  Timex t;
  t.span = SpanOf(d.text, "Monday");
  t.type = "DATE";
  t.value = "2019-12-23";
  d.timex.push_back(t);
  Quote q;
  q.span = SpanOf(d.text, "\u201cWe fled,\u201d");
  q.speaker_span = SpanOf(d.text, "a resident");
  q.speaker_name = "a resident";
  q.cue = SpanOf(d.text, "told");
  q.medium = "interview";
  d.quotes.push_back(q);
  d.quotes.push_back(Quote{});
  d.events[0].span = SpanOf(d.text, "shelled");
  d.events[0].target = ActorRef{"SYR", "Syria", SpanOf(d.text, "Idlib")};
  d.events[0].attributed_to = ActorRef{"AFP", "AFP", SpanOf(d.text, "AFP")};
  d.events[0].negated = true;
  d.events[0].modality = Modality::kReported;
  d.events[0].provenance = {"verbs/19.txt:1", {"a", "b\n"}, "v1", "clause", "sentence"};
  d.events[0].counts = {0, 1};
  Event bare;
  bare.code = "9999";  // not a CAMEO code: nulls in the JSON, zeros in the row
  bare.sentence = 7;   // no such sentence
  bare.place = 9;      // no such place
  d.events.push_back(bare);
  return d;
}

TEST(SqliteStore, AnnotationsColumnIsTheArticleJson) {
  const std::string path = TempDb("annotations");
  std::unique_ptr<EventStore> store;
  ASSERT_TRUE(OpenSqliteStore(path, &store).ok());
  for (const Document& d : {MakeDoc(), MakeRichDoc()}) {
    bool added = false;
    ASSERT_TRUE(store->AddArticle(d, &added).ok());
    ASSERT_TRUE(added);
    store::Db db;
    ASSERT_TRUE(db.Open(path).ok());
    store::Stmt q;
    ASSERT_TRUE(db.Prepare("SELECT annotations FROM articles WHERE external_id = ?", &q).ok());
    q.BindView(1, d.id);
    Status s;
    ASSERT_EQ(q.Next(&s), store::Stmt::Step::kRow);
    const std::string column(q.Text(0));
    EXPECT_EQ(column, DocumentToJsonLine(d));
    // The JSON parses, with every layer the format names.
    const nlohmann::ordered_json j = nlohmann::ordered_json::parse(column);
    for (const char* layer : {"events", "actors", "places", "timex", "counts", "quotes"}) {
      EXPECT_TRUE(j[layer].is_array()) << layer;
    }
  }
}

TEST(SqliteStore, RowsWrittenFromTheDocumentMatchTheArticleJson) {
  const std::string path = TempDb("rich");
  std::unique_ptr<EventStore> store;
  ASSERT_TRUE(OpenSqliteStore(path, &store).ok());
  const Document d = MakeRichDoc();
  bool added = false;
  ASSERT_TRUE(store->AddArticle(d, &added).ok());
  ASSERT_TRUE(added);
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(DocumentToJsonLine(d));
  const std::vector<EventRecord> got = AllEvents(*store);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].provenance_json, j["events"][0]["provenance"].dump());
  EXPECT_EQ(got[0].target_code, "SYR");
  EXPECT_EQ(got[0].attributed_to, "AFP");
  EXPECT_EQ(got[0].killed.value_or(0), 12.5);
  EXPECT_EQ(got[0].displaced.value_or(0), 1e21);
  EXPECT_EQ(got[0].modality, "reported");
  EXPECT_EQ(got[1].root, "99");
  EXPECT_EQ(got[1].quad_class, 0);
  EXPECT_EQ(got[1].sentence_text, "");
  EXPECT_FALSE(got[1].lat.has_value());
  // Layer rows carry code point offsets, as the JSON does.
  store::Db db;
  ASSERT_TRUE(db.Open(path).ok());
  store::Stmt q;
  ASSERT_TRUE(
      db.Prepare("SELECT start, end, text, entries FROM actor_mentions ORDER BY idx", &q).ok());
  Status s;
  ASSERT_EQ(q.Next(&s), store::Stmt::Step::kRow);
  EXPECT_EQ(q.Int(0), j["actors"][0]["start"].get<int64_t>());
  EXPECT_EQ(q.Text(2), j["actors"][0]["text"].get<std::string>());
  EXPECT_EQ(q.Text(3), j["actors"][0]["entries"].dump());
  store::Stmt p;
  ASSERT_TRUE(db.Prepare("SELECT start, end FROM quotes WHERE idx = 0", &p).ok());
  ASSERT_EQ(p.Next(&s), store::Stmt::Step::kRow);
  EXPECT_EQ(p.Int(0), j["quotes"][0]["start"].get<int64_t>());
  EXPECT_EQ(p.Int(1), j["quotes"][0]["end"].get<int64_t>());
  EXPECT_EQ(p.Int(0), static_cast<int64_t>(SpanOf(d.text, "\u201cWe").begin) - 1)
      << "one two-byte character before the quote: code points, not bytes";
}

TEST(SqliteStore, Migration2AddsCellsAndDateOrderedKeyIndexesToAnOldStore) {
  const std::string path = TempDb("migrate2");
  {
    store::Db db;
    ASSERT_TRUE(db.Open(path).ok());
    ASSERT_TRUE(store::MigrateTo(&db, 1).ok());
    ASSERT_TRUE(db.Exec("INSERT INTO articles VALUES (1, 'h', 'a', '', '', '', '2019-12-27', "
                        "'t', '{}', '')")
                    .ok());
    for (const char* ev : {"(1, 35.93, 36.63)", "(2, -33.9, 18.4)", "(3, NULL, NULL)"}) {
      ASSERT_TRUE(db.Exec(std::string("INSERT INTO events (id, lat, lon, article_id, sentence, "
                                      "start, end, trigger_text, sentence_text, code, root, "
                                      "quad_class, goldstein, plover_type, plover_mode, "
                                      "source_code, source_name, target_code, target_name, date, "
                                      "date_precision, place_name, country, admin1, geonameid, "
                                      "place_precision, negated, modality, attributed_to, "
                                      "confidence, counts, provenance) SELECT column1, column2, "
                                      "column3, 1, 0, 0, 0, '', '', '190', '19', 4, -10, '', '', "
                                      "'SYRMIL', '', '', '', '2019-12-23', 'day', '', 'SY', '', 0, "
                                      "0, 0, '', '', 1, '[]', '{}' FROM (VALUES ") +
                          ev + ")")
                      .ok());
    }
  }
  std::unique_ptr<EventStore> opened;  // migrates to the latest version
  ASSERT_TRUE(OpenSqliteStore(path, &opened).ok());
  store::Db db;
  ASSERT_TRUE(db.Open(path).ok());
  store::Stmt q;
  ASSERT_TRUE(db.Prepare("SELECT id, cell FROM events ORDER BY id", &q).ok());
  Status s;
  // 0.5-degree squares: row (lat + 90) * 2, column (lon + 180) * 2.
  for (auto [id, cell] : {std::pair<int64_t, int64_t>{1, 251 * 1000 + 433},
                          std::pair<int64_t, int64_t>{2, 112 * 1000 + 396}}) {
    ASSERT_EQ(q.Next(&s), store::Stmt::Step::kRow);
    EXPECT_EQ(q.Int(0), id);
    EXPECT_EQ(q.Int(1), cell);
  }
  ASSERT_EQ(q.Next(&s), store::Stmt::Step::kRow);
  EXPECT_FALSE(q.OptDouble(1).has_value()) << "no place, no cell";
  store::Stmt idx;
  ASSERT_TRUE(db.Prepare("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master "
                         "WHERE type = 'index' AND tbl_name = 'events' ORDER BY name)",
                         &idx)
                  .ok());
  ASSERT_EQ(idx.Next(&s), store::Stmt::Step::kRow);
  EXPECT_EQ(idx.Text(0),
            "events_article events_cell_date events_cluster events_country_date events_date "
            "events_root_date events_source_date events_target_date");
  // The near filter of the CLI's query path goes through the cell column.
  EventFilter f;
  f.near = EventFilter::Near{35.9, 36.6, 20};
  int n = 0;
  ASSERT_TRUE(opened->ForEachEvent(f, [&](const EventRecord& e) { return ++n, e.id == 1; }).ok());
  EXPECT_EQ(n, 1);
}

// A store with events spread over actors, dates and places, to check every plan of
// ServeQueries::Events (one index walk, merged streams per code or cell, the probe)
// against filtering and sorting all events here.
class ServeEventsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = new std::string(TempDb("serve-events"));
    std::unique_ptr<EventStore> store;
    ASSERT_TRUE(OpenSqliteStore(*path_, &store).ok());
    for (int i = 0; i < 400; ++i) {
      Document d = MakeDoc(" Copy " + std::to_string(i) + ".");
      Event& e = d.events[0];
      // 60 codes under ZZZ (more than one stream per code is allowed), few under SYR/RUS.
      const char* const kSources[] = {"SYRMIL", "SYRGOV", "RUSMIL", "RUS", "USAGOV", ""};
      e.source->code = i % 7 == 0 ? "ZZZ" + std::to_string(100 + i % 60) : kSources[i % 6];
      if (i % 3 == 0) e.target = ActorRef{i % 2 ? "RUSGOV" : "SYRREB", "x", Span{0, 6}};
      e.code = i % 4 == 0 ? "190" : "042";
      // Repeated days, so (date, id) order matters; some month-precision dates.
      e.date = "2019-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) +
               (i % 10 == 0 ? "" : "-1" + std::to_string(i % 9));
      d.places[0].lat = 35.0 + (i % 20) * 0.1;
      d.places[0].lon = 36.0 + (i % 13) * 0.1;
      d.places[0].country = i % 5 == 0 ? "IQ" : "SY";
      if (i % 11 == 0) e.place.reset();
      bool added = false;
      ASSERT_TRUE(store->AddArticle(d, &added).ok());
      ASSERT_TRUE(added);
    }
    ASSERT_TRUE(store
                    ->ForEachEvent({},
                                   [&](const EventRecord& e) {
                                     all_->push_back(e);
                                     return true;
                                   })
                    .ok());
  }
  static void TearDownTestSuite() {
    delete path_;
    all_->clear();
  }

  // Every page of the query, walked with the cursor, as ids.
  static std::vector<int64_t> Walk(store::EventQuery q, int64_t page) {
    store::ServeQueries queries;
    EXPECT_TRUE(queries.Open(*path_).ok());
    std::vector<int64_t> ids;
    for (int guard = 0; guard < 1000; ++guard) {
      q.limit = page;
      queries.StartClock(std::chrono::milliseconds(5000));
      int64_t n = 0;
      EventRecord last;
      EXPECT_TRUE(queries
                      .Events(q,
                              [&](const EventRecord& e) {
                                ids.push_back(e.id);
                                last = e;
                                return ++n, true;
                              })
                      .ok());
      if (n < page) break;
      q.before = store::EventQuery::Cursor{last.date, last.id};
    }
    return ids;
  }

  static std::vector<int64_t> Expected(const std::function<bool(const EventRecord&)>& keep) {
    std::vector<EventRecord> rows;
    for (const EventRecord& e : *all_) {
      if (keep(e)) rows.push_back(e);
    }
    std::sort(rows.begin(), rows.end(), [](const EventRecord& a, const EventRecord& b) {
      return std::tie(a.date, a.id) > std::tie(b.date, b.id);
    });
    std::vector<int64_t> ids;
    for (const EventRecord& e : rows) ids.push_back(e.id);
    return ids;
  }

  static bool HasActor(const EventRecord& e, const std::string& prefix) {
    return e.source_code.rfind(prefix, 0) == 0 || e.target_code.rfind(prefix, 0) == 0;
  }

  static std::string* path_;
  static std::vector<EventRecord>* all_;
};
std::string* ServeEventsTest::path_ = nullptr;
std::vector<EventRecord>* ServeEventsTest::all_ = new std::vector<EventRecord>;

TEST_F(ServeEventsTest, ActorStreamsMergeNewestFirstAcrossPages) {
  for (const std::string prefix : {"SYR", "RUS", "RUSGOV", "ZZZ", "ZZZ1", "Q"}) {
    store::EventQuery q;
    q.filter.actor = prefix;
    const auto want = Expected([&](const EventRecord& e) { return HasActor(e, prefix); });
    EXPECT_EQ(Walk(q, 7), want) << prefix;
    EXPECT_EQ(Walk(q, 1000), want) << prefix;
    q.filter.since = "2019-05-01";
    q.filter.until = "2019-09-30";
    EXPECT_EQ(Walk(q, 5), Expected([&](const EventRecord& e) {
                return HasActor(e, prefix) && e.date >= "2019-05-01" && e.date <= "2019-09-30";
              }))
        << prefix;
  }
}

TEST_F(ServeEventsTest, ActorWithOtherFiltersIsTheSameWhicheverPlanRuns) {
  store::EventQuery q;
  q.filter.actor = "SYR";
  q.filter.root = "19";
  q.filter.country = "SY";
  EXPECT_EQ(Walk(q, 6), Expected([](const EventRecord& e) {
              return HasActor(e, "SYR") && e.root == "19" && e.country == "SY";
            }));
}

TEST_F(ServeEventsTest, NearCellsMergeNewestFirstAndKeepTheRadius) {
  for (double km : {5.0, 40.0, 150.0, 3000.0}) {
    store::EventQuery q;
    q.filter.near = EventFilter::Near{35.9, 36.6, km};
    const auto want = Expected([&](const EventRecord& e) {
      if (!e.lat) return false;
      constexpr double kRad = M_PI / 180;
      const double a = std::pow(std::sin((*e.lat - 35.9) * kRad / 2), 2) +
                       std::cos(35.9 * kRad) * std::cos(*e.lat * kRad) *
                           std::pow(std::sin((*e.lon - 36.6) * kRad / 2), 2);
      return 2 * 6371.0 * std::asin(std::sqrt(a)) <= km;
    });
    EXPECT_EQ(Walk(q, 9), want) << km;
    q.quad_class = 4;  // with another filter: the probe, then the streams or not
    const auto want4 = Expected([&](const EventRecord& e) {
      return e.quad_class == 4 && std::find(want.begin(), want.end(), e.id) != want.end();
    });
    EXPECT_EQ(Walk(q, 9), want4) << km;
  }
}

TEST(SqliteStore, AddArticlesStoresEachArticleWholeOrNotAtAll) {
  const std::string path = TempDb("batch");
  store::SqliteStore st;
  ASSERT_TRUE(st.Open(path).ok());
  {
    // An event row that fails half-way through its article.
    store::Db db;
    ASSERT_TRUE(db.Open(path).ok());
    ASSERT_TRUE(db.Exec("CREATE TRIGGER fail BEFORE INSERT ON events WHEN NEW.code = '999' "
                        "BEGIN SELECT RAISE(ABORT, 'refused'); END")
                    .ok());
  }
  Document bad_event = MakeDoc(" Bad event.");
  bad_event.events.push_back(bad_event.events[0]);
  bad_event.events[1].code = "999";
  Document error = MakeDoc(" Error.");
  error.error = "invalid UTF-8";
  const Document first = MakeDoc(), second = MakeDoc(" Second.");
  const Document* batch[] = {&first, &error, &bad_event, &first, &second};
  std::vector<store::SqliteStore::ArticleWrite> r;
  ASSERT_TRUE(st.AddArticles(batch, &r).ok());
  ASSERT_EQ(r.size(), 5u);
  EXPECT_TRUE(r[0].status.ok() && r[0].added);
  EXPECT_FALSE(r[1].status.ok() || r[1].added);
  EXPECT_NE(r[2].status.message().find("refused"), std::string::npos) << r[2].status.ToString();
  EXPECT_FALSE(r[2].added);
  EXPECT_TRUE(r[3].status.ok() && !r[3].added) << "the same text again in one batch";
  EXPECT_TRUE(r[4].status.ok() && r[4].added);
  StoreStats stats;
  ASSERT_TRUE(st.Stats(&stats).ok());
  EXPECT_EQ(stats.articles, 2);
  EXPECT_EQ(stats.events, 2) << "the failed article's first event was rolled back with it";
  // AddArticle is a batch of one, with the article's own error.
  bool added = true;
  EXPECT_FALSE(st.AddArticle(bad_event, &added).ok());
  EXPECT_FALSE(added);
}

TEST(SqliteStore, FiltersBindValuesAndNearUsesDistance) {
  std::unique_ptr<EventStore> store;
  ASSERT_TRUE(OpenSqliteStore(TempDb("filters"), &store).ok());
  bool added = false;
  ASSERT_TRUE(store->AddArticle(MakeDoc(), &added).ok());
  auto count = [&](const EventFilter& f) {
    int n = 0;
    EXPECT_TRUE(store->ForEachEvent(f, [&](const EventRecord&) { return ++n, true; }).ok());
    return n;
  };
  EventFilter f;
  f.country = "SY";
  EXPECT_EQ(count(f), 1);
  f.country = "SY' OR '1'='1";
  EXPECT_EQ(count(f), 0);
  f = {};
  f.actor = "SYR";
  EXPECT_EQ(count(f), 1);
  f.actor = "S_R";  // LIKE wildcards are escaped
  EXPECT_EQ(count(f), 0);
  f = {};
  f.since = "2019-12-24";
  EXPECT_EQ(count(f), 0);
  f.since = "2019-12-01";
  f.until = "2019-12-23";
  EXPECT_EQ(count(f), 1);
  f = {};
  f.near = EventFilter::Near{36.2, 36.16, 60};  // Aleppo, ~50 km away
  EXPECT_EQ(count(f), 1);
  f.near->km = 30;
  EXPECT_EQ(count(f), 0);
}

std::vector<ClusterRecord> StoredClusters(EventStore& store) {
  std::vector<ClusterRecord> out;
  EXPECT_TRUE(store
                  .ForEachCluster([&](const ClusterRecord& c) {
                    out.push_back(c);
                    return true;
                  })
                  .ok());
  return out;
}

int64_t ClusterOfEvent(EventStore& store, int64_t event_id) {
  EventRecord e;
  EXPECT_TRUE(store.GetEvent(event_id, &e).ok());
  return e.cluster_id;
}

// Replaces the store's clusters with `clusters`; checks the ids it hands back are the ids
// the store lists, and returns them.
std::vector<int64_t> Replace(EventStore& store, std::vector<ClusterRecord> clusters) {
  EXPECT_TRUE(store.ReplaceClusters(&clusters).ok());
  std::vector<int64_t> given, listed;
  for (const ClusterRecord& c : clusters) given.push_back(c.id);
  for (const ClusterRecord& c : StoredClusters(store)) listed.push_back(c.id);
  std::sort(given.begin(), given.end());
  EXPECT_EQ(given, listed);
  return given;
}

TEST(SqliteStore, ReplacingClustersKeepsTheUnchangedOnesAndTheirIds) {
  std::unique_ptr<EventStore> store;
  ASSERT_TRUE(OpenSqliteStore(TempDb("clusters"), &store).ok());
  bool added = false;
  for (const char* suffix : {"", " Two.", " Three."}) {
    ASSERT_TRUE(store->AddArticle(MakeDoc(suffix), &added).ok());
  }
  std::vector<int64_t> ids;
  ASSERT_TRUE(store
                  ->ForEachEvent({},
                                 [&](const EventRecord& e) {
                                   ids.push_back(e.id);
                                   return true;
                                 })
                  .ok());
  ASSERT_EQ(ids.size(), 3u);
  ClusterRecord a, b;
  a.root = b.root = "19";
  a.code = b.code = "190";
  a.date = b.date = "2019-12-23";
  a.sources = {"AFP"};
  a.mention_ids = {ids[0], ids[1]};
  a.num_mentions = 2;
  b.mention_ids = {ids[2]};
  b.num_mentions = 1;
  b.lat = 35.9;
  b.killed = 12;
  Replace(*store, {a, b});
  const std::vector<ClusterRecord> first = StoredClusters(*store);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].mention_ids, (std::vector<int64_t>{ids[0], ids[1]}));
  EXPECT_EQ(first[1].lat, b.lat);
  EXPECT_EQ(first[1].killed, b.killed);

  // The same clusters again, mentions listed in another order: nothing moves.
  std::swap(a.mention_ids[0], a.mention_ids[1]);
  Replace(*store, {a, b});
  const std::vector<ClusterRecord> again = StoredClusters(*store);
  ASSERT_EQ(again.size(), 2u);
  EXPECT_EQ(again[0].id, first[0].id);
  EXPECT_EQ(again[1].id, first[1].id);

  // The third mention joins the first cluster: it is rewritten, the second is gone and
  // its mention linked to the new row; a cluster differing only in one field is
  // rewritten too. (SQLite may give a new row a freed id.)
  ClusterRecord merged = a;
  merged.mention_ids = {ids[0], ids[1], ids[2]};
  merged.num_mentions = 3;
  Replace(*store, {merged});
  const std::vector<ClusterRecord> now = StoredClusters(*store);
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].mention_ids, merged.mention_ids);
  for (int64_t id : ids) EXPECT_EQ(ClusterOfEvent(*store, id), now[0].id);
  ClusterRecord renamed = merged;
  renamed.place_name = "Idlib";
  Replace(*store, {renamed});
  const std::vector<ClusterRecord> last = StoredClusters(*store);
  ASSERT_EQ(last.size(), 1u);
  EXPECT_EQ(last[0].place_name, "Idlib");
  EXPECT_EQ(ClusterOfEvent(*store, ids[2]), last[0].id);

  // No clusters at all: every link is cleared.
  Replace(*store, {});
  EXPECT_TRUE(StoredClusters(*store).empty());
  for (int64_t id : ids) EXPECT_EQ(ClusterOfEvent(*store, id), 0);
}

TEST(SqliteStore, AlertsAreNotRepeated) {
  std::unique_ptr<EventStore> store;
  ASSERT_TRUE(OpenSqliteStore(TempDb("alerts"), &store).ok());
  AlertRecord a;
  a.detector = "spike";
  a.level = "country";
  a.key = "SY";
  a.quad_class = 4;
  a.date = "2020-01-05";
  int added = 0;
  ASSERT_TRUE(store->AddAlerts({a, a}, &added).ok());
  EXPECT_EQ(added, 1);
  ASSERT_TRUE(store->AddAlerts({a}, &added).ok());
  EXPECT_EQ(added, 0);
  std::vector<AlertRecord> list;
  ASSERT_TRUE(store->ListAlerts("", &list).ok());
  EXPECT_EQ(list.size(), 1u);
}

TEST(ContentHash, MatchesKnownSha256) {
  EXPECT_EQ(ContentHash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(ContentHash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(ContentHash(std::string(1000, 'a')).size(), 64u);
}

}  // namespace
}  // namespace faultline
