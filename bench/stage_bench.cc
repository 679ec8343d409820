// Google Benchmark per stage on the project's own example reports: tokenise + segment,
// tag, recognise actors, code events, and the whole pipeline.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/pipeline.h"
#include "recognise/actors/actor_recogniser.h"
#include "segment/tagger.h"

namespace fl = faultline;

namespace {

const fl::Pipeline& SharedPipeline() {
  static std::unique_ptr<fl::Pipeline> p = [] {
    std::unique_ptr<fl::Pipeline> q;
    fl::Status s = fl::Pipeline::Create(fl::PipelineOptions{}, &q);
    if (!s.ok()) std::abort();
    return q;
  }();
  return *p;
}

std::string ExampleText() {
  std::string all;
  for (const auto& e : std::filesystem::directory_iterator(std::string(FAULTLINE_SOURCE_DIR) + "/examples")) {
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    all += ss.str() + "\n\n";
  }
  return all;
}

fl::Document Fresh() {
  static const std::string text = ExampleText();
  fl::Document d;
  d.id = "bench";
  d.date = "2020-01-01";
  d.text = text;
  return d;
}

void BM_Segment(benchmark::State& state) {
  for (auto _ : state) {
    fl::Document d = Fresh();
    fl::Segment(d);
    benchmark::DoNotOptimize(d.tokens.data());
    state.counters["sentences"] = benchmark::Counter(static_cast<double>(d.sentences.size()),
                                                     benchmark::Counter::kIsIterationInvariantRate);
  }
}
BENCHMARK(BM_Segment);

void BM_Tag(benchmark::State& state) {
  const fl::Pipeline& p = SharedPipeline();
  fl::Document d = Fresh();
  fl::Segment(d);
  for (auto _ : state) fl::Tag(d, p.resources().lexicon);
  state.counters["sentences"] = benchmark::Counter(static_cast<double>(d.sentences.size()),
                                                   benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Tag);

void BM_Actors(benchmark::State& state) {
  const fl::Pipeline& p = SharedPipeline();
  fl::Document d = Fresh();
  fl::Segment(d);
  fl::Tag(d, p.resources().lexicon);
  for (auto _ : state) fl::RecogniseActors(d, p.resources().actors);
  state.counters["sentences"] = benchmark::Counter(static_cast<double>(d.sentences.size()),
                                                   benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Actors);

void BM_Code(benchmark::State& state) {
  const fl::Pipeline& p = SharedPipeline();
  fl::Document d = Fresh();
  fl::Segment(d);
  fl::Tag(d, p.resources().lexicon);
  fl::RecogniseActors(d, p.resources().actors);
  for (auto _ : state) {
    d.events.clear();
    p.resources().coder->Code(d);
  }
  state.counters["sentences"] = benchmark::Counter(static_cast<double>(d.sentences.size()),
                                                   benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Code);

void BM_Pipeline(benchmark::State& state) {
  const fl::Pipeline& p = SharedPipeline();
  size_t sentences = 0;
  for (auto _ : state) {
    fl::Document d = Fresh();
    p.Process(d);
    sentences = d.sentences.size();
  }
  state.counters["sentences"] = benchmark::Counter(static_cast<double>(sentences),
                                                   benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Pipeline);

}  // namespace

BENCHMARK_MAIN();
