// ServeQueries: the read queries of the HTTP API (serve/) that EventStore does not offer:
// newest-first cursor paging, a text filter, per-place and per-day aggregates, an
// article's events, a cluster's mentions and who said what (quotes). Kept apart from the store
// engineer's files so both can change at once; candidates for EventStore when a second backend
// arrives.
//
// Each ServeQueries owns its own SQLite connection (one per server worker), set to
// query_only so a bug in the API can never write, and a deadline enforced by SQLite's
// progress handler so one expensive filter cannot hold a worker for long. As in the rest
// of the store, SQL text is built only from constant fragments; every value is bound.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
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

// The API's quote filters: who said it, what, and when it was reported. Newest stored
// first, paged by quote id.
struct QuoteQuery {
  std::string speaker;       // CAMEO actor code or prefix of the speaker (USAGOV, IGO)
  std::string name;          // case-insensitive (ASCII) substring of the speaker's name
  std::string text;          // case-insensitive (ASCII) substring of the quote
  std::string since, until;  // the article's date, inclusive
  bool direct_only = false;  // only words in quotation marks
  int64_t before_id = 0;     // only quotes with a smaller id; 0 for the newest
  int64_t limit = 100;
};

struct QuoteRow {
  int64_t id = 0, article_id = 0;
  int64_t start = 0, end = 0;  // code point offsets into the article text
  std::string text, speaker_name, speaker_code, medium;
  bool direct = false;
  std::string date, title, url, source;  // the article's
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

namespace internal {

using Value = std::variant<int64_t, double, std::string>;

// Which parts of an event query BuildConditions writes.
struct Parts {
  bool cursor = false;  // the `before` cursor
  // The actor prefix: kIndexed lets SQLite pick the code indexes (an OR of two ranges),
  // kUnindexed keeps it off them (unary +) so a date-ordered index is walked instead,
  // kOmitted leaves it to the streams (one per code, see ServeQueries::Events).
  enum class Actor { kIndexed, kUnindexed, kOmitted } actor = Actor::kIndexed;
};

// One index walk of ServeQueries::Events.
struct Stream {
  const char* from;          // the FROM clause with its index and key condition
  std::optional<Value> key;  // the key's value; none for an unkeyed stream
};

}  // namespace internal

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
  Status Quotes(const QuoteQuery& q, std::vector<QuoteRow>* rows);

 private:
  // Returns the cached prepared statement for `sql`, preparing it on first use; `copy`
  // picks one of several statements of the same text (streams that step side by side).
  Status Cached(const std::string& sql, Stmt** stmt, size_t copy = 0);
  Status StepError(Status s);
  // Runs the cached statement for `sql` with `values` bound, calling `row` for each row
  // until it returns false.
  Status Rows(const std::string& sql, const std::vector<internal::Value>& values,
              const std::function<bool(const Stmt&)>& row);
  // Runs `streams` and merges their (date, id) pages newest first into `page`.
  Status Page(const EventQuery& q, const internal::Parts& parts,
              const std::vector<internal::Stream>& streams, int64_t limit,
              std::vector<std::pair<std::string, int64_t>>* page);
  // The distinct values of `column` (source_code or target_code) starting with `prefix`,
  // in order, at most `most` of them.
  Status CodesWithPrefix(const char* column, const std::string& prefix, size_t most,
                         std::vector<std::string>* codes);
  static int OnProgress(void* self);

  Db db_;
  std::map<std::string, std::deque<Stmt>> cache_;
  std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::time_point::max();
  bool timed_out_ = false;
  // Progress handler calls left before a probe query is stopped; -1 when not probing.
  int probe_steps_ = -1;
};

}  // namespace faultline::store
