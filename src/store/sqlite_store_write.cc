// The write path: articles with all their layers, one transaction per call (AddArticle:
// one article; AddArticles: a batch, one savepoint per article). Rows are written
// straight from the Document; spans are stored as the same code point offsets users see
// in `faultline code` output (utf8::OffsetMap, as pipeline/document_json.cc does), and
// the `annotations` column is that article JSON.
#include <algorithm>
#include <cstdio>
#include <string_view>

#include "code/cameo.h"
#include "pipeline/document_json.h"
#include "store/sqlite_store.h"
#include "util/json_writer.h"
#include "util/utf8.h"

namespace faultline::store {
namespace {

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

void AppendJsonStrings(std::string* out, const std::vector<std::string>& v) {
  out->push_back('[');
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(out, v[i]);
  }
  out->push_back(']');
}

// {"pattern", "entries", "dictionary_version", "date_rule"?, "place_rule"?}
void ProvenanceJson(const Provenance& p, std::string* out) {
  out->clear();
  *out += "{\"pattern\":";
  AppendJsonString(out, p.pattern);
  *out += ",\"entries\":";
  AppendJsonStrings(out, p.entries);
  *out += ",\"dictionary_version\":";
  AppendJsonString(out, p.dictionary_version);
  if (!p.date_rule.empty()) {
    *out += ",\"date_rule\":";
    AppendJsonString(out, p.date_rule);
  }
  if (!p.place_rule.empty()) {
    *out += ",\"place_rule\":";
    AppendJsonString(out, p.place_rule);
  }
  out->push_back('}');
}

void IndexListJson(const std::vector<uint32_t>& v, std::string* out) {
  out->clear();
  out->push_back('[');
  char buf[16];
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out->push_back(',');
    const int n = std::snprintf(buf, sizeof buf, "%u", v[i]);
    out->append(buf, static_cast<size_t>(n));
  }
  out->push_back(']');
}

