// EventStore: where coded articles, their events and the analyses over them live.
//
// SQLite is the default backend (store/sqlite_store.h); the interface is written so a
// PostgreSQL backend can implement it later: every method is a whole unit of work
// (no cursors or transactions leak out), filters are plain values the backend turns into
// bound parameters, and row ids are opaque 64-bit integers.
//
// Ingest is idempotent by content hash: AddArticle on an article whose hash is already
// stored changes nothing. Each article with all its layers is written in one
// transaction, so a process killed mid-run keeps every article already committed and a
// rerun neither loses nor duplicates any.
//
// Layering: the store keeps mentions (one row per event coded from one sentence of one
// article). De-duplication (analyse/) groups mentions of one real-world event into
// clusters; alert detection (analyse/) reads the clusters. Both write their results
// back through ReplaceClusters and AddAlerts.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "faultline/document.h"
#include "faultline/status.h"

namespace faultline {

// One stored article. `annotations_json` is the article JSON of docs/formats.md (every
// layer with code point spans), kept whole so a viewer can highlight spans without
// re-running the pipeline.
struct StoredArticle {
  int64_t id = 0;
  std::string content_hash;  // hex SHA-256 of the text
  std::string external_id;   // the reader's id (file name, JSON Lines id, URL)
  std::string url, source, title, date, text;
  std::string annotations_json;
};

// One event mention: an event coded from one sentence of one article, flattened with
// what a consumer needs to use it alone (actors, place, date, source URL).
struct EventRecord {
  int64_t id = 0;
  int64_t article_id = 0;
  int64_t cluster_id = 0;  // 0 until de-duplication has run, or when not clustered
  int sentence = 0;
  std::string code, root;
  int quad_class = 0;  // GDELT convention (1 verbal coop … 4 material conflict)
  double goldstein = 0;
  std::string plover_type, plover_mode;
  std::string source_code, source_name, target_code, target_name;
  std::string date, date_precision;
  std::string place_name, country, admin1;
  std::optional<double> lat, lon;
  int64_t geonameid = 0;
  int place_precision = 0;  // UCDP GED 1 exact … 7 country; 0 without a place
  bool negated = false;
  std::string modality;
  std::string attributed_to;
  double confidence = 0;
  std::string trigger_text, sentence_text;
  std::optional<double> killed, displaced;  // largest figure attached to this event
  std::string provenance_json;
  // Joined from the article.
  std::string article_date, url, source, title;
  // Joined from the cluster (zero / empty before de-duplication).
  int num_mentions = 0, num_articles = 0, num_sources = 0;
  std::string confidence_tier;
};

// A de-duplicated event: all mentions of one real-world event.
struct ClusterRecord {
  int64_t id = 0;
  std::string root, code, source_code, target_code;
  int quad_class = 0;
  double goldstein = 0;
  std::string date, date_end;                     // first and last day reported
  std::string country, admin1, place_name, cell;  // cell: "lat,lon" of the 0.5° cell
  std::optional<double> lat, lon;
  int num_mentions = 0, num_articles = 0, num_sources = 0;
  std::string confidence_tier;              // low (1 source), medium (2), high (3+)
  std::optional<double> killed, displaced;  // largest credible figure, never a sum
  std::vector<int64_t> mention_ids;         // every EventRecord in the cluster
  std::vector<std::string> sources;         // distinct source names (or URL hosts)
  std::string sentence, url;                // one representative mention
};

// An escalation alert. `numbers_json` holds the detector's figures (observed, baseline,
// p-value or CUSUM statistic, threshold); `evidence_json` the source sentences and URLs.
struct AlertRecord {
  int64_t id = 0;
  std::string detector;  // spike, shift, record
  std::string level;     // country, admin1, cell
  std::string key;       // "SY", "SY/Idlib", "35.5,36.5"
  int quad_class = 0;    // 0 for detectors over tolls and displacement
  std::string date;      // the day the alert fires
  std::string message;
  std::string numbers_json, evidence_json;
};

// Event filters; empty fields do not filter. Dates compare on ISO strings.
struct EventFilter {
  std::string country;       // ISO 3166-1 alpha-2
  std::string actor;         // matches source or target code by prefix ("SYR" matches SYRMIL)
  std::string root;          // two-digit CAMEO root
  std::string since, until;  // inclusive event dates, YYYY-MM-DD
  struct Near {
    double lat = 0, lon = 0, km = 0;
  };
  std::optional<Near> near;
  bool one_per_cluster = false;  // only the first mention of each de-duplicated event
  int64_t after_id = 0;          // cursor paging: only ids greater than this
  int64_t limit = 0;             // 0: no limit
};

struct StoreStats {
  int64_t articles = 0, events = 0, clusters = 0, alerts = 0;
};

class EventStore {
 public:
  virtual ~EventStore() = default;

  // True when an article with this content hash is stored.
  virtual Status HasArticle(const std::string& content_hash, bool* present) = 0;

  // Stores a coded article with all its layers in one transaction. Sets *added to false
  // (and writes nothing) when the content hash is already there.
  virtual Status AddArticle(const Document& doc, bool* added) = 0;

  // What happened to one article of AddArticles: added, already stored (ok, not added),
  // or refused with its own error (a document error, a failed insert).
  struct ArticleWrite {
    Status status;
    bool added = false;
  };
  // Stores several articles in one transaction (the commit, not the rows, is most of an
  // article's cost). Each article is still whole or absent: a failing one is rolled back
  // and the rest go on. A non-ok return (begin or commit failed) means none was stored.
  virtual Status AddArticles(std::span<const Document* const> docs,
                             std::vector<ArticleWrite>* results) = 0;

  virtual Status GetArticle(int64_t id, StoredArticle* article) = 0;

  // Calls `fn` for every matching event mention in id order; `fn` returning false stops.
  virtual Status ForEachEvent(const EventFilter& filter,
                              const std::function<bool(const EventRecord&)>& fn) = 0;
  virtual Status GetEvent(int64_t id, EventRecord* event) = 0;

  // Replaces every cluster (de-duplication is recomputed over the whole store) and
  // links each mention to its cluster, in one transaction. A cluster equal in every field
  // and mention to a stored one keeps that row and its id; the rest are rewritten. Sets
  // each cluster's `id` to its row's.
  virtual Status ReplaceClusters(std::vector<ClusterRecord>* clusters) = 0;
  virtual Status ForEachCluster(const std::function<bool(const ClusterRecord&)>& fn) = 0;

  // Adds alerts; one already stored (same detector, level, key, quad class, date) is not
  // repeated. *added counts the new ones.
  virtual Status AddAlerts(const std::vector<AlertRecord>& alerts, int* added) = 0;
  virtual Status ListAlerts(const std::string& since, std::vector<AlertRecord>* alerts) = 0;

  virtual Status Stats(StoreStats* stats) = 0;
};

// Hex SHA-256 of an article's text: the idempotency key.
std::string ContentHash(std::string_view text);

// Opens (creating and migrating as needed) the SQLite store at `path`.
Status OpenSqliteStore(const std::string& path, std::unique_ptr<EventStore>* store);

}  // namespace faultline
