// `faultline ingest`: sources in (files, directories, feeds, WARC, stdin), coded articles
// into the event store, then de-duplication and alerts over the whole store.
#include <cstdio>
#include <thread>

#include "analyse/analyse.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "ingest/source_reader.h"
#include "pipeline/batch_runner.h"

namespace faultline::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> sources;
  std::string db = "faultline.db";
  std::string date;
  unsigned threads = 0;
  bool all_languages = false;
  bool no_analyse = false;
};

// Drops articles whose content hash is already stored before the pipeline spends time
// on them, so a rerun after a crash only codes what is missing. Runs on the reading
// thread, as the store is used from one thread only.
class NewArticlesOnly : public ArticleReader {
 public:
  NewArticlesOnly(ArticleReader& in, EventStore& store, size_t* known, Status* error)
      : in_(in), store_(store), known_(known), error_(error) {}
  bool Next(Document& doc) override {
    while (in_.Next(doc)) {
      if (!doc.error.empty()) return true;
      bool present = false;
      Status s = store_.HasArticle(ContentHash(doc.text), &present);
      if (!s.ok()) *error_ = s;
      if (!present) return true;
      ++*known_;
    }
    return false;
  }

 private:
  ArticleReader& in_;
  EventStore& store_;
  size_t* known_;
  Status* error_;
};

int RunIngest(const IngestArgs& args) {
  std::unique_ptr<EventStore> store;
  Status s = OpenSqliteStore(args.db, &store);
  if (!s.ok()) {
    std::fprintf(stderr, "faultline: %s\n", s.ToString().c_str());
    return 2;
  }
  std::unique_ptr<Pipeline> pipeline;
  s = Pipeline::Create(PipelineOptions(), &pipeline);
  if (!s.ok()) {
    std::fprintf(stderr, "faultline: %s\n", s.ToString().c_str());
    return 2;
  }
  SourceOptions options;
  options.reader.default_date = args.date;
  options.english_only = !args.all_languages;
  std::vector<std::string> sources =
      args.sources.empty() ? std::vector<std::string>{"-"} : args.sources;
  std::unique_ptr<ArticleReader> reader = OpenSources(sources, options);
  size_t read = 0, added = 0, known = 0, skipped = 0, errors = 0, events = 0;
  Status store_error;
  NewArticlesOnly fresh(*reader, *store, &known, &store_error);
  BatchOptions batch;
  batch.threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  // Small batches: an article is committed soon after it is coded, so a kill loses little.
  batch.batch = std::max<size_t>(batch.threads * 2, 4);
  Progress progress;
  // Coded articles are written kWriteGroup at a time, one transaction each: the commit is
  // most of an article's store cost. A kill loses at most one group, which the next run
  // codes again (ingest is idempotent).
  constexpr size_t kWriteGroup = 16;
  std::vector<Document> pending;
  auto flush = [&] {
    if (pending.empty()) return;
    std::vector<const Document*> docs;
    docs.reserve(pending.size());
    for (const Document& d : pending) docs.push_back(&d);
    std::vector<EventStore::ArticleWrite> results;
    Status w = store->AddArticles(docs, &results);
    if (!w.ok()) {
      store_error = w;
    } else {
      for (size_t i = 0; i < pending.size(); ++i) {
        if (!results[i].status.ok()) {
          ++errors;
          std::fprintf(stderr, "faultline: %s: %s\n", pending[i].id.c_str(),
                       results[i].status.ToString().c_str());
        } else if (results[i].added) {
          ++added;
          events += pending[i].events.size();
        } else {
          ++known;
        }
      }
    }
    pending.clear();
  };
  RunBatches(*pipeline, fresh, batch, [&](Document& doc) {
    ++read;
    progress.Update(read + known);
    if (!doc.error.empty()) {
      ++(IsSkipped(doc) ? skipped : errors);
      std::fprintf(stderr, "faultline: %s: %s\n", doc.id.c_str(), doc.error.c_str());
      return;
    }
    pending.push_back(std::move(doc));
    if (pending.size() >= kWriteGroup) flush();
  });
  flush();
  progress.Finish(read + known);
  std::fprintf(stderr,
               "faultline: %zu articles added (%zu events), %zu already stored, %zu skipped, "
               "%zu errors\n",
               added, events, known, skipped, errors);
  if (!store_error.ok()) {
    std::fprintf(stderr, "faultline: store: %s\n", store_error.ToString().c_str());
    return 2;
  }
  if (args.no_analyse) return 0;
  analyse::AnalyseReport report;
  s = analyse::Analyse(*store, {}, {}, &report);
  if (!s.ok()) {
    std::fprintf(stderr, "faultline: analyse: %s\n", s.ToString().c_str());
    return 2;
  }
  std::fprintf(stderr,
               "faultline: %lld event mentions in %lld de-duplicated events, %d new alerts\n",
               static_cast<long long>(report.mentions), static_cast<long long>(report.clusters),
               report.new_alerts);
  StoreStats stats;
  if (store->Stats(&stats).ok()) {
    std::printf("%s: %lld articles, %lld events (%lld after de-duplication), %lld alerts\n",
                args.db.c_str(), static_cast<long long>(stats.articles),
                static_cast<long long>(stats.events), static_cast<long long>(stats.clusters),
                static_cast<long long>(stats.alerts));
  }
  return 0;
}

}  // namespace

void RegisterIngest(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Code articles from files, directories, feeds, WARC or stdin into the event store");
  cmd->add_option("sources", args->sources,
                  "Text, HTML, JSON Lines, RSS/Atom, WARC(.gz) files, directories, or - for stdin");
  cmd->add_option("--db", args->db, "SQLite database (created when missing)");
  cmd->add_option("--date", args->date, "Publication date (YYYY-MM-DD) for articles without one");
  cmd->add_option("--threads", args->threads, "Worker threads (default: all cores)");
  cmd->add_flag("--all-languages", args->all_languages, "Code articles not detected as English");
  cmd->add_flag("--no-analyse", args->no_analyse, "Skip de-duplication and alerts");
  cmd->callback([args, exit_code] { *exit_code = RunIngest(*args); });
}

}  // namespace faultline::cli
