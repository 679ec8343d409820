// SqliteStore: the default EventStore, one SQLite file in WAL mode (readers never block
// the writer, and a killed writer leaves only whole transactions behind). Statements
// used per article are prepared once and reused; the schema lives in schema.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "faultline/event_store.h"
#include "store/sqlite_db.h"
#include "util/utf8.h"

namespace faultline::store {

class SqliteStore : public EventStore {
 public:
  Status Open(const std::string& path);

  Status HasArticle(const std::string& content_hash, bool* present) override;
  Status AddArticle(const Document& doc, bool* added) override;
  Status GetArticle(int64_t id, StoredArticle* article) override;
  Status ForEachEvent(const EventFilter& filter,
                      const std::function<bool(const EventRecord&)>& fn) override;
  Status GetEvent(int64_t id, EventRecord* event) override;
  Status ReplaceClusters(const std::vector<ClusterRecord>& clusters) override;
  Status ForEachCluster(const std::function<bool(const ClusterRecord&)>& fn) override;
  Status AddAlerts(const std::vector<AlertRecord>& alerts, int* added) override;
  Status ListAlerts(const std::string& since, std::vector<AlertRecord>* alerts) override;
  Status Stats(StoreStats* stats) override;

 private:
  Status PrepareWriters();
  Status WriteEvents(const Document& doc, const utf8::OffsetMap& map, int64_t article_id);
  Status WriteLayers(const Document& doc, const utf8::OffsetMap& map, int64_t article_id);

  Db db_;
  Stmt has_article_, insert_article_, insert_event_, insert_actor_, insert_place_, insert_timex_,
      insert_count_, insert_quote_;
  std::string annotations_;  // reused across articles
};

// The SELECT list and FROM clause shared by event reads, and the row decoder.
extern const char* const kEventSelect;
void ReadEventRow(const Stmt& stmt, EventRecord* e);

}  // namespace faultline::store
