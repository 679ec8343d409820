// The read path for event mentions: filters become fixed SQL fragments with bound
// parameters; the --near radius is a bounding box in SQL refined by great-circle
// distance here.
#include <algorithm>
#include <cmath>
#include <vector>

#include "store/sqlite_store.h"

namespace faultline::store {

const char* const kEventSelect =
    "SELECT e.id, e.article_id, COALESCE(e.cluster_id, 0), e.sentence, e.code, e.root, "
    "e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.source_code, e.source_name, "
    "e.target_code, e.target_name, e.date, e.date_precision, e.place_name, e.country, e.admin1, "
    "e.lat, e.lon, e.geonameid, e.place_precision, e.negated, e.modality, e.attributed_to, "
    "e.confidence, e.trigger_text, e.sentence_text, e.killed, e.displaced, e.provenance, "
    "a.date, a.url, a.source, a.title, COALESCE(c.num_mentions, 0), "
    "COALESCE(c.num_articles, 0), COALESCE(c.num_sources, 0), COALESCE(c.confidence_tier, '') "
    "FROM events e JOIN articles a ON a.id = e.article_id "
    "LEFT JOIN clusters c ON c.id = e.cluster_id";

// Strings are assigned in place, so a record reused across rows keeps its buffers.
void ReadEventRow(const Stmt& q, EventRecord* e) {
  int c = 0;
  e->id = q.Int(c++);
  e->article_id = q.Int(c++);
  e->cluster_id = q.Int(c++);
  e->sentence = static_cast<int>(q.Int(c++));
  q.TextTo(c++, &e->code);
  q.TextTo(c++, &e->root);
  e->quad_class = static_cast<int>(q.Int(c++));
  e->goldstein = q.Double(c++);
  q.TextTo(c++, &e->plover_type);
  q.TextTo(c++, &e->plover_mode);
  q.TextTo(c++, &e->source_code);
  q.TextTo(c++, &e->source_name);
  q.TextTo(c++, &e->target_code);
  q.TextTo(c++, &e->target_name);
  q.TextTo(c++, &e->date);
  q.TextTo(c++, &e->date_precision);
  q.TextTo(c++, &e->place_name);
  q.TextTo(c++, &e->country);
  q.TextTo(c++, &e->admin1);
  e->lat = q.OptDouble(c++);
  e->lon = q.OptDouble(c++);
  e->geonameid = q.Int(c++);
  e->place_precision = static_cast<int>(q.Int(c++));
  e->negated = q.Int(c++) != 0;
  q.TextTo(c++, &e->modality);
  q.TextTo(c++, &e->attributed_to);
  e->confidence = q.Double(c++);
  q.TextTo(c++, &e->trigger_text);
  q.TextTo(c++, &e->sentence_text);
  e->killed = q.OptDouble(c++);
  e->displaced = q.OptDouble(c++);
  q.TextTo(c++, &e->provenance_json);
  q.TextTo(c++, &e->article_date);
  q.TextTo(c++, &e->url);
  q.TextTo(c++, &e->source);
  q.TextTo(c++, &e->title);
  e->num_mentions = static_cast<int>(q.Int(c++));
  e->num_articles = static_cast<int>(q.Int(c++));
  e->num_sources = static_cast<int>(q.Int(c++));
  q.TextTo(c++, &e->confidence_tier);
}

NearBox BoxAround(const EventFilter::Near& near) {
  NearBox b;
  const double dlat = near.km / 111.0;
  const double coslat = std::max(0.01, std::cos(near.lat * M_PI / 180));
  const double dlon = std::min(180.0, near.km / (111.0 * coslat));
  b.lat0 = near.lat - dlat;
  b.lat1 = near.lat + dlat;
  b.lon0 = near.lon - dlon;
  b.lon1 = near.lon + dlon;
  // The same arithmetic as the column's CAST (truncation of a non-negative number).
  auto row = [](double lat) {
    return static_cast<int64_t>((std::clamp(lat, -90.0, 90.0) + 90) * 2);
  };
  auto col = [](double lon) {
    return static_cast<int64_t>((std::clamp(lon, -180.0, 180.0) + 180) * 2);
  };
  b.row0 = row(b.lat0);
  b.row1 = row(b.lat1);
  b.col0 = col(b.lon0);
  b.col1 = col(b.lon1);
  return b;
}

namespace {

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(lat1 * kRad) *
                                                           std::cos(lat2 * kRad) *
                                                           std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

std::string EscapeLike(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

Status SqliteStore::ForEachEvent(const EventFilter& f,
                                 const std::function<bool(const EventRecord&)>& fn) {
  // Only constant fragments are appended; every value is a bound parameter.
  std::string sql = std::string(kEventSelect) + " WHERE e.id > ?";
  if (!f.country.empty()) sql += " AND e.country = ?";
  if (!f.actor.empty()) {
    sql += " AND (e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')";
  }
  if (!f.root.empty()) sql += " AND e.root = ?";
  if (!f.since.empty()) sql += " AND e.date >= ?";
  // A month-precision date "2019-12" sorts before "2019-12-31", so `until` compares on the
  // prefix of the same length.
  if (!f.until.empty()) sql += " AND substr(e.date, 1, 10) <= ?";
  if (f.near) {
    sql += " AND e.cell BETWEEN ? AND ? AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?";
  }
  if (f.one_per_cluster) {
    sql +=
        " AND e.cluster_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events x "
        "WHERE x.cluster_id = e.cluster_id AND x.id < e.id)";
  }
  sql += " ORDER BY e.id";
  Stmt q;
  FL_RETURN_IF_ERROR(db_.Prepare(sql, &q));
  int i = 1;
  q.Bind(i++, f.after_id);
  if (!f.country.empty()) q.Bind(i++, f.country);
  if (!f.actor.empty()) {
    const std::string like = EscapeLike(f.actor) + "%";
    q.Bind(i++, like);
    q.Bind(i++, like);
  }
  if (!f.root.empty()) q.Bind(i++, f.root);
  if (!f.since.empty()) q.Bind(i++, f.since);
  if (!f.until.empty()) q.Bind(i++, f.until);
  if (f.near) {
    const NearBox b = BoxAround(*f.near);
    q.Bind(i++, b.first_cell());
    q.Bind(i++, b.last_cell());
    q.Bind(i++, b.lat0);
    q.Bind(i++, b.lat1);
    q.Bind(i++, b.lon0);
    q.Bind(i++, b.lon1);
  }
  Status s;
  int64_t emitted = 0;
  EventRecord e;
  for (;;) {
    Stmt::Step step = q.Next(&s);
    if (step == Stmt::Step::kError) return s;
    if (step == Stmt::Step::kDone) break;
    ReadEventRow(q, &e);
    if (f.near && DistanceKm(f.near->lat, f.near->lon, *e.lat, *e.lon) > f.near->km) continue;
    if (!fn(e)) break;
    if (f.limit > 0 && ++emitted >= f.limit) break;
  }
  return Status::Ok();
}

Status SqliteStore::GetEvent(int64_t id, EventRecord* event) {
  Stmt q;
  FL_RETURN_IF_ERROR(db_.Prepare(std::string(kEventSelect) + " WHERE e.id = ?", &q));
  q.Bind(1, id);
  Status s;
  Stmt::Step step = q.Next(&s);
  if (step == Stmt::Step::kError) return s;
  if (step == Stmt::Step::kDone) return Status::NotFound("no event " + std::to_string(id));
  ReadEventRow(q, event);
  return Status::Ok();
}

}  // namespace faultline::store
