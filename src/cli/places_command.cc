// `faultline places FILE`: the places of an article, one per line, for a person to read:
// where each mention is, what it was resolved to, how precisely, and through which match tier.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "ingest/article_reader.h"
#include "pipeline/pipeline.h"
#include "util/utf8.h"

namespace faultline::cli {
namespace {

struct PlacesArgs {
  std::string in = "auto";
  std::vector<std::string> files;
};

void PrintPlaces(const Document& doc) {
  std::printf("== %s: %zu places\n", doc.id.c_str(), doc.places.size());
  if (!doc.error.empty()) {
    std::printf("   error: %s\n", doc.error.c_str());
    return;
  }
  const utf8::OffsetMap map(doc.text);
  for (const Place& p : doc.places) {
    std::string where = p.name;
    if (!p.admin1.empty() && p.admin1 != p.name) where += ", " + p.admin1;
    if (!p.country.empty()) where += ", " + p.country;
    std::printf("%5u-%-5u %-28s -> %-44s %8.3f %9.3f  %-6s prec %d  %-8s%s gn %lld\n",
                map.ToCodePoint(p.span.begin), map.ToCodePoint(p.span.end),
                ("\"" + std::string(doc.Text(p.span)) + "\"").c_str(), where.c_str(), p.lat, p.lon,
                p.feature.c_str(), p.precision, p.tier.c_str(), p.adjectival ? " adj" : "",
                static_cast<long long>(p.geonameid));
  }
  for (const Event& e : doc.events) {
    if (!e.place) continue;
    std::printf("   event %s \"%s\" at %s (%s, precision %s)\n", e.code.c_str(),
                std::string(doc.Text(e.span)).c_str(), doc.places[*e.place].name.c_str(),
                e.provenance.place_rule.c_str(), e.place_precision.c_str());
  }
}

int RunPlaces(const PlacesArgs& args) {
  std::unique_ptr<Pipeline> pipeline;
  Status s = Pipeline::Create(PipelineOptions{}, &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "faultline: %s\n", s.ToString().c_str());
    return 2;
  }
  if (!pipeline->resources().gazetteer.loaded()) return 2;  // LoadResources said why
  ReaderOptions reader_options;
  reader_options.format = args.in == "text" ? InputFormat::kText
                          : args.in == "jsonl" ? InputFormat::kJsonl
                                               : InputFormat::kAuto;
  int exit_code = 0;
  for (const std::string& file : args.files) {
    std::unique_ptr<ArticleReader> reader;
    Status open = OpenArticleReader(file, reader_options, &reader);
    if (!open.ok()) {
      std::fprintf(stderr, "faultline: %s\n", open.ToString().c_str());
      exit_code = 1;
      continue;
    }
    Document doc;
    while (reader->Next(doc)) {
      pipeline->Process(doc);
      PrintPlaces(doc);
      doc = Document();
    }
  }
  return exit_code;
}

}  // namespace

void RegisterPlaces(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<PlacesArgs>();
  CLI::App* cmd = app.add_subcommand("places", "Print the places of articles for reading");
  cmd->add_option("--in", args->in, "Input format")->check(CLI::IsMember({"text", "jsonl", "auto"}));
  cmd->add_option("files", args->files, "Input files, or - for stdin")->required();
  cmd->callback([args, exit_code] { *exit_code = RunPlaces(*args); });
}

}  // namespace faultline::cli
