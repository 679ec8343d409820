#include "store/sqlite_store.h"

#include "store/schema.h"

namespace faultline {

Status OpenSqliteStore(const std::string& path, std::unique_ptr<EventStore>* out) {
  auto store = std::make_unique<store::SqliteStore>();
  FL_RETURN_IF_ERROR(store->Open(path));
  *out = std::move(store);
  return Status::Ok();
}

namespace store {

Status SqliteStore::Open(const std::string& path) {
  FL_RETURN_IF_ERROR(db_.Open(path));
  // WAL: readers keep going while ingest writes; NORMAL sync is durable at each commit
  // against a process kill (only an OS crash may lose the last commits, never corrupt).
  FL_RETURN_IF_ERROR(db_.Exec("PRAGMA journal_mode=WAL"));
  FL_RETURN_IF_ERROR(db_.Exec("PRAGMA synchronous=NORMAL"));
  FL_RETURN_IF_ERROR(db_.Exec("PRAGMA foreign_keys=ON"));
  // Checkpoints are where WAL mode syncs; fewer, larger ones keep ingest off the disk's
  // latency (the WAL is truncated back after each).
  FL_RETURN_IF_ERROR(db_.Exec("PRAGMA wal_autocheckpoint=16384"));
  FL_RETURN_IF_ERROR(db_.Exec("PRAGMA journal_size_limit=67108864"));
  FL_RETURN_IF_ERROR(db_.Exec("PRAGMA cache_size=-65536"));
  // Savepoint journals (AddArticles) and sorts in memory, not in temporary files.
  FL_RETURN_IF_ERROR(db_.Exec("PRAGMA temp_store=MEMORY"));
  FL_RETURN_IF_ERROR(Migrate(&db_));
  return PrepareWriters();
}

Status SqliteStore::HasArticle(const std::string& content_hash, bool* present) {
  has_article_.Bind(1, content_hash);
  Status s;
  Stmt::Step step = has_article_.Next(&s);
  has_article_.Reset();
  if (step == Stmt::Step::kError) return s;
  *present = step == Stmt::Step::kRow;
  return Status::Ok();
}

Status SqliteStore::GetArticle(int64_t id, StoredArticle* a) {
  Stmt q;
  FL_RETURN_IF_ERROR(db_.Prepare(
      "SELECT id, content_hash, external_id, url, source, title, date, text, annotations "
      "FROM articles WHERE id = ?",
      &q));
  q.Bind(1, id);
  Status s;
  Stmt::Step step = q.Next(&s);
  if (step == Stmt::Step::kError) return s;
  if (step == Stmt::Step::kDone) return Status::NotFound("no article " + std::to_string(id));
  a->id = q.Int(0);
  a->content_hash = q.Text(1);
  a->external_id = q.Text(2);
  a->url = q.Text(3);
  a->source = q.Text(4);
  a->title = q.Text(5);
  a->date = q.Text(6);
  a->text = q.Text(7);
  a->annotations_json = q.Text(8);
  return Status::Ok();
}

Status SqliteStore::Stats(StoreStats* stats) {
  Stmt q;
  FL_RETURN_IF_ERROR(db_.Prepare(
      "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events), "
      "(SELECT COUNT(*) FROM clusters), (SELECT COUNT(*) FROM alerts)",
      &q));
  Status s;
  if (q.Next(&s) != Stmt::Step::kRow) return s;
  stats->articles = q.Int(0);
  stats->events = q.Int(1);
  stats->clusters = q.Int(2);
  stats->alerts = q.Int(3);
  return Status::Ok();
}

}  // namespace store
}  // namespace faultline
