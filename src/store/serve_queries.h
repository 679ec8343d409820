// ServeQueries: the read queries of the HTTP API (serve/) that EventStore does not offer:
// newest-first cursor paging, a text filter, per-place and per-day aggregates, an
// article's events and a cluster's mentions. Kept apart from the store engineer's files
// so both can change at once; candidates for EventStore when a second backend arrives.
//
// Each ServeQueries owns its own SQLite connection (one per server worker), set to
// query_only so a bug in the API can never write, and a deadline enforced by SQLite's
// progress handler so one expensive filter cannot hold a worker for long. As in the rest
// of the store, SQL text is built only from constant fragments; every value is bound.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "faultline/event_store.h"
#include "store/sqlite_db.h"

namespace faultline::store {

// The API's event filters. `filter.after_id` and `filter.limit` are not used: paging is
// newest first by (date, id) through `before`.
struct EventQuery {
  EventFilter filter;
  std::string text;    // case-insensitive (ASCII) substring of the sentence or trigger
  int quad_class = 0;  // 1…4, 0 for any
  struct Cursor {
    std::string date;
    int64_t id = 0;
  };
  std::optional<Cursor> before;  // only rows after this one in (date, id) descending order
  int64_t limit = 100;           // rows for Events, places for Places; 0 for no limit
};

struct PlaceRow {
  std::string name, country, admin1;
  double lat = 0, lon = 0;
  int64_t geonameid = 0;
  int64_t events = 0;
  std::array<int64_t, 4> by_quad{};  // events per quad class 1…4
  std::string first_date, last_date;
};

struct SeriesRow {
  std::string date;                  // YYYY-MM-DD
  std::array<int64_t, 4> by_quad{};  // events per quad class 1…4
};

class ServeQueries {
 public:
  // Opens a second connection to an existing store (OpenSqliteStore creates and migrates).
  Status Open(const std::string& path);

  // Queries started after this call fail with a deadline error once `budget` has passed.
  void StartClock(std::chrono::milliseconds budget);
  // True when the last failed query was stopped by the deadline.
  bool timed_out() const { return timed_out_; }

  Status Events(const EventQuery& q, const std::function<bool(const EventRecord&)>& fn);
  Status Places(const EventQuery& q, std::vector<PlaceRow>* rows);
  Status Series(const EventQuery& q, std::vector<SeriesRow>* rows);
  Status EventsOfArticle(int64_t article_id, std::vector<EventRecord>* events);
  Status EventsOfCluster(int64_t cluster_id, std::vector<EventRecord>* events);
  Status GetCluster(int64_t id, ClusterRecord* cluster);

 private:
  // Returns the cached prepared statement for `sql`, preparing it on first use.
  Status Cached(const std::string& sql, Stmt** stmt);
  Status StepError(Status s);
  static int OnProgress(void* self);

  Db db_;
  std::map<std::string, Stmt> cache_;
  std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::time_point::max();
  bool timed_out_ = false;
};

}  // namespace faultline::store
