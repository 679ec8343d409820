// `faultline code`: articles in (text or JSON Lines), one JSON object per article out.
#include <cstdio>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/table_writer.h"
#include "pipeline/batch_runner.h"
#include "pipeline/document_json.h"

namespace faultline::cli {
namespace {

struct CodeArgs {
  std::string in = "auto";
  std::string date;
  std::string dictionaries;
  unsigned threads = 0;
  std::string out = "jsonl";
  std::vector<std::string> files;
};

int RunCode(const CodeArgs& args) {
  PipelineOptions options;
  options.resources.dictionaries_dir = args.dictionaries;
  std::unique_ptr<Pipeline> pipeline;
  Status s = Pipeline::Create(options, &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "faultline: %s\n", s.ToString().c_str());
    return 2;
  }
  ReaderOptions reader_options;
  reader_options.format = args.in == "text" ? InputFormat::kText
                          : args.in == "jsonl" ? InputFormat::kJsonl
                                               : InputFormat::kAuto;
  reader_options.default_date = args.date;
  BatchOptions batch;
  batch.threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  const bool table = args.out == "table";
  std::vector<std::string> files = args.files.empty() ? std::vector<std::string>{"-"} : args.files;
  size_t articles = 0, errors = 0, events = 0;
  int exit_code = 0;
  Progress progress;
  for (const std::string& file : files) {
    std::unique_ptr<ArticleReader> reader;
    Status open = OpenArticleReader(file, reader_options, &reader);
    if (!open.ok()) {
      std::fprintf(stderr, "faultline: %s\n", open.ToString().c_str());
      exit_code = 1;
      continue;
    }
    RunBatches(*pipeline, *reader, batch, [&](Document& doc) {
      ++articles;
      if (!doc.error.empty()) {
        ++errors;
        std::fprintf(stderr, "faultline: %s: %s\n", doc.id.c_str(), doc.error.c_str());
      }
      events += doc.events.size();
      if (table) {
        WriteTable(doc, std::cout);
      } else {
        std::cout << DocumentToJsonLine(doc) << '\n';
      }
      progress.Update(articles);
    });
  }
  std::cout.flush();
  progress.Finish(articles);
  std::fprintf(stderr, "faultline: %zu articles, %zu events, %zu errors\n", articles, events, errors);
  return exit_code;
}

}  // namespace

void RegisterCode(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "Code events from articles (text files or JSON Lines)");
  cmd->add_option("--in", args->in, "Input format")->check(CLI::IsMember({"text", "jsonl", "auto"}));
  cmd->add_option("--date", args->date, "Publication date (YYYY-MM-DD) for articles without one");
  cmd->add_option("--dictionaries", args->dictionaries,
                  "Directory of dictionaries replacing the built-in ones (native, TABARI or PETRARCH)");
  cmd->add_option("--threads", args->threads, "Worker threads (default: all cores)");
  cmd->add_option("--out", args->out, "Output format")->check(CLI::IsMember({"jsonl", "table"}));
  cmd->add_option("files", args->files, "Input files, or - for stdin");
  cmd->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace faultline::cli
