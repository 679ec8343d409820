// Store ingest throughput (not a timed test): coded articles written into a fresh SQLite
// store, twice: through EventStore::AddArticle, one transaction per article as `faultline
// ingest` does, and through SqliteStore::AddArticles, GROUP articles per transaction. The
// pipeline is left out so the numbers are the store's alone; compare them as a ratio.
//   build/release/bench/faultline_ingest_bench [ARTICLES=5000] [EVENTS_PER_ARTICLE=10] [GROUP=16]
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "faultline/event_store.h"
#include "store/sqlite_store.h"

namespace {

using faultline::Document;

Document MakeArticle(int i, int events) {
  Document d;
  d.id = "bench-" + std::to_string(i);
  d.url = "https://example.org/" + std::to_string(i);
  d.source = "outlet" + std::to_string(i % 50);
  d.date = "2023-04-15";
  std::string sentence = "Rapid Support Forces shelled Khartoum on Saturday, killing 12 people. ";
  for (int k = 0; k < events; ++k) d.text += sentence;
  d.text += "Article " + std::to_string(i) + ".";
  const uint32_t len = static_cast<uint32_t>(sentence.size());
  for (int k = 0; k < events; ++k) {
    const uint32_t base = static_cast<uint32_t>(k) * len;
    d.sentences.push_back({{base, base + len - 1}, 0, 0, 0});
    faultline::Place p;
    p.span = {base + 29, base + 37};
    p.name = "Khartoum";
    p.lat = 15.55 + (i % 7) * 0.1;
    p.lon = 32.53;
    p.country = "SD";
    p.admin1 = "Khartoum";
    p.precision = 3;
    d.places.push_back(p);
    faultline::Count c;
    c.span = {base + 58, base + 67};
    c.quantity = 12;
    c.qualifier = "exact";
    c.category = "killed";
    c.unit = "people";
    d.counts.push_back(c);
    faultline::ActorMention a;
    a.span = {base, base + 20};
    a.sentence = static_cast<uint32_t>(k);
    a.code = "SDNREB";
    a.name = "Rapid Support Forces";
    d.actors.push_back(a);
    faultline::Event e;
    e.sentence = static_cast<uint32_t>(k);
    e.span = {base + 21, base + 28};
    e.code = "195";
    e.source = faultline::ActorRef{"SDNREB", "Rapid Support Forces", {base, base + 20}};
    e.date = "2023-04-15";
    e.date_precision = "day";
    e.place = static_cast<uint32_t>(k);
    e.counts = {static_cast<uint32_t>(k)};
    e.confidence = 0.9;
    e.provenance.pattern = "verbs/19.txt:1";
    d.events.push_back(e);
  }
  return d;
}

struct Run {
  double wall = 0, cpu = 0;
};

// Writes `docs` into a fresh store `group` articles per call (1: AddArticle).
faultline::Status Ingest(const std::vector<Document>& docs, size_t group, Run* run) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("fl-ingest-bench-" + std::to_string(getpid()) + ".db"))
                               .string();
  faultline::Status s;
  {
    faultline::store::SqliteStore store;
    s = store.Open(path);
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    std::vector<faultline::store::SqliteStore::ArticleWrite> results;
    std::vector<const Document*> batch;
    for (size_t i = 0; s.ok() && i < docs.size(); i += group) {
      if (group == 1) {
        bool added = false;
        s = static_cast<faultline::EventStore&>(store).AddArticle(docs[i], &added);
        continue;
      }
      batch.clear();
      for (size_t k = i; k < std::min(docs.size(), i + group); ++k) batch.push_back(&docs[k]);
      s = store.AddArticles(batch, &results);
      for (const auto& r : results) {
        if (s.ok() && !r.status.ok()) s = r.status;
      }
    }
    run->wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run->cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  const int articles = argc > 1 ? std::atoi(argv[1]) : 5000;
  const int per_article = argc > 2 ? std::atoi(argv[2]) : 10;
  const int group = argc > 3 ? std::max(1, std::atoi(argv[3])) : 16;
  std::vector<Document> docs;
  for (int i = 0; i < articles; ++i) docs.push_back(MakeArticle(i, per_article));
  const double events = static_cast<double>(articles) * per_article;
  for (int g : {1, group}) {
    Run run;
    faultline::Status s = Ingest(docs, static_cast<size_t>(g), &run);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return 1;
    }
    // CPU time too: on a shared machine the wall clock mostly measures the neighbours.
    std::printf(
        "%d articles, %.0f events, %d a transaction: %.2fs wall, %.2fs CPU: %.0f "
        "events/s wall, %.0f events/s CPU, into SQLite\n",
        articles, events, g, run.wall, run.cpu, events / run.wall, events / run.cpu);
  }
  return 0;
}
