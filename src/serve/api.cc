#include "serve/api.h"

#include <algorithm>
#include <cstdio>

#include "util/json_writer.h"

namespace faultline::serve {
namespace {

ApiResponse JsonResponse(const Json& j) {
  ApiResponse r;
  r.body = Dump(j);
  return r;
}

std::optional<ParamError> BadId(std::string_view what, std::string_view raw) {
  ParamError e;
  e.parameter = std::string(what);
  e.value = std::string(raw);
  e.message = std::string(what) + " must be a positive integer, got " + QuoteValue(raw);
  return e;
}

}  // namespace

Status OpenConnection(const std::string& db_path, Connection* c) {
  FL_RETURN_IF_ERROR(OpenSqliteStore(db_path, &c->store));
  return c->queries.Open(db_path);
}

ApiResponse BadRequest(const ParamError& e) {
  ApiResponse r;
  r.status = 400;
  r.body = ErrorBody(e.message, Json{{"parameter", e.parameter}, {"value", e.value}});
  return r;
}

ApiResponse ErrorResponse(int status, const std::string& message) {
  ApiResponse r;
  r.status = status;
  r.body = ErrorBody(message);
  return r;
}

ApiResponse StoreFailure(const Status& s, const store::ServeQueries& q) {
  if (s.code() == Status::Code::kNotFound) return ErrorResponse(404, s.message());
  if (q.timed_out()) {
    return ErrorResponse(503,
                         "the query ran out of time; narrow the filters (since, until, "
                         "country, root) and try again");
  }
  // The details stay in the server log: they may name files and SQL.
  std::fprintf(stderr, "faultline serve: store error: %s\n", s.ToString().c_str());
  return ErrorResponse(500, "store error");
}

ApiResponse Api::Events(const Params& params, Connection& c) const {
  ParamReader r(params, EventParams({"limit", "cursor"}));
  store::EventQuery q;
  ReadEventFilters(r, options_.limits, &q);
  const int64_t limit =
      r.Integer("limit", 1, options_.limits.max_page).value_or(options_.limits.default_page);
  q.before = r.Cursor("cursor");
  if (r.error()) return BadRequest(*r.error());
  // One row more than the page tells whether there is a next page.
  q.limit = limit + 1;
  ApiResponse resp;
  std::string& out = resp.body;
  out = "{\"events\":[";
  std::string last_date, next;
  int64_t last_id = 0, n = 0;
  c.queries.StartClock(options_.query_budget);
  Status s = c.queries.Events(q, [&](const EventRecord& e) {
    if (n == limit) {
      next = EncodeCursor(last_date, last_id);
      return false;
    }
    if (n > 0) out += ',';
    AppendEventJson(&out, e, /*detail=*/false);
    last_date = e.date;
    last_id = e.id;
    ++n;
    return true;
  });
  if (!s.ok()) return StoreFailure(s, c.queries);
  JsonWriter w(&out);
  w.Close(']');
  w.Int("count", n);
  w.Int("limit", limit);
  w.StrOrNull("next", next);
  w.Close('}');
  return resp;
}

ApiResponse Api::Event(std::string_view raw_id, const Params& params, Connection& c) const {
  ParamReader r(params, {});
  if (r.error()) return BadRequest(*r.error());
  const std::optional<int64_t> id = ParseId(raw_id);
  if (!id) return BadRequest(*BadId("event id", raw_id));
  EventRecord e;
  Status s = c.store->GetEvent(*id, &e);
  if (!s.ok()) return StoreFailure(s, c.queries);
  Json j;
  j["event"] = EventJson(e, /*detail=*/true);
  j["cluster"] = nullptr;
  Json mentions = Json::array();
  if (e.cluster_id != 0) {
    c.queries.StartClock(options_.query_budget);
    ClusterRecord cluster;
    s = c.queries.GetCluster(e.cluster_id, &cluster);
    if (s.ok()) j["cluster"] = ClusterJson(cluster);
    std::vector<EventRecord> members;
    s = c.queries.EventsOfCluster(e.cluster_id, &members);
    if (!s.ok()) return StoreFailure(s, c.queries);
    for (const EventRecord& m : members) mentions.push_back(EventJson(m, false));
  }
  // An event not (yet) de-duplicated is its own single mention.
  if (mentions.empty()) mentions.push_back(EventJson(e, false));
  j["mentions"] = std::move(mentions);
  return JsonResponse(j);
}

ApiResponse Api::Article(std::string_view raw_id, const Params& params, Connection& c) const {
  ParamReader r(params, {});
  if (r.error()) return BadRequest(*r.error());
  const std::optional<int64_t> id = ParseId(raw_id);
  if (!id) return BadRequest(*BadId("article id", raw_id));
  StoredArticle a;
  Status s = c.store->GetArticle(*id, &a);
  if (!s.ok()) return StoreFailure(s, c.queries);
  std::vector<EventRecord> events;
  c.queries.StartClock(options_.query_budget);
  s = c.queries.EventsOfArticle(*id, &events);
  if (!s.ok()) return StoreFailure(s, c.queries);

  Json layers = Json::parse(a.annotations_json, nullptr, /*allow_exceptions=*/false);
  if (!layers.is_object()) layers = Json::object();
  layers.erase("id");
  layers.erase("date");
  // Stored event rows are written in the order of the article JSON's events, so the i-th
  // row is the i-th event: give each span its id for linking to /api/events/{id}.
  auto it = layers.find("events");
  if (it != layers.end() && it->is_array() && it->size() == events.size()) {
    for (size_t i = 0; i < events.size(); ++i) (*it)[i]["id"] = events[i].id;
  }
  Json article;
  article["id"] = a.id;
  article["external_id"] = a.external_id;
  article["title"] = a.title;
  article["url"] = a.url.empty() ? Json(nullptr) : Json(a.url);
  article["source"] = a.source;
  article["date"] = a.date.empty() ? Json(nullptr) : Json(a.date);
  article["text"] = a.text;
  Json j;
  j["article"] = std::move(article);
  j["layers"] = std::move(layers);
  Json evs = Json::array();
  for (const EventRecord& e : events) evs.push_back(EventJson(e, false));
  j["events"] = std::move(evs);
  j["sentences"] = SentencesWithEvents(a.text, events);
  return JsonResponse(j);
}

ApiResponse Api::Places(const Params& params, Connection& c) const {
  ParamReader r(params, EventParams({"limit"}));
  store::EventQuery q;
  ReadEventFilters(r, options_.limits, &q);
  q.limit = r.Integer("limit", 1, options_.limits.max_places).value_or(1000);
  if (r.error()) return BadRequest(*r.error());
  std::vector<store::PlaceRow> rows;
  c.queries.StartClock(options_.query_budget);
  Status s = c.queries.Places(q, &rows);
  if (!s.ok()) return StoreFailure(s, c.queries);
  Json places = Json::array();
  for (const store::PlaceRow& p : rows) places.push_back(PlaceJson(p));
  return JsonResponse(Json{{"places", std::move(places)}});
}

ApiResponse Api::Series(const Params& params, Connection& c) const {
  ParamReader r(params, EventParams({}));
  store::EventQuery q;
  ReadEventFilters(r, options_.limits, &q);
  if (r.error()) return BadRequest(*r.error());
  std::vector<store::SeriesRow> rows;
  c.queries.StartClock(options_.query_budget);
  Status s = c.queries.Series(q, &rows);
  if (!s.ok()) return StoreFailure(s, c.queries);
  // Columns, as the timeline plots them: dates and one array per quad class.
  Json dates = Json::array();
  Json quads = Json::array({Json::array(), Json::array(), Json::array(), Json::array()});
  for (const store::SeriesRow& row : rows) {
    dates.push_back(row.date);
    for (int i = 0; i < 4; ++i) quads[i].push_back(row.by_quad[i]);
  }
  Json j;
  j["dates"] = std::move(dates);
  j["quad_classes"] = Json::array(
      {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"});
  j["counts"] = std::move(quads);
  return JsonResponse(j);
}

ApiResponse Api::Quotes(const Params& params, Connection& c) const {
  ParamReader r(params, {"speaker", "name", "text", "since", "until", "direct", "limit", "cursor"});
  store::QuoteQuery q;
  q.speaker = r.Actor("speaker").value_or("");
  q.name = r.Text("name", options_.limits.max_text_bytes).value_or("");
  q.text = r.Text("text", options_.limits.max_text_bytes).value_or("");
  q.since = r.Date("since").value_or("");
  q.until = r.Date("until").value_or("");
  q.direct_only = r.Integer("direct", 0, 1).value_or(0) == 1;
  const int64_t limit =
      r.Integer("limit", 1, options_.limits.max_page).value_or(options_.limits.default_page);
  // The cursor is the id of the last quote of the previous page.
  q.before_id = r.Integer("cursor", 1, int64_t{999999999999999999}).value_or(0);
  if (!r.error() && !q.since.empty() && !q.until.empty() && q.since > q.until) {
    r.Fail("since", q.since, "is after until '" + q.until + "'");
  }
  if (r.error()) return BadRequest(*r.error());
  q.limit = limit + 1;  // one more tells whether there is a next page
  std::vector<store::QuoteRow> rows;
  c.queries.StartClock(options_.query_budget);
  Status s = c.queries.Quotes(q, &rows);
  if (!s.ok()) return StoreFailure(s, c.queries);
  Json next = nullptr;
  if (std::ssize(rows) > limit) {
    rows.resize(static_cast<size_t>(limit));
    next = std::to_string(rows.back().id);
  }
  Json quotes = Json::array();
  for (const store::QuoteRow& row : rows) quotes.push_back(QuoteJson(row));
  Json j;
  j["quotes"] = std::move(quotes);
  j["count"] = rows.size();
  j["limit"] = limit;
  j["next"] = std::move(next);
  return JsonResponse(j);
}

ApiResponse Api::Alerts(const Params& params, Connection& c) const {
  ParamReader r(params, {"since", "until", "detector", "limit"});
  const std::string since = r.Date("since").value_or("");
  const std::string until = r.Date("until").value_or("");
  const std::string detector = r.OneOf("detector", {"spike", "shift", "record"}).value_or("");
  const int64_t limit = r.Integer("limit", 1, options_.limits.max_page).value_or(200);
  if (r.error()) return BadRequest(*r.error());
  std::vector<AlertRecord> alerts;
  Status s = c.store->ListAlerts(since, &alerts);
  if (!s.ok()) return StoreFailure(s, c.queries);
  Json out = Json::array();
  // ListAlerts is oldest first; the panel wants the newest on top.
  for (auto it = alerts.rbegin(); it != alerts.rend() && std::ssize(out) < limit; ++it) {
    if (!until.empty() && it->date > until) continue;
    if (!detector.empty() && it->detector != detector) continue;
    out.push_back(AlertJson(*it));
  }
  return JsonResponse(Json{{"alerts", std::move(out)}});
}

ApiResponse Api::Stats(const Params& params, Connection& c) const {
  ParamReader r(params, {});
  if (r.error()) return BadRequest(*r.error());
  StoreStats st;
  Status s = c.store->Stats(&st);
  if (!s.ok()) return StoreFailure(s, c.queries);
  Json j;
  j["articles"] = st.articles;
  j["events"] = st.events;
  j["clusters"] = st.clusters;
  j["alerts"] = st.alerts;
  j["ingest"] = options_.ingest_enabled;
  return JsonResponse(j);
}

}  // namespace faultline::serve
