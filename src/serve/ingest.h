// POST /api/ingest: JSON Lines articles (docs/formats.md input records) coded by the
// pipeline and added to the store. Only reachable when serve runs with --allow-ingest and
// the request carries the token (server.cc checks it before calling here). Ingest is
// idempotent like `faultline ingest`: an article already stored is counted as a duplicate.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "faultline/event_store.h"
#include "pipeline/pipeline.h"
#include "serve/api.h"

namespace faultline::serve {

class Ingestor {
 public:
  // Loads the pipeline's resources (a few seconds), once, at server start.
  static Status Create(std::unique_ptr<Ingestor>* ingestor);

  ApiResponse Ingest(const std::string& body, EventStore& store);

  static constexpr size_t kMaxArticles = 1000;

 private:
  std::unique_ptr<Pipeline> pipeline_;
  std::mutex write_mu_;  // one ingest request writes at a time (SQLite has one writer)
};

// Compares a request's Authorization header with "Bearer <token>" in time independent of
// where they differ.
bool TokenMatches(const std::string& authorization, const std::string& token);

}  // namespace faultline::serve
