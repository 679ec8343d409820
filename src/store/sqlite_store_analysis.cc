// Clusters and alerts: written by analyse/, read by `faultline query`, `alerts` and the
// dashboard.
#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "store/sqlite_store.h"

namespace faultline::store {
namespace {

// Everything a cluster says but its id, as bytes: two equal contents are the same cluster.
class ContentKey {
 public:
  explicit ContentKey(const ClusterRecord& c) {
    for (const std::string* f :
         {&c.root, &c.code, &c.source_code, &c.target_code, &c.date, &c.date_end, &c.country,
          &c.admin1, &c.place_name, &c.cell, &c.confidence_tier, &c.sentence, &c.url}) {
      Add(*f);
    }
    for (int64_t v : {int64_t{c.quad_class}, int64_t{c.num_mentions}, int64_t{c.num_articles},
                      int64_t{c.num_sources}}) {
      Add(v);
    }
    Add(c.goldstein);
    for (const std::optional<double>* v : {&c.lat, &c.lon, &c.killed, &c.displaced}) {
      Add(int64_t{v->has_value()});
      Add(v->value_or(0));
    }
    Add(static_cast<int64_t>(c.sources.size()));
    for (const std::string& x : c.sources) Add(x);
    // As a set: the store reads mentions back in id order, de-duplication lists them by day.
    std::vector<int64_t> mentions = c.mention_ids;
    std::sort(mentions.begin(), mentions.end());
    Add(static_cast<int64_t>(mentions.size()));
    for (int64_t m : mentions) Add(m);
  }
  const std::string& bytes() const { return bytes_; }

