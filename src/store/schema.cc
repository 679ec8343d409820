#include "store/schema.h"

#include <string>
#include <vector>

namespace faultline::store {
namespace {

struct Migration {
  int version;
  const char* sql;
};

// Append only: a released migration never changes, a fix is a new number.
const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, R"sql(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, external_id TEXT NOT NULL,
  url TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL,
  text TEXT NOT NULL, annotations TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE events (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL, sentence_text TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover_type TEXT NOT NULL, plover_mode TEXT NOT NULL,
  source_code TEXT NOT NULL, source_name TEXT NOT NULL,
  target_code TEXT NOT NULL, target_name TEXT NOT NULL,
  date TEXT NOT NULL, date_precision TEXT NOT NULL,
  place_index INTEGER, place_name TEXT NOT NULL, lat REAL, lon REAL,
  country TEXT NOT NULL, admin1 TEXT NOT NULL, geonameid INTEGER NOT NULL,
  place_precision INTEGER NOT NULL,
  negated INTEGER NOT NULL, modality TEXT NOT NULL, attributed_to TEXT NOT NULL,
  confidence REAL NOT NULL, killed REAL, displaced REAL,
  counts TEXT NOT NULL, provenance TEXT NOT NULL, cluster_id INTEGER);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_country_date ON events(country, date);
CREATE INDEX events_root_date ON events(root, date);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_latlon ON events(lat, lon);

CREATE TABLE actor_mentions (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  sentence INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, entries TEXT NOT NULL);
CREATE INDEX actor_mentions_article ON actor_mentions(article_id);
CREATE INDEX actor_mentions_code ON actor_mentions(code);

CREATE TABLE places (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, country TEXT NOT NULL,
  admin1 TEXT NOT NULL, feature TEXT NOT NULL, geonameid INTEGER NOT NULL,
  precision INTEGER NOT NULL);
CREATE INDEX places_article ON places(article_id);

CREATE TABLE timex (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX timex_article ON timex(article_id);

CREATE TABLE counts (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  quantity REAL, low REAL, high REAL, qualifier TEXT NOT NULL, category TEXT NOT NULL,
  unit TEXT NOT NULL);
CREATE INDEX counts_article ON counts(article_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  direct INTEGER NOT NULL, speaker_name TEXT NOT NULL, speaker_code TEXT NOT NULL,
  medium TEXT NOT NULL);
CREATE INDEX quotes_article ON quotes(article_id);

CREATE TABLE clusters (
  id INTEGER PRIMARY KEY, root TEXT NOT NULL, code TEXT NOT NULL,
  source_code TEXT NOT NULL, target_code TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL, date TEXT NOT NULL, date_end TEXT NOT NULL,
  country TEXT NOT NULL, admin1 TEXT NOT NULL, place_name TEXT NOT NULL, cell TEXT NOT NULL,
  lat REAL, lon REAL, num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL, confidence_tier TEXT NOT NULL, killed REAL, displaced REAL,
  sources TEXT NOT NULL, sentence TEXT NOT NULL, url TEXT NOT NULL);
CREATE INDEX clusters_date ON clusters(date);
CREATE INDEX clusters_country_date ON clusters(country, date);

CREATE TABLE alerts (
  id INTEGER PRIMARY KEY, detector TEXT NOT NULL, level TEXT NOT NULL, key TEXT NOT NULL,
  quad_class INTEGER NOT NULL, date TEXT NOT NULL, message TEXT NOT NULL,
  numbers TEXT NOT NULL, evidence TEXT NOT NULL, created_at TEXT NOT NULL,
  UNIQUE (detector, level, key, quad_class, date));
CREATE INDEX alerts_date ON alerts(date);
)sql"},
      // The API lists events newest first under filters (serve_queries.h): an actor code
      // and a 0.5-degree cell each get an index ordered by date, so one key's newest
      // events are a plain index walk (the cell's also holds lat and lon, so the walk
      // checks the radius without reading rows). They replace the indexes on the bare
      // codes and on (lat, lon), which these serve as well.
      {2, R"sql(
DROP INDEX events_source;
DROP INDEX events_target;
DROP INDEX events_latlon;
CREATE INDEX events_source_date ON events(source_code, date);
CREATE INDEX events_target_date ON events(target_code, date);
ALTER TABLE events ADD COLUMN cell INTEGER GENERATED ALWAYS AS (
  CAST((lat + 90) * 2 AS INTEGER) * 1000 + CAST((lon + 180) * 2 AS INTEGER)) VIRTUAL;
CREATE INDEX events_cell_date ON events(cell, date, lat, lon);
)sql"},
  };
  return kMigrations;
}

}  // namespace

int LatestSchemaVersion() { return Migrations().back().version; }

Status Migrate(Db* db) { return MigrateTo(db, LatestSchemaVersion()); }

Status MigrateTo(Db* db, int version) {
  FL_RETURN_IF_ERROR(
      db->Exec("CREATE TABLE IF NOT EXISTS schema_version ("
               "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
  Stmt current;
  FL_RETURN_IF_ERROR(db->Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_version", &current));
  Status s;
  if (current.Next(&s) != Stmt::Step::kRow) return s;
  const int64_t have = current.Int(0);
  current.Reset();
  if (have > LatestSchemaVersion()) {
    return Status::Unsupported("database schema version " + std::to_string(have) +
                               " is newer than this faultline (" +
                               std::to_string(LatestSchemaVersion()) + ")");
  }
  Stmt record;
  FL_RETURN_IF_ERROR(db->Prepare(
      "INSERT INTO schema_version(version, applied_at) VALUES (?, datetime('now'))", &record));
  for (const Migration& m : Migrations()) {
    if (m.version <= have || m.version > version) continue;
    Transaction tx(db);
    FL_RETURN_IF_ERROR(tx.Begin());
    Status applied = db->Exec(m.sql);
    if (!applied.ok()) {
      return Status::Corruption("schema migration " + std::to_string(m.version) + ": " +
                                applied.message());
    }
    record.Bind(1, static_cast<int64_t>(m.version));
    FL_RETURN_IF_ERROR(record.Run());
    FL_RETURN_IF_ERROR(tx.Commit());
  }
  return Status::Ok();
}

}  // namespace faultline::store
