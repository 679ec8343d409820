// The API handlers: validated parameters in, a status and a JSON (or export) body out.
// They know nothing of HTTP framing (server.cc does routing, limits and headers), so
// tests can call them directly over a store.
//
//   GET /api/events        filters + cursor paging, newest first
//   GET /api/events/{id}   one event mention with every mention of its cluster
//   GET /api/articles/{id} the article text with its annotated spans, events per sentence
//   GET /api/places        events per place (map markers)
//   GET /api/series        events per day and quad class (timeline)
//   GET /api/quotes        who said what: quotes by speaker, words and date, newest first
//   GET /api/alerts        alerts, newest first
//   GET /api/export        filtered events as geojson, csv or jsonl
//   GET /api/stats         counts of articles, events, clusters and alerts
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "faultline/event_store.h"
#include "serve/json_out.h"
#include "serve/params.h"
#include "store/serve_queries.h"

namespace faultline::serve {

// One worker's view of the store: the EventStore for plain reads and writes, and the
// serve queries on their own read-only connection with a time budget.
struct Connection {
  std::unique_ptr<EventStore> store;
  store::ServeQueries queries;
};

// Opens both connections; the EventStore first, since it creates and migrates the schema.
Status OpenConnection(const std::string& db_path, Connection* c);

struct ApiResponse {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::string download_name;  // set for exports: Content-Disposition attachment
};

struct ApiOptions {
  Limits limits;
  std::chrono::milliseconds query_budget{2000};
  std::chrono::milliseconds export_budget{10000};
  bool ingest_enabled = false;  // reported by /api/stats so the dashboard can say so
};

class Api {
 public:
  explicit Api(ApiOptions options) : options_(std::move(options)) {}

  ApiResponse Events(const Params& params, Connection& c) const;
  ApiResponse Event(std::string_view id, const Params& params, Connection& c) const;
  ApiResponse Article(std::string_view id, const Params& params, Connection& c) const;
  ApiResponse Places(const Params& params, Connection& c) const;
  ApiResponse Series(const Params& params, Connection& c) const;
  ApiResponse Quotes(const Params& params, Connection& c) const;
  ApiResponse Alerts(const Params& params, Connection& c) const;
  ApiResponse Export(const Params& params, Connection& c) const;
  ApiResponse Stats(const Params& params, Connection& c) const;

  const ApiOptions& options() const { return options_; }

 private:
  ApiOptions options_;
};

// Responses shared by the handlers and the HTTP layer.
ApiResponse BadRequest(const ParamError& e);
ApiResponse ErrorResponse(int status, const std::string& message);
// Maps a store failure: not found 404, time budget 503, anything else 500 (logged).
ApiResponse StoreFailure(const Status& s, const store::ServeQueries& q);

// The article view's sentences: for each sentence that has events, its code point span in
// the article text (found from the stored sentence text) and the ids of its events.
Json SentencesWithEvents(const std::string& text, const std::vector<EventRecord>& events);

// Export writers (export.cc).
void WriteCsvHeader(std::string* out);
void WriteCsvRow(const EventRecord& e, std::string* out);
void AppendGeoJsonFeature(const EventRecord& e, std::string* out);

}  // namespace faultline::serve