// Binds span columns start, end, text at positions i, i+1, i+2 (the text is a view into
// the document, alive until the statement runs).
void BindSpan(Stmt& st, int i, const Document& doc, const utf8::OffsetMap& map, const Span& s) {
  st.Bind(i, int64_t{map.ToCodePoint(s.begin)});
  st.Bind(i + 1, int64_t{map.ToCodePoint(s.end)});
  st.BindView(i + 2, doc.Text(s));
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
  FL_RETURN_IF_ERROR(
      db_.Prepare("INSERT INTO timex(article_id, idx, start, end, text, type, value) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                  &insert_timex_));
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT INTO counts(article_id, idx, start, end, text, quantity, low, high, qualifier, "
      "category, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      &insert_count_));
  FL_RETURN_IF_ERROR(db_.Prepare(
      "INSERT INTO quotes(article_id, idx, start, end, text, direct, speaker_name, speaker_code, "
      "medium) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      &insert_quote_));
  FL_RETURN_IF_ERROR(db_.Prepare("SAVEPOINT article", &savepoint_));
  FL_RETURN_IF_ERROR(db_.Prepare("ROLLBACK TO article", &rollback_to_));
  return db_.Prepare("RELEASE article", &release_);
}

Status SqliteStore::AddArticle(const Document& doc, bool* added) {
  const Document* one[] = {&doc};
  std::vector<ArticleWrite> result;
  FL_RETURN_IF_ERROR(AddArticles(one, &result));
  *added = result[0].added;
  return result[0].status;
}

Status SqliteStore::AddArticles(std::span<const Document* const> docs,
                                std::vector<ArticleWrite>* results) {
  results->assign(docs.size(), ArticleWrite{});
  Transaction tx(&db_);
  FL_RETURN_IF_ERROR(tx.Begin());
  // A savepoint per article of a batch: one that fails leaves no rows and the others go
  // on. One article alone needs none (the transaction is rolled back).
  const bool savepoints = docs.size() > 1;
  for (size_t i = 0; i < docs.size(); ++i) {
    const Document& doc = *docs[i];
    ArticleWrite& r = (*results)[i];
    if (!doc.error.empty()) {
      r.status = Status::InvalidInput(doc.id + ": " + doc.error);
      continue;
    }
    if (savepoints) FL_RETURN_IF_ERROR(savepoint_.Run());
    r.status = WriteArticle(doc, &r.added);
    if (!r.status.ok()) {
      r.added = false;
      if (!savepoints) return Status::Ok();  // `tx` rolls back
      FL_RETURN_IF_ERROR(rollback_to_.Run());
    }
    if (savepoints) FL_RETURN_IF_ERROR(release_.Run());
  }
  Status committed = tx.Commit();
  if (!committed.ok()) {
    for (ArticleWrite& r : *results) r.added = false;
  }
  return committed;
}

Status SqliteStore::WriteArticle(const Document& doc, bool* added) {
  const std::string hash = ContentHash(doc.text);
  const utf8::OffsetMap map(doc.text);
  annotations_.clear();
  AppendDocumentJson(doc, map, &annotations_);
  Stmt& a = insert_article_;
  a.BindView(1, hash);
  a.BindView(2, doc.id);
  a.BindView(3, doc.url);
  a.BindView(4, doc.source);
  a.BindView(5, doc.title);
  a.BindView(6, doc.date);
  a.BindView(7, doc.text);
  a.BindView(8, annotations_);
  FL_RETURN_IF_ERROR(a.Run());
  // INSERT OR IGNORE inside the write transaction makes the hash check and the insert one
  // atomic step, so two concurrent ingests of one file cannot both add it.
  if (sqlite3_changes(db_.handle()) == 0) return Status::Ok();
  const int64_t article_id = db_.LastInsertId();
  FL_RETURN_IF_ERROR(WriteEvents(doc, map, article_id));
  FL_RETURN_IF_ERROR(WriteLayers(doc, map, article_id));
  *added = true;
  return Status::Ok();
}

Status SqliteStore::WriteEvents(const Document& doc, const utf8::OffsetMap& map,
                                int64_t article_id) {
  std::string counts_json, provenance_json;
  for (const Event& e : doc.events) {
    Stmt& st = insert_event_;
    st.Bind(1, article_id);
    st.Bind(2, int64_t{e.sentence});
    BindSpan(st, 3, doc, map, e.span);
    std::string_view sentence;
    if (e.sentence < doc.sentences.size()) sentence = doc.Text(doc.sentences[e.sentence].span);
    st.BindView(6, sentence);
    st.BindView(7, e.code);
    st.BindView(8, std::string_view(e.code).substr(0, 2));
    const CameoCode* info = LookupCameo(e.code);
    st.Bind(9, int64_t{info ? info->quad_class : 0});
    st.Bind(10, info ? info->goldstein : 0.0);
    st.BindView(11, info ? info->plover_type : "");
    st.BindView(12, info ? info->plover_mode : "");
    st.BindView(13, e.source ? std::string_view(e.source->code) : "");
    st.BindView(14, e.source ? std::string_view(e.source->name) : "");
    st.BindView(15, e.target ? std::string_view(e.target->code) : "");
    st.BindView(16, e.target ? std::string_view(e.target->name) : "");
    st.BindView(17, e.date);
    st.BindView(18, e.date_precision);
    if (e.place && *e.place < doc.places.size()) {
      const Place& p = doc.places[*e.place];
      st.Bind(19, int64_t{*e.place});
      st.BindView(20, p.name);
      st.Bind(21, p.lat);
      st.Bind(22, p.lon);
      st.BindView(23, p.country);
      st.BindView(24, p.admin1);
      st.Bind(25, p.geonameid);
      st.Bind(26, int64_t{p.precision});
    } else {
      st.BindNull(19);
      st.BindView(20, "");
      st.BindNull(21);
      st.BindNull(22);
      st.BindView(23, "");
      st.BindView(24, "");
      st.Bind(25, int64_t{0});
      st.Bind(26, int64_t{0});
    }
    st.Bind(27, int64_t{e.negated ? 1 : 0});
    st.BindView(28, ModalityName(e.modality));
    st.BindView(29, e.attributed_to ? std::string_view(e.attributed_to->code) : "");
    st.Bind(30, e.confidence);
    std::optional<double> killed, displaced;
    for (uint32_t ci : e.counts) {
      if (ci >= doc.counts.size()) continue;
      const Count& c = doc.counts[ci];
      std::optional<double> v = CredibleFigure(c);
      if (!v) continue;
      std::optional<double>* slot = c.category == "killed"       ? &killed
                                    : IsDisplacement(c.category) ? &displaced
                                                                 : nullptr;
      if (slot) *slot = std::max(slot->value_or(0), *v);
    }
    st.Bind(31, killed);
    st.Bind(32, displaced);
    IndexListJson(e.counts, &counts_json);
    st.BindView(33, counts_json);
    ProvenanceJson(e.provenance, &provenance_json);
    st.BindView(34, provenance_json);
    FL_RETURN_IF_ERROR(st.Run());
  }
  return Status::Ok();
}

Status SqliteStore::WriteLayers(const Document& doc, const utf8::OffsetMap& map,
                                int64_t article_id) {
  int64_t idx = 0;
  std::string entries;
  for (const ActorMention& x : doc.actors) {
    Stmt& st = insert_actor_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, doc, map, x.span);
    st.Bind(6, int64_t{x.sentence});
    st.BindView(7, x.code);
    st.BindView(8, x.name);
    entries.clear();
    AppendJsonStrings(&entries, x.entries);
    st.BindView(9, entries);
    FL_RETURN_IF_ERROR(st.Run());
  }
  idx = 0;
  for (const Place& x : doc.places) {
    Stmt& st = insert_place_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, doc, map, x.span);
    st.BindView(6, x.name);
    st.Bind(7, x.lat);
    st.Bind(8, x.lon);
    st.BindView(9, x.country);
    st.BindView(10, x.admin1);
    st.BindView(11, x.feature);
    st.Bind(12, x.geonameid);
    st.Bind(13, int64_t{x.precision});
    FL_RETURN_IF_ERROR(st.Run());
  }
  idx = 0;
  for (const Timex& x : doc.timex) {
    Stmt& st = insert_timex_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, doc, map, x.span);
    st.BindView(6, x.type);
    st.BindView(7, x.value);
    FL_RETURN_IF_ERROR(st.Run());
  }
  idx = 0;
  for (const Count& x : doc.counts) {
    Stmt& st = insert_count_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, doc, map, x.span);
    st.Bind(6, x.quantity);
    st.Bind(7, x.low);
    st.Bind(8, x.high);
    st.BindView(9, x.qualifier);
    st.BindView(10, x.category);
    st.BindView(11, x.unit);
    FL_RETURN_IF_ERROR(st.Run());
  }
  idx = 0;
  for (const Quote& x : doc.quotes) {
    Stmt& st = insert_quote_;
    st.Bind(1, article_id);
    st.Bind(2, idx++);
    BindSpan(st, 3, doc, map, x.span);
    st.Bind(6, int64_t{x.direct ? 1 : 0});
    st.BindView(7, x.speaker_name);
    st.BindView(8, x.speaker_code);
    st.BindView(9, x.medium);
    FL_RETURN_IF_ERROR(st.Run());
  }
  return Status::Ok();
}

}  // namespace faultline::store
