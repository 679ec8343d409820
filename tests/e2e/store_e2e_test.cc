// End-to-end tests of `faultline ingest`, `query` and `alerts`: the real binary is
// forked and exec'd, and the SQLite file it writes is checked row by row.
//   - ingesting the same sources twice adds nothing (exact row counts);
//   - SIGKILL mid-run, then a rerun: nothing lost, nothing duplicated (the final row
//     counts equal those of an uninterrupted run);
//   - malformed documents get per-document errors while the batch goes on;
//   - every query format is well formed and carries source URLs.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

namespace {

namespace fs = std::filesystem;

const char* const kTables[] = {"articles", "events", "actor_mentions", "places", "timex",
                               "counts", "quotes", "clusters", "alerts"};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Starts the binary with stdout and stderr redirected to files; returns its pid.
pid_t Start(const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
  pid_t pid = fork();
  if (pid == 0) {
    FILE* o = freopen(out.c_str(), "w", stdout);
    FILE* e = freopen(err.c_str(), "w", stderr);
    if (!o || !e) _exit(127);
    std::vector<char*> argv;
    std::string bin = FAULTLINE_BIN;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

class StoreE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("fl-e2e-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(dir_);
  }

  int Run(const std::vector<std::string>& args) {
    return Wait(Start(args, dir_ / "out", dir_ / "err"));
  }
  std::string Out() { return Slurp(dir_ / "out"); }
  std::string Err() { return Slurp(dir_ / "err"); }

  static int64_t Count(const fs::path& db, const std::string& table) {
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(h);
      return -1;
    }
    sqlite3_busy_timeout(h, 5000);
    sqlite3_stmt* st = nullptr;
    int64_t n = -1;
    // Table names come from the constant list above, never from input.
    if (sqlite3_prepare_v2(h, ("SELECT COUNT(*) FROM " + table).c_str(), -1, &st, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      n = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    return n;
  }

  static std::map<std::string, int64_t> Counts(const fs::path& db) {
    std::map<std::string, int64_t> m;
    for (const char* t : kTables) m[t] = Count(db, t);
    return m;
  }

  // `n` distinct articles as JSON Lines, built from the bundled examples.
  fs::path MakeCorpus(int n) {
    std::vector<std::string> texts;
    for (const auto& f : fs::directory_iterator(fs::path(FAULTLINE_SOURCE_DIR) / "examples")) {
      texts.push_back(Slurp(f.path()));
    }
    std::sort(texts.begin(), texts.end());
    fs::path p = dir_ / "corpus.jsonl";
    std::ofstream out(p);
    for (int i = 0; i < n; ++i) {
      std::string text = texts[static_cast<size_t>(i) % texts.size()];
      text.append("\n\nReport number ").append(std::to_string(i)).append(".");
      std::string id = "a";
      id += std::to_string(i);
      nlohmann::json j = {{"id", id},
                          {"text", text},
                          {"date", "2023-04-15"},
                          {"url", std::string("https://example.org/").append(std::to_string(i))}};
      out << j.dump() << '\n';
    }
    return p;
  }

  fs::path dir_;
};

TEST_F(StoreE2E, IngestingTwiceAddsNothing) {
  const fs::path db = dir_ / "f.db";
  const std::string examples = std::string(FAULTLINE_SOURCE_DIR) + "/examples";
  ASSERT_EQ(Run({"ingest", "--db", db, "--threads", "2", examples}), 0) << Err();
  auto first = Counts(db);
  EXPECT_EQ(first["articles"], 11);
  EXPECT_GT(first["events"], 11);
  EXPECT_GT(first["clusters"], 0);
  EXPECT_LE(first["clusters"], first["events"]);
  ASSERT_EQ(Run({"ingest", "--db", db, examples}), 0) << Err();
  EXPECT_NE(Err().find("0 articles added (0 events), 11 already stored"), std::string::npos)
      << Err();
  EXPECT_EQ(Counts(db), first);
}

TEST_F(StoreE2E, KilledMidRunThenRerunLosesAndDuplicatesNothing) {
  const fs::path corpus = MakeCorpus(400);
  const fs::path reference = dir_ / "reference.db", db = dir_ / "killed.db";
  ASSERT_EQ(Run({"ingest", "--db", reference, "--threads", "2", corpus}), 0) << Err();
  auto expected = Counts(reference);
  ASSERT_EQ(expected["articles"], 400);

  pid_t pid = Start({"ingest", "--db", db, "--threads", "1", corpus}, dir_ / "out", dir_ / "err");
  int64_t committed = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (committed < 20 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (fs::exists(db)) committed = std::max<int64_t>(0, Count(db, "articles"));
  }
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  ASSERT_EQ(Wait(pid), 128 + SIGKILL);
  const int64_t kept = Count(db, "articles");
  ASSERT_GE(kept, 20);
  ASSERT_LT(kept, 400) << "the run finished before it could be killed";

  ASSERT_EQ(Run({"ingest", "--db", db, "--threads", "2", corpus}), 0) << Err();
  EXPECT_NE(Err().find(std::to_string(400 - kept) + " articles added"), std::string::npos)
      << Err();
  EXPECT_NE(Err().find(std::to_string(kept) + " already stored"), std::string::npos) << Err();
  auto got = Counts(db);
  for (const char* t : kTables) {
    if (std::string(t) != "alerts") {
      EXPECT_EQ(got[t], expected[t]) << t;
    }
  }
}

TEST_F(StoreE2E, MalformedDocumentsAreReportedAndTheBatchGoesOn) {
  const std::string good = Slurp(fs::path(FAULTLINE_SOURCE_DIR) / "examples" /
                                 "2019-12-27-idlib-offensive.txt");
  fs::create_directories(dir_ / "in");
  std::ofstream(dir_ / "in" / "a-good.txt") << good;
  std::ofstream(dir_ / "in" / "b-nobody.html") << "<html><head><title>t</title></head></html>";
  std::ofstream(dir_ / "in" / "c-cut.warc")
      << "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/cut\r\n"
         "Content-Type: application/http\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n";
  std::ofstream(dir_ / "in" / "d-feed.rss")
      << "<rss><channel><item><title>x</title><pubDate>not a date</pubDate>"
         "<description>y</description></item></channel></rss>";
  const fs::path db = dir_ / "m.db";
  ASSERT_EQ(Run({"ingest", "--db", db, dir_ / "in"}), 0) << Err();
  const std::string err = Err();
  EXPECT_NE(err.find("b-nobody.html: HTML page has no body text"), std::string::npos) << err;
  EXPECT_NE(err.find("record 1: truncated record"), std::string::npos) << err;
  EXPECT_NE(err.find("d-feed.rss item 1 (\"x\"): bad date \"not a date\""), std::string::npos)
      << err;
  EXPECT_NE(err.find("1 articles added"), std::string::npos) << err;
  EXPECT_EQ(Count(db, "articles"), 1);
}

TEST_F(StoreE2E, QueryFormatsAndAlerts) {
  const fs::path db = dir_ / "q.db";
  ASSERT_EQ(Run({"ingest", "--db", db, std::string(FAULTLINE_SOURCE_DIR) + "/examples"}), 0);
  const int64_t events = Count(db, "events");

  ASSERT_EQ(Run({"query", "--db", db, "--format", "jsonl"}), 0) << Err();
  std::istringstream lines(Out());
  int64_t n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["article"]["url"].get<std::string>().rfind("file://", 0), 0u);
  }
  EXPECT_EQ(n, events);

  ASSERT_EQ(Run({"query", "--db", db, "--format", "geojson", "--country", "SY"}), 0) << Err();
  auto geo = nlohmann::json::parse(Out());
  EXPECT_EQ(geo["type"], "FeatureCollection");
  ASSERT_FALSE(geo["features"].empty());
  for (const auto& f : geo["features"]) EXPECT_EQ(f["properties"]["place"]["country"], "SY");

  ASSERT_EQ(Run({"query", "--db", db, "--format", "gdelt", "--root", "19"}), 0) << Err();
  std::istringstream rows(Out());
  for (std::string row; std::getline(rows, row);) {
    EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 60) << row;
  }

  ASSERT_EQ(Run({"query", "--db", db, "--format", "csv", "--near", "35.93,36.63,100"}), 0);
  EXPECT_EQ(Out().rfind("id,date,", 0), 0u);
  ASSERT_EQ(Run({"query", "--db", db, "--format", "plover", "--since", "2023-01-01"}), 0);
  EXPECT_NE(Run({"query", "--db", db, "--near", "95,0,10"}), 0);
  EXPECT_NE(Err().find("--near wants LAT,LON,KM"), std::string::npos);
  EXPECT_NE(Run({"query", "--db", dir_ / "missing.db"}), 0);

  ASSERT_EQ(Run({"alerts", "--db", db}), 0) << Err();
  EXPECT_FALSE(Out().empty());
}

}  // namespace
