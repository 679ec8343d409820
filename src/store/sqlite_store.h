// SqliteStore: the default EventStore, one SQLite file in WAL mode (readers never block
// the writer, and a killed writer leaves only whole transactions behind). Statements
// used per article are prepared once and reused; the schema lives in schema.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

#include "faultline/event_store.h"
#include "store/sqlite_db.h"
#include "util/utf8.h"

namespace faultline::store {

class SqliteStore : public EventStore {
 public:
  Status Open(const std::string& path);

  Status HasArticle(const std::string& content_hash, bool* present) override;
  Status AddArticle(const Document& doc, bool* added) override;

  // One savepoint per article inside the batch's transaction (`bench/ingest_bench.cc`: 16
  // articles a transaction is ~1.5x the CPU and ~1.6x the wall rate of one).
  Status AddArticles(std::span<const Document* const> docs,
                     std::vector<ArticleWrite>* results) override;
  Status GetArticle(int64_t id, StoredArticle* article) override;
  Status ForEachEvent(const EventFilter& filter,
                      const std::function<bool(const EventRecord&)>& fn) override;
  Status GetEvent(int64_t id, EventRecord* event) override;
  Status ReplaceClusters(std::vector<ClusterRecord>* clusters) override;
  Status ForEachCluster(const std::function<bool(const ClusterRecord&)>& fn) override;
  Status AddAlerts(const std::vector<AlertRecord>& alerts, int* added) override;
  Status ListAlerts(const std::string& since, std::vector<AlertRecord>* alerts) override;
  Status Stats(StoreStats* stats) override;

 private:
  Status PrepareWriters();
  Status WriteArticle(const Document& doc, bool* added);
  Status WriteEvents(const Document& doc, const utf8::OffsetMap& map, int64_t article_id);
  Status WriteLayers(const Document& doc, const utf8::OffsetMap& map, int64_t article_id);

  Db db_;
  Stmt has_article_, insert_article_, insert_event_, insert_actor_, insert_place_, insert_timex_,
      insert_count_, insert_quote_, savepoint_, rollback_to_, release_;
  std::string annotations_;  // reused across articles
};

// The bounding box of a --near radius (no wrap at the antimeridian) and the range of
// events.cell it spans. A cell is the 0.5-degree grid square of migration 2's generated
// column: CAST((lat + 90) * 2 AS INTEGER) * 1000 + CAST((lon + 180) * 2 AS INTEGER).
struct NearBox {
  double lat0 = 0, lat1 = 0, lon0 = 0, lon1 = 0;
  int64_t row0 = 0, row1 = 0, col0 = 0, col1 = 0;  // cell = row * 1000 + col
  int64_t first_cell() const { return row0 * 1000 + col0; }
  int64_t last_cell() const { return row1 * 1000 + col1; }
  int64_t cells() const { return (row1 - row0 + 1) * (col1 - col0 + 1); }
};
NearBox BoxAround(const EventFilter::Near& near);

// The SELECT list and FROM clause shared by event reads, and the row decoder.
extern const char* const kEventSelect;
void ReadEventRow(const Stmt& stmt, EventRecord* e);

}  // namespace faultline::store
