// Whole-corpus benchmark: codes a corpus with one thread and with all threads and prints
// sentences/s, articles/s, MB/s, dictionary load time and peak RSS.
//
// Input: JSON Lines files given on the command line, else the shared development corpora
// beside the repository (../shared/dev: PolNeAR, LGL, TimeBank texts) when present, else the
// project's own examples/.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "ingest/article_reader.h"
#include "pipeline/pipeline.h"

namespace fl = faultline;
namespace fs = std::filesystem;

namespace {

std::vector<fl::Document> LoadCorpus(const std::vector<std::string>& files) {
  std::vector<fl::Document> docs;
  for (const std::string& f : files) {
    std::unique_ptr<fl::ArticleReader> reader;
    fl::ReaderOptions options;
    if (!fl::OpenArticleReader(f, options, &reader).ok()) continue;
    fl::Document d;
    while (reader->Next(d)) {
      if (d.error.empty()) docs.push_back(d);
    }
  }
  return docs;
}

std::vector<std::string> DefaultFiles() {
  const fs::path shared = fs::path(FAULTLINE_SOURCE_DIR) / ".." / "shared" / "dev";
  std::vector<std::string> files;
  for (const char* f : {"quotes/polnear_train.jsonl", "geo/lgl.jsonl", "time/timebank_aquaint.jsonl"}) {
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

double Run(const fl::Pipeline& pipeline, std::vector<fl::Document> docs, unsigned threads,
           size_t* sentences) {
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
  *sentences = sents;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files(argv + 1, argv + argc);
  if (files.empty()) files = DefaultFiles();
  std::vector<fl::Document> docs = LoadCorpus(files);
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  auto t0 = std::chrono::steady_clock::now();
  std::unique_ptr<fl::Pipeline> pipeline;
  fl::Status s = fl::Pipeline::Create(fl::PipelineOptions{}, &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("corpus: %zu articles, %.1f MB from %zu files\n", docs.size(), bytes / 1e6, files.size());
  std::printf("resources loaded in %.3f s, RSS %.0f MB\n", load, PeakRssMb());
  const unsigned all = std::max(1u, std::thread::hardware_concurrency());
  double one_rate = 0;
  for (unsigned threads : {1u, all}) {
    size_t sentences = 0;
    double secs = Run(*pipeline, docs, threads, &sentences);
    double rate = sentences / secs;
    if (threads == 1) one_rate = rate;
    std::printf("threads %u: %.2f s  %.0f sentences/s  %.1f articles/s  %.2f MB/s  (x%.2f of one thread)\n",
                threads, secs, rate, docs.size() / secs, bytes / 1e6 / secs, one_rate > 0 ? rate / one_rate : 1.0);
  }
  std::printf("peak RSS %.0f MB\n", PeakRssMb());
  return 0;
}
