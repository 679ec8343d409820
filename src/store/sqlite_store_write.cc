// The write path: one article and all its layers in one transaction. Rows are filled
// from the article JSON (pipeline/document_json.h) so stored spans are the same code
// point offsets users see in `faultline code` output.
#include <algorithm>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pipeline/document_json.h"
#include "store/sqlite_store.h"

namespace faultline::store {
namespace {

using Json = nlohmann::ordered_json;

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int64_t Int(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number() ? it->get<int64_t>() : 0;
}

std::optional<double> Num(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

bool IsDisplacement(std::string_view c) {
  return c == "displaced" || c == "fled" || c == "evacuated" || c == "relocated" ||
         c == "homeless" || c == "sheltered" || c == "in_relief_camp";
}

// A figure is credible when it is a number of people, not "dozens" or "thousands".
std::optional<double> CredibleFigure(const Count& c) {
  if (c.qualifier == "vague" || (c.unit != "people" && !c.unit.empty())) return std::nullopt;
  if (c.quantity) return c.quantity;
  if (c.high) return c.high;
  return c.low;
}

// Binds span columns start, end, text at positions i, i+1, i+2.
void BindSpan(Stmt& st, int i, const Json& j) {
  st.Bind(i, Int(j, "start"));
  st.Bind(i + 1, Int(j, "end"));
  st.Bind(i + 2, Str(j, "text"));
}

}  // namespace

Status SqliteStore::PrepareWriters() {
  FL_RETURN_IF_ERROR(db_.Prepare("SELECT 1 FROM articles WHERE content_hash = ?", &has_article_));
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT OR IGNORE INTO articles(content_hash, external_id, url, source, title, date, text, "
      "annotations, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
      &insert_article_));
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT INTO events(article_id, sentence, start, end, trigger_text, sentence_text, code, "
      "root, quad_class, goldstein, plover_type, plover_mode, source_code, source_name, "
      "target_code, target_name, date, date_precision, place_index, place_name, lat, lon, "
      "country, admin1, geonameid, place_precision, negated, modality, attributed_to, "
      "confidence, killed, displaced, counts, provenance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      &insert_event_));
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT INTO actor_mentions(article_id, idx, start, end, text, sentence, code, name, "
      "entries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      &insert_actor_));
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT INTO places(article_id, idx, start, end, text, name, lat, lon, country, admin1, "
      "feature, geonameid, precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      &insert_place_));
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT INTO timex(article_id, idx, start, end, text, type, value) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      &insert_timex_));
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT INTO counts(article_id, idx, start, end, text, quantity, low, high, qualifier, "
      "category, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      &insert_count_));
  return db_.Prepare(
      "INSERT INTO quotes(article_id, idx, start, end, text, direct, speaker_name, speaker_code, "
      "medium) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      &insert_quote_);
}

Status SqliteStore::AddArticle(const Document& doc, bool* added) {
  *added = false;
  if (!doc.error.empty()) return Status::InvalidInput(doc.id + ": " + doc.error);
  const std::string hash = ContentHash(doc.text);
  const Json j = DocumentToJson(doc);
  const std::string annotations = j.dump();
  Transaction tx(&db_);
  FL_RETURN_IF_ERROR(tx.Begin());
  Stmt& a = insert_article_;
  a.Bind(1, hash);
  a.Bind(2, doc.id);
  a.Bind(3, doc.url);
  a.Bind(4, doc.source);
  a.Bind(5, doc.title);
  a.Bind(6, doc.date);
  a.Bind(7, doc.text);
  a.Bind(8, annotations);
  FL_RETURN_IF_ERROR(a.Run());
  // INSERT OR IGNORE inside the write transaction makes the hash check and the insert one
  // atomic step, so two concurrent ingests of one file cannot both add it.
  if (sqlite3_changes(db_.handle()) == 0) return Status::Ok();
  const int64_t article_id = db_.LastInsertId();
  FL_RETURN_IF_ERROR(WriteEvents(doc, j, article_id));
  FL_RETURN_IF_ERROR(WriteLayers(j, article_id));
  FL_RETURN_IF_ERROR(tx.Commit());
  *added = true;
  return Status::Ok();
}

Status SqliteStore::WriteEvents(const Document& doc, const Json& j, int64_t article_id) {
  const Json& events = j.at("events");
  for (size_t i = 0; i < events.size() && i < doc.events.size(); ++i) {
    const Json& ev = events[i];
    const Event& e = doc.events[i];
    Stmt& st = insert_event_;
    st.Bind(1, article_id);
    st.Bind(2, Int(ev, "sentence"));
    BindSpan(st, 3, ev);
    std::string_view sentence;
    if (e.sentence < doc.sentences.size()) sentence = doc.Text(doc.sentences[e.sentence].span);
    st.Bind(6, sentence);
    st.Bind(7, Str(ev, "code"));
    st.Bind(8, Str(ev, "root"));
    st.Bind(9, Int(ev, "quad_class_gdelt"));
    st.Bind(10, Num(ev, "goldstein").value_or(0));
    st.Bind(11, Str(ev.at("plover"), "type"));
    st.Bind(12, Str(ev.at("plover"), "mode"));
    const Json& src = ev.at("source");
    const Json& tgt = ev.at("target");
    st.Bind(13, src.is_object() ? Str(src, "code") : "");
    st.Bind(14, src.is_object() ? Str(src, "name") : "");
    st.Bind(15, tgt.is_object() ? Str(tgt, "code") : "");
    st.Bind(16, tgt.is_object() ? Str(tgt, "name") : "");
    st.Bind(17, Str(ev, "date"));
    st.Bind(18, Str(ev, "date_precision"));
    const Json& pl = ev.at("place");
    if (pl.is_object()) {
      st.Bind(19, Int(pl, "place_index"));
      st.Bind(20, Str(pl, "name"));
      st.Bind(21, Num(pl, "lat"));
      st.Bind(22, Num(pl, "lon"));
      st.Bind(23, Str(pl, "country"));
      st.Bind(24, Str(pl, "admin1"));
      st.Bind(25, Int(pl, "geonameid"));
      st.Bind(26, Int(pl, "precision"));
    } else {
      st.BindNull(19);
      st.Bind(20, "");
      st.BindNull(21);
      st.BindNull(22);
      st.Bind(23, "");
      st.Bind(24, "");
      st.Bind(25, int64_t{0});
      st.Bind(26, int64_t{0});
    }
    st.Bind(27, int64_t{e.negated ? 1 : 0});
    st.Bind(28, Str(ev, "modality"));
    st.Bind(29, e.attributed_to ? e.attributed_to->code : "");
    st.Bind(30, e.confidence);
    std::optional<double> killed, displaced;
    for (uint32_t ci : e.counts) {
      if (ci >= doc.counts.size()) continue;
      const Count& c = doc.counts[ci];
      std::optional<double> v = CredibleFigure(c);
      if (!v) continue;
      std::optional<double>* slot =
          c.category == "killed" ? &killed : IsDisplacement(c.category) ? &displaced : nullptr;
      if (slot) *slot = std::max(slot->value_or(0), *v);
    }
    st.Bind(31, killed);
    st.Bind(32, displaced);
    st.Bind(33, ev.at("counts").dump());
    st.Bind(34, ev.at("provenance").dump());
    FL_RETURN_IF_ERROR(st.Run());
  }
  return Status::Ok();
}

Status SqliteStore::WriteLayers(const Json& j, int64_t article_id) {
  int64_t idx = 0;
  for (const Json& x : j.at("actors")) {
    Stmt& st = insert_actor_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, x);
    st.Bind(6, Int(x, "sentence"));
    st.Bind(7, Str(x, "code"));
    st.Bind(8, Str(x, "name"));
    st.Bind(9, x.at("entries").dump());
    FL_RETURN_IF_ERROR(st.Run());
  }
  idx = 0;
  for (const Json& x : j.at("places")) {
    Stmt& st = insert_place_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, x);
    st.Bind(6, Str(x, "name"));
    st.Bind(7, Num(x, "lat").value_or(0));
    st.Bind(8, Num(x, "lon").value_or(0));
    st.Bind(9, Str(x, "country"));
    st.Bind(10, Str(x, "admin1"));
    st.Bind(11, Str(x, "feature"));
    st.Bind(12, Int(x, "geonameid"));
    st.Bind(13, Int(x, "precision"));
    FL_RETURN_IF_ERROR(st.Run());
  }
  idx = 0;
  for (const Json& x : j.at("timex")) {
    Stmt& st = insert_timex_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, x);
    st.Bind(6, Str(x, "type"));
    st.Bind(7, Str(x, "value"));
    FL_RETURN_IF_ERROR(st.Run());
  }
  idx = 0;
  for (const Json& x : j.at("counts")) {
    Stmt& st = insert_count_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, x);
    st.Bind(6, Num(x, "quantity"));
    st.Bind(7, Num(x, "low"));
    st.Bind(8, Num(x, "high"));
    st.Bind(9, Str(x, "qualifier"));
    st.Bind(10, Str(x, "category"));
    st.Bind(11, Str(x, "unit"));
    FL_RETURN_IF_ERROR(st.Run());
  }
  idx = 0;
  for (const Json& x : j.at("quotes")) {
    Stmt& st = insert_quote_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, x);
    st.Bind(6, int64_t{x.value("direct", false) ? 1 : 0});
    st.Bind(7, Str(x.at("speaker"), "name"));
    st.Bind(8, Str(x.at("speaker"), "code"));
    st.Bind(9, Str(x, "medium"));
    FL_RETURN_IF_ERROR(st.Run());
  }
  return Status::Ok();
}

}  // namespace faultline::store