 private:
  void Add(int64_t v) { bytes_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Add(double v) {
    int64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    Add(bits);
  }
  void Add(const std::string& s) {
    Add(static_cast<int64_t>(s.size()));
    bytes_ += s;
  }
  std::string bytes_;
};

}  // namespace

Status SqliteStore::ReplaceClusters(std::vector<ClusterRecord>* clusters) {
  // A recomputation finds most clusters again unchanged: those keep their rows and ids
  // (alert evidence cites them) and only the others are rewritten. Rewriting every
  // mention link was three quarters of one article's ingest into a million-event store.
  std::unordered_map<std::string, int64_t> stored;
  FL_RETURN_IF_ERROR(ForEachCluster([&](const ClusterRecord& c) {
    stored.emplace(ContentKey(c).bytes(), c.id);
    return true;
  }));
  std::vector<ClusterRecord*> added;
  for (ClusterRecord& c : *clusters) {
    auto it = stored.find(ContentKey(c).bytes());
    if (it != stored.end()) {
      c.id = it->second;  // kept
      stored.erase(it);
    } else {
      added.push_back(&c);
    }
  }
  Transaction tx(&db_);
  FL_RETURN_IF_ERROR(tx.Begin());
  Stmt unlink, del;
  FL_RETURN_IF_ERROR(
      db_.Prepare("UPDATE events SET cluster_id = NULL WHERE cluster_id = ?", &unlink));
  FL_RETURN_IF_ERROR(db_.Prepare("DELETE FROM clusters WHERE id = ?", &del));
  for (const auto& [content, id] : stored) {  // what is left is gone
    unlink.Bind(1, id);
    FL_RETURN_IF_ERROR(unlink.Run());
    del.Bind(1, id);
    FL_RETURN_IF_ERROR(del.Run());
  }
  Stmt ins, link;
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT INTO clusters(root, code, source_code, target_code, quad_class, goldstein, date, "
      "date_end, country, admin1, place_name, cell, lat, lon, num_mentions, num_articles, "
      "num_sources, confidence_tier, killed, displaced, sources, sentence, url) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      &ins));
  FL_RETURN_IF_ERROR(db_.Prepare("UPDATE events SET cluster_id = ? WHERE id = ?", &link));
  for (ClusterRecord* added_cluster : added) {
    ClusterRecord& c = *added_cluster;
    int i = 1;
    ins.Bind(i++, c.root);
    ins.Bind(i++, c.code);
    ins.Bind(i++, c.source_code);
    ins.Bind(i++, c.target_code);
    ins.Bind(i++, int64_t{c.quad_class});
    ins.Bind(i++, c.goldstein);
    ins.Bind(i++, c.date);
    ins.Bind(i++, c.date_end);
    ins.Bind(i++, c.country);
    ins.Bind(i++, c.admin1);
    ins.Bind(i++, c.place_name);
    ins.Bind(i++, c.cell);
    ins.Bind(i++, c.lat);
    ins.Bind(i++, c.lon);
    ins.Bind(i++, int64_t{c.num_mentions});
    ins.Bind(i++, int64_t{c.num_articles});
    ins.Bind(i++, int64_t{c.num_sources});
    ins.Bind(i++, c.confidence_tier);
    ins.Bind(i++, c.killed);
    ins.Bind(i++, c.displaced);
    ins.Bind(i++, nlohmann::json(c.sources).dump());
    ins.Bind(i++, c.sentence);
    ins.Bind(i++, c.url);
    FL_RETURN_IF_ERROR(ins.Run());
    c.id = db_.LastInsertId();
    for (int64_t m : c.mention_ids) {
      link.Bind(1, c.id);
      link.Bind(2, m);
      FL_RETURN_IF_ERROR(link.Run());
    }
  }
  return tx.Commit();
}

Status SqliteStore::ForEachCluster(const std::function<bool(const ClusterRecord&)>& fn) {
  Stmt q, mentions;
  FL_RETURN_IF_ERROR(db_.Prepare(
      "SELECT id, root, code, source_code, target_code, quad_class, goldstein, date, date_end, "
      "country, admin1, place_name, cell, lat, lon, num_mentions, num_articles, num_sources, "
      "confidence_tier, killed, displaced, sources, sentence, url FROM clusters ORDER BY id",
      &q));
  // Every cluster's mentions in one walk of the cluster index, merged with the clusters
  // in id order: a lookup per cluster was a random read each on a large store.
  FL_RETURN_IF_ERROR(db_.Prepare(
      "SELECT cluster_id, id FROM events WHERE cluster_id IS NOT NULL ORDER BY cluster_id, id",
      &mentions));
  Status s;
  Stmt::Step mention = mentions.Next(&s);
  for (;;) {
    Stmt::Step step = q.Next(&s);
    if (step == Stmt::Step::kError) return s;
    if (step == Stmt::Step::kDone) break;
    ClusterRecord c;
    int i = 0;
    c.id = q.Int(i++);
    c.root = q.Text(i++);
    c.code = q.Text(i++);
    c.source_code = q.Text(i++);
    c.target_code = q.Text(i++);
    c.quad_class = static_cast<int>(q.Int(i++));
    c.goldstein = q.Double(i++);
    c.date = q.Text(i++);
    c.date_end = q.Text(i++);
    c.country = q.Text(i++);
    c.admin1 = q.Text(i++);
    c.place_name = q.Text(i++);
    c.cell = q.Text(i++);
    c.lat = q.OptDouble(i++);
    c.lon = q.OptDouble(i++);
    c.num_mentions = static_cast<int>(q.Int(i++));
    c.num_articles = static_cast<int>(q.Int(i++));
    c.num_sources = static_cast<int>(q.Int(i++));
    c.confidence_tier = q.Text(i++);
    c.killed = q.OptDouble(i++);
    c.displaced = q.OptDouble(i++);
    nlohmann::json src = nlohmann::json::parse(q.Text(i++), nullptr, false);
    if (src.is_array()) c.sources = src.get<std::vector<std::string>>();
    c.sentence = q.Text(i++);
    c.url = q.Text(i++);
    for (; mention == Stmt::Step::kRow && mentions.Int(0) <= c.id; mention = mentions.Next(&s)) {
      if (mentions.Int(0) == c.id) c.mention_ids.push_back(mentions.Int(1));
    }
    if (mention == Stmt::Step::kError) return s;
    if (!fn(c)) break;
  }
  return Status::Ok();
}

Status SqliteStore::AddAlerts(const std::vector<AlertRecord>& alerts, int* added) {
  *added = 0;
  Transaction tx(&db_);
  FL_RETURN_IF_ERROR(tx.Begin());
  Stmt ins;
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT OR IGNORE INTO alerts(detector, level, key, quad_class, date, message, numbers, "
      "evidence, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
      &ins));
  for (const AlertRecord& a : alerts) {
    ins.Bind(1, a.detector);
    ins.Bind(2, a.level);
    ins.Bind(3, a.key);
    ins.Bind(4, int64_t{a.quad_class});
    ins.Bind(5, a.date);
    ins.Bind(6, a.message);
    ins.Bind(7, a.numbers_json);
    ins.Bind(8, a.evidence_json);
    FL_RETURN_IF_ERROR(ins.Run());
    *added += sqlite3_changes(db_.handle());
  }
  return tx.Commit();
}

Status SqliteStore::ListAlerts(const std::string& since, std::vector<AlertRecord>* alerts) {
  Stmt q;
  FL_RETURN_IF_ERROR(db_.Prepare(
      "SELECT id, detector, level, key, quad_class, date, message, numbers, evidence FROM alerts "
      "WHERE date >= ? ORDER BY date, id",
      &q));
  q.Bind(1, since);
  Status s;
  for (;;) {
    Stmt::Step step = q.Next(&s);
    if (step == Stmt::Step::kError) return s;
    if (step == Stmt::Step::kDone) break;
    AlertRecord a;
    a.id = q.Int(0);
    a.detector = q.Text(1);
    a.level = q.Text(2);
    a.key = q.Text(3);
    a.quad_class = static_cast<int>(q.Int(4));
    a.date = q.Text(5);
    a.message = q.Text(6);
    a.numbers_json = q.Text(7);
    a.evidence_json = q.Text(8);
    alerts->push_back(std::move(a));
  }
  return Status::Ok();
}

}  // namespace faultline::store
