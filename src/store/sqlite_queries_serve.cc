// The API's read queries (serve_queries.h). Filters become constant SQL fragments with
// bound values, chosen so SQLite can use the schema's indexes: dates compare as strings
// on events_date / events_country_date / events_root_date (whose implicit rowid suffix
// gives (date, id) order for free), actor prefixes become ranges on events_source and
// events_target, and the --near radius is a bounding box refined by a great-circle
// distance function registered on this connection.
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <queue>
#include <tuple>
#include <variant>

#include "store/serve_queries.h"
#include "store/sqlite_store.h"

namespace faultline::store {
namespace {

using internal::Parts;
using internal::Stream;
using internal::Value;

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(lat1 * kRad) *
                                                           std::cos(lat2 * kRad) *
                                                           std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

// fl_km(lat1, lon1, lat2, lon2): great-circle distance; NULL when a coordinate is NULL.
void SqlDistance(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  for (int i = 0; i < argc; ++i) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
      sqlite3_result_null(ctx);
      return;
    }
  }
  sqlite3_result_double(ctx,
                        DistanceKm(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]),
                                   sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3])));
}

// The smallest string greater than every string starting with `prefix` (callers pass
// printable ASCII, so the last byte never overflows).
std::string PrefixEnd(std::string prefix) {
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

std::string AsciiLower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Appends the WHERE conditions of `q` (each starting with " AND ") and their values.
void BuildConditions(const EventQuery& q, Parts parts, std::string* sql,
                     std::vector<Value>* values) {
  const EventFilter& f = q.filter;
  if (!f.country.empty()) {
    *sql += " AND e.country = ?";
    values->push_back(f.country);
  }
  if (!f.actor.empty() && parts.actor == Parts::Actor::kIndexed) {
    *sql +=
        " AND ((e.source_code >= ? AND e.source_code < ?) OR "
        "(e.target_code >= ? AND e.target_code < ?))";
  } else if (!f.actor.empty() && parts.actor == Parts::Actor::kUnindexed) {
    *sql +=
        " AND ((+e.source_code >= ? AND +e.source_code < ?) OR "
        "(+e.target_code >= ? AND +e.target_code < ?))";
  }
  if (!f.actor.empty() && parts.actor != Parts::Actor::kOmitted) {
    for (int i = 0; i < 2; ++i) {
      values->push_back(f.actor);
      values->push_back(PrefixEnd(f.actor));
    }
  }
  if (!f.root.empty()) {
    *sql += " AND e.root = ?";
    values->push_back(f.root);
  }
  if (q.quad_class != 0) {
    *sql += " AND e.quad_class = ?";
    values->push_back(int64_t{q.quad_class});
  }
  // Dates are at most day precision, so a month "2019-12" falls inside until=2019-12-15,
  // as in SqliteStore::ForEachEvent, and plain string order needs no substr (which would
  // keep SQLite off the date indexes).
  if (!f.since.empty()) {
    *sql += " AND e.date >= ?";
    values->push_back(f.since);
  }
  if (!f.until.empty()) {
    *sql += " AND e.date <= ? AND e.date <> ''";
    values->push_back(f.until);
  }
  if (!q.text.empty()) {
    *sql += " AND (instr(lower(e.sentence_text), ?) > 0 OR instr(lower(e.trigger_text), ?) > 0)";
    values->push_back(AsciiLower(q.text));
    values->push_back(AsciiLower(q.text));
  }
  if (f.near) {
    // The cell range narrows an index walk on events_cell_date; the box and the
    // distance decide.
    const NearBox b = BoxAround(*f.near);
    *sql +=
        " AND e.cell BETWEEN ? AND ? AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ? "
        "AND fl_km(?, ?, e.lat, e.lon) <= ?";
    values->push_back(b.first_cell());
    values->push_back(b.last_cell());
    values->push_back(b.lat0);
    values->push_back(b.lat1);
    values->push_back(b.lon0);
    values->push_back(b.lon1);
    values->push_back(f.near->lat);
    values->push_back(f.near->lon);
    values->push_back(f.near->km);
  }
  // The first mention of each de-duplicated event stands for it (as in ForEachEvent).
  if (f.one_per_cluster) {
    *sql +=
        " AND e.cluster_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events x "
        "WHERE x.cluster_id = e.cluster_id AND x.id < e.id)";
  }
  if (parts.cursor && q.before) {
    // The plain date bound is what an index on (…, date) can seek to.
    *sql += " AND e.date <= ? AND (e.date, e.id) < (?, ?)";
    values->push_back(q.before->date);
    values->push_back(q.before->date);
    values->push_back(q.before->id);
  }
}

void BindAll(Stmt* st, const std::vector<Value>& values) {
  int i = 1;
  for (const Value& v : values) {
    std::visit([&](const auto& x) { st->Bind(i, x); }, v);
    ++i;
  }
}

// Resets a cached statement when the caller leaves, however it leaves.
class ResetOnExit {
 public:
  explicit ResetOnExit(Stmt* st) : st_(st) {}
  ~ResetOnExit() { st_->Reset(); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  Stmt* st_;
};

}  // namespace

Status ServeQueries::Open(const std::string& path) {
  FL_RETURN_IF_ERROR(db_.Open(path));
  FL_RETURN_IF_ERROR(db_.Exec("PRAGMA query_only=ON"));
  // Sorts of a fallback plan in memory, not in temporary files.
  FL_RETURN_IF_ERROR(db_.Exec("PRAGMA temp_store=MEMORY"));
  if (sqlite3_create_function(db_.handle(), "fl_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                              SqlDistance, nullptr, nullptr) != SQLITE_OK) {
    return Status::IoError("sqlite: cannot register fl_km");
  }
  // Checked every 1000 virtual machine steps: cheap, and fine-grained enough for
  // millisecond budgets.
  sqlite3_progress_handler(db_.handle(), 1000, &ServeQueries::OnProgress, this);
  return Status::Ok();
}

void ServeQueries::StartClock(std::chrono::milliseconds budget) {
  deadline_ = std::chrono::steady_clock::now() + budget;
  timed_out_ = false;
}

int ServeQueries::OnProgress(void* self) {
  auto* q = static_cast<ServeQueries*>(self);
  if (q->probe_steps_ > 0 && --q->probe_steps_ == 0) return 1;
  if (std::chrono::steady_clock::now() < q->deadline_) return 0;
  q->timed_out_ = true;
  return 1;  // SQLite aborts the statement with SQLITE_INTERRUPT
}

Status ServeQueries::Cached(const std::string& sql, Stmt** stmt, size_t copy) {
  std::deque<Stmt>& copies = cache_[sql];
  while (copies.size() <= copy) {
    Stmt st;
    FL_RETURN_IF_ERROR(db_.Prepare(sql, &st));
    copies.push_back(std::move(st));
  }
  *stmt = &copies[copy];
  return Status::Ok();
}

Status ServeQueries::Rows(const std::string& sql, const std::vector<Value>& values,
                          const std::function<bool(const Stmt&)>& row) {
  Stmt* st = nullptr;
  FL_RETURN_IF_ERROR(Cached(sql, &st));
  ResetOnExit reset(st);
  BindAll(st, values);
  Status s;
  for (;;) {
    Stmt::Step step = st->Next(&s);
    if (step == Stmt::Step::kError) return StepError(s);
    if (step == Stmt::Step::kDone || !row(*st)) return Status::Ok();
  }
}

Status ServeQueries::StepError(Status s) {
  if (probe_steps_ == 0) return Status::Unsupported("probe budget spent");
  if (timed_out_) return Status::Unsupported("query time limit exceeded");
  return s;
}

// Events newest first. SQLite walks one index in (date, id) order and stops after a
// page, which is fast when the filter's rows are dense in that order and slow when they
// are sparse: a rare actor means reading most of the date index, and an OR of two code
// ranges or a near box means sorting every match. For those filters the page can be
// merged from streams instead, one per index key the filter allows: each actor code
// under the prefix in source_code and in target_code (events_source_date,
// events_target_date), or each 0.5-degree cell that the near circle touches
// (events_cell_date). Each stream is an index walk already in (date, id) order that stops
// after a page; the pages are merged by (date, id) and the page's rows read by id.
//
// Streams are slow in turn when other filters are sparse among a key's rows (actor SYR
// with root 19 and country SY), and only SQLite's plan is fast then. So unless the actor
// or the circle is the only filter besides dates, SQLite's plan runs first on a small
// budget of steps, and the streams only when it runs out.
Status ServeQueries::Events(const EventQuery& q,
                            const std::function<bool(const EventRecord&)>& fn) {
  constexpr size_t kMaxCodes = 48;
  constexpr int64_t kMaxCells = 256;
  constexpr int kProbeSteps = 40;  // progress handler calls, 1000 VM steps each
  const EventFilter& f = q.filter;
  std::vector<Stream> keyed;
  bool too_many_codes = false;
  if (!f.actor.empty()) {
    for (const char* column : {"source_code", "target_code"}) {
      std::vector<std::string> codes;
      FL_RETURN_IF_ERROR(CodesWithPrefix(column, f.actor, kMaxCodes + 1, &codes));
      too_many_codes = too_many_codes || codes.size() > kMaxCodes;
      const char* from = column[0] == 's' ? " FROM events e INDEXED BY events_source_date "
                                            "WHERE e.source_code = ?"
                                          : " FROM events e INDEXED BY events_target_date "
                                            "WHERE e.target_code = ?";
      for (std::string& c : codes) keyed.push_back({from, std::move(c)});
    }
    if (too_many_codes) keyed.clear();
    // No code with the prefix: no rows.
    if (keyed.empty() && !too_many_codes) return Status::Ok();
  } else if (f.near && BoxAround(*f.near).cells() <= kMaxCells) {
    const NearBox b = BoxAround(*f.near);
    for (int64_t row = b.row0; row <= b.row1; ++row) {
      for (int64_t col = b.col0; col <= b.col1; ++col) {
        // The cell's point nearest to the centre decides whether the circle touches it.
        const double lat = std::clamp(f.near->lat, row / 2.0 - 90, (row + 1) / 2.0 - 90);
        const double lon = std::clamp(f.near->lon, col / 2.0 - 180, (col + 1) / 2.0 - 180);
        if (DistanceKm(f.near->lat, f.near->lon, lat, lon) > f.near->km) continue;
        keyed.push_back(
            {" FROM events e INDEXED BY events_cell_date WHERE e.cell = ?", row * 1000 + col});
      }
    }
    if (keyed.empty()) keyed.push_back({" FROM events e WHERE 0", std::nullopt});
  }

  const int64_t limit = q.limit > 0 ? q.limit : int64_t{-1};
  std::vector<std::pair<std::string, int64_t>> page;
  Parts parts;
  parts.cursor = true;
  const Stream whole{" FROM events e WHERE 1", std::nullopt};
  if (keyed.empty()) {
    parts.actor = too_many_codes ? Parts::Actor::kUnindexed : Parts::Actor::kIndexed;
    FL_RETURN_IF_ERROR(Page(q, parts, {whole}, limit, &page));
  } else {
    // The actor alone or the circle alone (dates aside) is what streams are for.
    const bool key_and_dates = (f.actor.empty() || !f.near) && f.country.empty() &&
                               f.root.empty() && q.quad_class == 0 && q.text.empty() &&
                               !f.one_per_cluster;
    bool probed = false;
    if (!key_and_dates) {
      parts.actor = Parts::Actor::kUnindexed;
      probe_steps_ = kProbeSteps;
      Status s = Page(q, parts, {whole}, limit, &page);
      const bool expired = probe_steps_ == 0;
      probe_steps_ = -1;
      if (!s.ok() && !expired) return s;
      probed = s.ok();
    }
    if (!probed) {
      page.clear();
      parts.actor = Parts::Actor::kOmitted;
      FL_RETURN_IF_ERROR(Page(q, parts, keyed, limit, &page));
    }
  }

  if (page.empty()) return Status::Ok();
  // The page's rows in one statement (ids as a JSON array), in the page's order.
  std::string ids = "[";
  for (const auto& entry : page) {
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(entry.second);
  }
  ids += ']';
  EventRecord e;
  return Rows(std::string(kEventSelect) +
                  " WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.date DESC, e.id DESC",
              {ids}, [&](const Stmt& st) {
                ReadEventRow(st, &e);
                return fn(e);
              });
}

Status ServeQueries::Page(const EventQuery& q, const Parts& parts,
                          const std::vector<Stream>& streams, int64_t limit,
                          std::vector<std::pair<std::string, int64_t>>* page) {
  // All streams step side by side, the one with the newest row first, so a stream whose
  // rows are sparse (a cell the circle barely touches) is read only down to the page's
  // oldest row rather than to a page of its own.
  struct Head {
    Stmt* st;
    std::string date;
    int64_t id;
    bool operator<(const Head& o) const { return std::tie(date, id) < std::tie(o.date, o.id); }
  };
  std::vector<Stmt*> open;
  struct ResetAll {
    std::vector<Stmt*>& open;
    ~ResetAll() {
      for (Stmt* st : open) st->Reset();
    }
  } reset_all{open};
  std::priority_queue<Head> heads;
  Status s;
  auto advance = [&](Stmt* st) {
    switch (st->Next(&s)) {
      case Stmt::Step::kRow:
        heads.push({st, st->Text(0), st->Int(1)});
        return true;
      case Stmt::Step::kDone:
        return true;
      case Stmt::Step::kError:
        return false;
    }
    return false;
  };
  std::map<std::string, size_t> copies;  // statements of one SQL text in use
  for (const Stream& stream : streams) {
    std::string sql = std::string("SELECT e.date, e.id") + stream.from;
    std::vector<Value> values;
    if (stream.key) values.push_back(*stream.key);
    BuildConditions(q, parts, &sql, &values);
    sql += " ORDER BY e.date DESC, e.id DESC LIMIT ?";
    values.emplace_back(limit);
    Stmt* st = nullptr;
    FL_RETURN_IF_ERROR(Cached(sql, &st, copies[sql]++));
    open.push_back(st);
    BindAll(st, values);
    if (!advance(st)) return StepError(s);
  }
  while (!heads.empty() && (limit < 0 || std::ssize(*page) < limit)) {
    Head h = heads.top();
    heads.pop();
    // An event in two streams (its source and target both match) comes out twice in a row.
    if (page->empty() || page->back().second != h.id) page->emplace_back(std::move(h.date), h.id);
    if (!advance(h.st)) return StepError(s);
  }
  return Status::Ok();
}

Status ServeQueries::CodesWithPrefix(const char* column, const std::string& prefix, size_t most,
                                     std::vector<std::string>* codes) {
  // One index seek per code: the smallest code after the last one found.
  const bool source = column[0] == 's';
  Stmt* first = nullptr;
  Stmt* next = nullptr;
  FL_RETURN_IF_ERROR(Cached(source ? "SELECT source_code FROM events WHERE source_code >= ? AND "
                                     "source_code < ? ORDER BY source_code LIMIT 1"
                                   : "SELECT target_code FROM events WHERE target_code >= ? AND "
                                     "target_code < ? ORDER BY target_code LIMIT 1",
                            &first));
  FL_RETURN_IF_ERROR(Cached(source ? "SELECT source_code FROM events WHERE source_code > ? AND "
                                     "source_code < ? ORDER BY source_code LIMIT 1"
                                   : "SELECT target_code FROM events WHERE target_code > ? AND "
                                     "target_code < ? ORDER BY target_code LIMIT 1",
                            &next));
  const std::string end = PrefixEnd(prefix);
  while (codes->size() < most) {
    Stmt* st = codes->empty() ? first : next;
    ResetOnExit reset(st);
    st->Bind(1, codes->empty() ? prefix : codes->back());
    st->Bind(2, end);
    Status s;
    Stmt::Step step = st->Next(&s);
    if (step == Stmt::Step::kError) return StepError(s);
    if (step == Stmt::Step::kDone) break;
    codes->push_back(st->Text(0));
  }
  return Status::Ok();
}

Status ServeQueries::Places(const EventQuery& q, std::vector<PlaceRow>* rows) {
  std::string sql =
      "SELECT e.place_name, e.country, e.admin1, e.lat, e.lon, e.geonameid, COUNT(*), "
      "SUM(e.quad_class = 1), SUM(e.quad_class = 2), SUM(e.quad_class = 3), "
      "SUM(e.quad_class = 4), MIN(e.date), MAX(e.date) FROM events e "
      "WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL";
  std::vector<Value> values;
  BuildConditions(q, Parts{}, &sql, &values);
  sql +=
      " GROUP BY e.geonameid, e.place_name, e.lat, e.lon ORDER BY COUNT(*) DESC, e.place_name "
      "LIMIT ?";
  values.emplace_back(q.limit > 0 ? q.limit : int64_t{-1});
  return Rows(sql, values, [&](const Stmt& st) {
    PlaceRow r;
    r.name = st.Text(0);
    r.country = st.Text(1);
    r.admin1 = st.Text(2);
    r.lat = st.Double(3);
    r.lon = st.Double(4);
    r.geonameid = st.Int(5);
    r.events = st.Int(6);
    for (int i = 0; i < 4; ++i) r.by_quad[i] = st.Int(7 + i);
    r.first_date = st.Text(11);
    r.last_date = st.Text(12);
    rows->push_back(std::move(r));
    return true;
  });
}

Status ServeQueries::Series(const EventQuery& q, std::vector<SeriesRow>* rows) {
  std::string sql =
      "SELECT e.date, SUM(e.quad_class = 1), SUM(e.quad_class = 2), SUM(e.quad_class = 3), "
      "SUM(e.quad_class = 4) FROM events e WHERE length(e.date) = 10";
  std::vector<Value> values;
  BuildConditions(q, Parts{}, &sql, &values);
  sql += " GROUP BY e.date ORDER BY e.date";
  return Rows(sql, values, [&](const Stmt& st) {
    SeriesRow r;
    r.date = st.Text(0);
    for (int i = 0; i < 4; ++i) r.by_quad[i] = st.Int(1 + i);
    rows->push_back(std::move(r));
    return true;
  });
}

Status ServeQueries::EventsOfArticle(int64_t article_id, std::vector<EventRecord>* events) {
  return Rows(std::string(kEventSelect) + " WHERE e.article_id = ? ORDER BY e.id", {article_id},
              [&](const Stmt& st) {
                ReadEventRow(st, &events->emplace_back());
                return true;
              });
}

Status ServeQueries::EventsOfCluster(int64_t cluster_id, std::vector<EventRecord>* events) {
  return Rows(std::string(kEventSelect) + " WHERE e.cluster_id = ? ORDER BY e.date, e.id",
              {cluster_id}, [&](const Stmt& st) {
                ReadEventRow(st, &events->emplace_back());
                return true;
              });
}

Status ServeQueries::GetCluster(int64_t id, ClusterRecord* c) {
  Stmt* st = nullptr;
  FL_RETURN_IF_ERROR(Cached(
      "SELECT id, root, code, source_code, target_code, quad_class, goldstein, date, date_end, "
      "country, admin1, place_name, cell, lat, lon, num_mentions, num_articles, num_sources, "
      "confidence_tier, killed, displaced, sources, sentence, url FROM clusters WHERE id = ?",
      &st));
  ResetOnExit reset(st);
  st->Bind(1, id);
  Status s;
  Stmt::Step step = st->Next(&s);
  if (step == Stmt::Step::kError) return StepError(s);
  if (step == Stmt::Step::kDone) return Status::NotFound("no cluster " + std::to_string(id));
  int i = 0;
  c->id = st->Int(i++);
  c->root = st->Text(i++);
  c->code = st->Text(i++);
  c->source_code = st->Text(i++);
  c->target_code = st->Text(i++);
  c->quad_class = static_cast<int>(st->Int(i++));
  c->goldstein = st->Double(i++);
  c->date = st->Text(i++);
  c->date_end = st->Text(i++);
  c->country = st->Text(i++);
  c->admin1 = st->Text(i++);
  c->place_name = st->Text(i++);
  c->cell = st->Text(i++);
  c->lat = st->OptDouble(i++);
  c->lon = st->OptDouble(i++);
  c->num_mentions = static_cast<int>(st->Int(i++));
  c->num_articles = static_cast<int>(st->Int(i++));
  c->num_sources = static_cast<int>(st->Int(i++));
  c->confidence_tier = st->Text(i++);
  c->killed = st->OptDouble(i++);
  c->displaced = st->OptDouble(i++);
  nlohmann::json src = nlohmann::json::parse(st->Text(i++), nullptr, false);
  if (src.is_array()) {
    for (const auto& x : src) {
      if (x.is_string()) c->sources.push_back(x.get<std::string>());
    }
  }
  c->sentence = st->Text(i++);
  c->url = st->Text(i++);
  return Status::Ok();
}

Status ServeQueries::Quotes(const QuoteQuery& q, std::vector<QuoteRow>* rows) {
  // Only constant fragments; every value is bound. The speaker prefix is a range on the
  // code, so "USA" finds USAGOV and USAMIL.
  std::string sql =
      "SELECT qu.id, qu.article_id, qu.start, qu.end, qu.text, qu.direct, qu.speaker_name, "
      "qu.speaker_code, qu.medium, a.date, a.title, a.url, a.source FROM quotes qu "
      "JOIN articles a ON a.id = qu.article_id WHERE 1";
  std::vector<Value> values;
  if (q.before_id > 0) {
    sql += " AND qu.id < ?";
    values.emplace_back(q.before_id);
  }
  if (!q.speaker.empty()) {
    sql += " AND qu.speaker_code >= ? AND qu.speaker_code < ?";
    values.emplace_back(q.speaker);
    values.emplace_back(PrefixEnd(q.speaker));
  }
  if (!q.name.empty()) {
    sql += " AND instr(lower(qu.speaker_name), ?) > 0";
    values.emplace_back(AsciiLower(q.name));
  }
  if (!q.text.empty()) {
    sql += " AND instr(lower(qu.text), ?) > 0";
    values.emplace_back(AsciiLower(q.text));
  }
  if (!q.since.empty()) {
    sql += " AND a.date >= ?";
    values.emplace_back(q.since);
  }
  if (!q.until.empty()) {
    sql += " AND substr(a.date, 1, 10) <= ?";
    values.emplace_back(q.until);
  }
  if (q.direct_only) sql += " AND qu.direct = 1";
  sql += " ORDER BY qu.id DESC";
  if (q.limit > 0) {
    sql += " LIMIT ?";
    values.emplace_back(q.limit);
  }
  return Rows(sql, values, [&](const Stmt& st) {
    QuoteRow& r = rows->emplace_back();
    int i = 0;
    r.id = st.Int(i++);
    r.article_id = st.Int(i++);
    r.start = st.Int(i++);
    r.end = st.Int(i++);
    r.text = st.Text(i++);
    r.direct = st.Int(i++) != 0;
    r.speaker_name = st.Text(i++);
    r.speaker_code = st.Text(i++);
    r.medium = st.Text(i++);
    r.date = st.Text(i++);
    r.title = st.Text(i++);
    r.url = st.Text(i++);
    r.source = st.Text(i++);
    return true;
  });
}

}  // namespace faultline::store
