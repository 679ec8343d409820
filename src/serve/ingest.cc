#include "serve/ingest.h"

#include <cstdio>

#include "analyse/analyse.h"
#include "ingest/article_reader.h"

namespace faultline::serve {

Status Ingestor::Create(std::unique_ptr<Ingestor>* out) {
  auto ingestor = std::unique_ptr<Ingestor>(new Ingestor());
  FL_RETURN_IF_ERROR(Pipeline::Create(PipelineOptions{}, &ingestor->pipeline_));
  *out = std::move(ingestor);
  return Status::Ok();
}

ApiResponse Ingestor::Ingest(const std::string& body, EventStore& store) {
  ReaderOptions options;
  size_t line_number = 0, articles = 0, added = 0, duplicates = 0, events = 0;
  Json errors = Json::array();
  std::lock_guard<std::mutex> lock(write_mu_);
  size_t pos = 0;
  while (pos < body.size()) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string::npos) nl = body.size();
    std::string_view line(body.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (++articles > kMaxArticles) {
      return ErrorResponse(413, "at most " + std::to_string(kMaxArticles) +
                                    " articles per request; split the batch");
    }
    Document doc;
    ParseJsonlRecord(line, line_number, options, doc);
    pipeline_->Process(doc);
    if (!doc.error.empty()) {
      errors.push_back(Json{{"line", line_number}, {"id", doc.id}, {"error", doc.error}});
      continue;
    }
    bool was_added = false;
    Status s = store.AddArticle(doc, &was_added);
    if (!s.ok()) {
      errors.push_back(Json{{"line", line_number}, {"id", doc.id}, {"error", s.message()}});
      continue;
    }
    if (was_added) {
      ++added;
      events += doc.events.size();
    } else {
      ++duplicates;
    }
  }
  if (articles == 0) return ErrorResponse(400, "the body holds no JSON Lines article");
  // New articles change clusters and may raise alerts; like `faultline ingest`, the
  // analysis is redone over the whole store so the API shows them at once.
  analyse::AnalyseReport report;
  if (added > 0) {
    Status s = analyse::Analyse(store, analyse::DedupOptions{}, analyse::DetectorOptions{}, &report);
    if (!s.ok()) std::fprintf(stderr, "faultline serve: analysis after ingest: %s\n", s.ToString().c_str());
  }
  Json j;
  j["articles"] = articles;
  j["added"] = added;
  j["duplicates"] = duplicates;
  j["events"] = events;
  j["errors"] = std::move(errors);
  j["clusters"] = report.clusters;
  j["new_alerts"] = report.new_alerts;
  ApiResponse r;
  r.body = Dump(j);
  return r;
}

bool TokenMatches(const std::string& authorization, const std::string& token) {
  const std::string expected = "Bearer " + token;
  // Constant time over the expected length; a length mismatch still does the full loop.
  unsigned char diff = authorization.size() == expected.size() ? 0 : 1;
  for (size_t i = 0; i < expected.size(); ++i) {
    const char got = i < authorization.size() ? authorization[i] : '\0';
    diff |= static_cast<unsigned char>(got ^ expected[i]);
  }
  return !token.empty() && diff == 0;
}

}  // namespace faultline::serve
