// Whole-corpus benchmark: codes a corpus with one thread and with all threads and prints
// sentences/s, articles/s, MB/s, dictionary load time and peak RSS, then the share of
// each stage (thread CPU time, one thread) and a digest of the stages' output so that a
// speed change can be checked to leave the results alone.
//
// Usage: faultline_corpus_bench [--no-threads] [--no-stages] [--limit N] [FILES...]
// Input: JSON Lines files given on the command line, else the shared development corpora
// beside the repository (../shared/dev: PolNeAR, LGL, TimeBank texts) when present, else the
// project's own examples/.
#include <sys/resource.h>
#include <time.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "ingest/article_reader.h"
#include "pipeline/pipeline.h"
#include "recognise/actors/actor_recogniser.h"
#include "recognise/counts/count_recogniser.h"
#include "recognise/places/recognise_places.h"
#include "recognise/quotes/quote_recogniser.h"
#include "recognise/timex/recognise_timex.h"
#include "resolve/event_counts.h"
#include "resolve/event_dates.h"
#include "resolve/event_places.h"
#include "segment/tagger.h"

namespace fl = faultline;
namespace fs = std::filesystem;

namespace {

std::vector<fl::Document> LoadCorpus(const std::vector<std::string>& files, size_t limit) {
  std::vector<fl::Document> docs;
  for (const std::string& f : files) {
    std::unique_ptr<fl::ArticleReader> reader;
    fl::ReaderOptions options;
    if (!fl::OpenArticleReader(f, options, &reader).ok()) continue;
    fl::Document d;
    while (docs.size() < limit && reader->Next(d)) {
      if (d.error.empty()) docs.push_back(d);
    }
  }
  return docs;
}

std::vector<std::string> DefaultFiles() {
  const fs::path shared = fs::path(FAULTLINE_SOURCE_DIR) / ".." / "shared" / "dev";
  std::vector<std::string> files;
  for (const char* f :
       {"quotes/polnear_train.jsonl", "geo/lgl.jsonl", "time/timebank_aquaint.jsonl"}) {
    if (fs::exists(shared / f)) files.push_back((shared / f).string());
  }
  if (files.empty()) {
    for (const auto& e : fs::directory_iterator(fs::path(FAULTLINE_SOURCE_DIR) / "examples")) {
      files.push_back(e.path().string());
    }
  }
  return files;
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

double Seconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct RunResult {
  double wall = 0, cpu = 0;
  size_t sentences = 0;
};

RunResult Run(const fl::Pipeline& pipeline, std::vector<fl::Document> docs, unsigned threads) {
  const double cpu0 = Seconds(CLOCK_PROCESS_CPUTIME_ID);
  auto start = std::chrono::steady_clock::now();
  std::atomic<size_t> next{0}, sents{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < docs.size(); i = next++) {
        pipeline.Process(docs[i]);
        sents += docs[i].sentences.size();
      }
    });
  }
  for (auto& t : pool) t.join();
  RunResult r;
  r.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.cpu = Seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
  r.sentences = sents;
  return r;
}

// FNV-1a over the layers this benchmark's owner changes for speed: tokens, tags, actors,
// events. Equal digests before and after a change mean equal output.
struct Digest {
  uint64_t h = 1469598103934665603ull;
  void Add(const void* p, size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  }
  void Add(const std::string& s) { Add(s.data(), s.size() + 1); }
  void Add(uint32_t v) { Add(&v, sizeof v); }
};

struct Stage {
  const char* name;
  std::function<void(fl::Document&)> run;
  double cpu = 0;
};

