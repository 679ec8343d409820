// Store ingest throughput (not a timed test): coded articles written into a fresh SQLite
// store through EventStore::AddArticle, one transaction per article as `faultline ingest`
// does. The pipeline is left out so the number is the store's alone.
//   build/release/bench/faultline_ingest_bench [ARTICLES] [EVENTS_PER_ARTICLE]
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "faultline/event_store.h"

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

}  // namespace

int main(int argc, char** argv) {
  const int articles = argc > 1 ? std::atoi(argv[1]) : 5000;
  const int per_article = argc > 2 ? std::atoi(argv[2]) : 10;
  const std::string path =
      (std::filesystem::temp_directory_path() / ("fl-ingest-bench-" + std::to_string(getpid()) + ".db"))
          .string();
  std::unique_ptr<faultline::EventStore> store;
  faultline::Status s = faultline::OpenSqliteStore(path, &store);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  std::vector<Document> docs;
  for (int i = 0; i < articles; ++i) docs.push_back(MakeArticle(i, per_article));
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  for (const Document& d : docs) {
    bool added = false;
    s = store->AddArticle(d, &added);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      return 1;
    }
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double events = static_cast<double>(articles) * per_article;
  // CPU time too: on a shared machine the wall clock mostly measures the neighbours.
  std::printf("%d articles, %.0f events in %.2fs wall, %.2fs CPU: %.0f events/s wall, "
              "%.0f events/s CPU, into SQLite\n",
              articles, events, secs, cpu, events / secs, events / cpu);
  store.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return 0;
}