void StageBreakdown(const fl::Pipeline& pipeline, std::vector<fl::Document> docs) {
  const fl::Resources& r = pipeline.resources();
  std::vector<Stage> stages = {
      {"segment", [](fl::Document& d) { fl::Segment(d); }},
      {"tag", [&](fl::Document& d) { fl::Tag(d, r.lexicon); }},
      {"actors",
       [&](fl::Document& d) {
         if (!r.coder->owns_actors()) fl::RecogniseActors(d, r.actors);
       }},
      {"places", [&](fl::Document& d) { fl::RecognisePlaces(d, r.gazetteer, r.lexicon); }},
      {"counts", [](fl::Document& d) { fl::RecogniseCounts(d); }},
      {"quotes", [](fl::Document& d) { fl::RecogniseQuotes(d); }},
      {"timex", [](fl::Document& d) { fl::RecogniseTimex(d); }},
      {"code", [&](fl::Document& d) { r.coder->Code(d); }},
      {"resolve",
       [](fl::Document& d) {
         fl::AttachEventDates(d);
         fl::AttachEventPlaces(d);
         fl::AttachEventCounts(d);
       }},
  };
  size_t sentences = 0, tokens = 0, actors = 0, events = 0;
  Digest seg, tag, act, ev, layers;
  for (fl::Document& d : docs) {
    if (!d.error.empty()) continue;
    for (Stage& s : stages) {
      const double t0 = Seconds(CLOCK_THREAD_CPUTIME_ID);
      s.run(d);
      s.cpu += Seconds(CLOCK_THREAD_CPUTIME_ID) - t0;
    }
    sentences += d.sentences.size();
    tokens += d.tokens.size();
    actors += d.actors.size();
    events += d.events.size();
    for (const fl::Sentence& s : d.sentences) {
      seg.Add(s.token_begin);
      seg.Add(s.token_end);
    }
    for (const fl::Token& t : d.tokens) {
      seg.Add(t.span.begin);
      seg.Add(t.span.end);
      seg.Add(t.norm);
      seg.Add(static_cast<uint32_t>(t.capitalised | t.space_before << 1));
      tag.Add(t.lemma);
      tag.Add(static_cast<uint32_t>(static_cast<uint32_t>(t.pos) | t.verb_gerund << 8 |
                                    t.verb_past_participle << 9));
    }
    for (const fl::ActorMention& a : d.actors) {
      act.Add(a.token_begin);
      act.Add(a.token_end);
      act.Add(a.code);
      act.Add(a.name);
      for (const std::string& e : a.entries) act.Add(e);
    }
    // The recognisers after the coding path: places, dates, counts, quotes.
    for (const fl::Place& p : d.places) {
      layers.Add(p.span.begin);
      layers.Add(static_cast<uint32_t>(p.geonameid));
      layers.Add(p.name);
    }
    for (const fl::Timex& t : d.timex) {
      layers.Add(t.span.begin);
      layers.Add(t.value);
    }
    for (const fl::Count& c : d.counts) {
      layers.Add(c.span.begin);
      layers.Add(c.category);
      layers.Add(static_cast<uint32_t>(c.low.value_or(-1)));
    }
    for (const fl::Quote& q : d.quotes) {
      layers.Add(q.span.begin);
      layers.Add(q.span.end);
      layers.Add(q.speaker_name);
    }
    for (const fl::Event& e : d.events) {
      ev.Add(e.sentence);
      ev.Add(e.span.begin);
      ev.Add(e.code);
      ev.Add(e.source ? e.source->code : std::string("-"));
      ev.Add(e.target ? e.target->code : std::string("-"));
    }
  }
  double total = 0;
  for (const Stage& s : stages) total += s.cpu;
  std::printf("stages (one thread, thread CPU time; %zu sentences, %zu tokens):\n", sentences,
              tokens);
  for (const Stage& s : stages) {
    std::printf("  %-8s %7.3f s  %5.1f%%  %9.0f sentences/s\n", s.name, s.cpu, 100 * s.cpu / total,
                sentences / s.cpu);
  }
  const double coding = stages[0].cpu + stages[1].cpu + stages[2].cpu + stages[7].cpu;
  std::printf("  coding path (segment+tag+actors+code) %.3f s  %.0f sentences/s\n", coding,
              sentences / coding);
  std::printf("  all stages %.3f s  %.0f sentences/s\n", total, sentences / total);
  std::printf("digest: segment %016llx tag %016llx actors %016llx (%zu) events %016llx (%zu)\n",
              static_cast<unsigned long long>(seg.h), static_cast<unsigned long long>(tag.h),
              static_cast<unsigned long long>(act.h), actors, static_cast<unsigned long long>(ev.h),
              events);
  std::printf("digest: places+timex+counts+quotes %016llx\n",
              static_cast<unsigned long long>(layers.h));
  // The budgets of the place and date/count/quote issues: what each adds to the rest.
  const double places = stages[3].cpu;
  const double dcq = stages[4].cpu + stages[5].cpu + stages[6].cpu;
  std::printf("  places add %.1f%% to the other stages; counts+quotes+timex add %.1f%%\n",
              100 * places / (total - places), 100 * dcq / (total - dcq));
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  bool threads_runs = true, stages = true;
  size_t limit = static_cast<size_t>(-1);
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--no-threads") == 0) {
      threads_runs = false;
    } else if (std::strcmp(argv[i], "--no-stages") == 0) {
      stages = false;
    } else if (std::strcmp(argv[i], "--limit") == 0 && i + 1 < argc) {
      limit = std::stoul(argv[++i]);
    } else {
      files.emplace_back(argv[i]);
    }
  }
  if (files.empty()) files = DefaultFiles();
  std::vector<fl::Document> docs = LoadCorpus(files, limit);
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  const double cpu0 = Seconds(CLOCK_PROCESS_CPUTIME_ID);
  auto t0 = std::chrono::steady_clock::now();
  std::unique_ptr<fl::Pipeline> pipeline;
  fl::Status s = fl::Pipeline::Create(fl::PipelineOptions{}, &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double load_cpu = Seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
  std::printf("corpus: %zu articles, %.1f MB from %zu files\n", docs.size(), bytes / 1e6,
              files.size());
  std::printf("resources loaded in %.3f s (%.3f s CPU), RSS %.0f MB\n", load, load_cpu,
              PeakRssMb());
  if (threads_runs) {
    const unsigned all = std::max(1u, std::thread::hardware_concurrency());
    double one_rate = 0;
    for (unsigned threads : {1u, all}) {
      RunResult r = Run(*pipeline, docs, threads);
      double rate = r.sentences / r.wall;
      if (threads == 1) one_rate = rate;
      std::printf(
          "threads %u: %.2f s  %.0f sentences/s  %.1f articles/s  %.2f MB/s  (x%.2f of one thread; "
          "CPU %.2f s, %.0f sentences per CPU second)\n",
          threads, r.wall, rate, docs.size() / r.wall, bytes / 1e6 / r.wall,
          one_rate > 0 ? rate / one_rate : 1.0, r.cpu, r.sentences / r.cpu);
    }
  }
  if (stages) StageBreakdown(*pipeline, docs);
  std::printf("peak RSS %.0f MB\n", PeakRssMb());
  return 0;
}
