// Golden event corpus: hand-written news sentences (tests/golden/events/*.jsonl), coded by
// the real pipeline (default options, default dictionaries) and scored against what a
// careful, conventional CAMEO coder expects.
//
// One record per line:
//
//   {"id": "passive-003", "text": "The convoy was attacked by Houthi rebels near Hodeidah.",
//    "date": "2020-05-01", "phenomenon": "passive",
//    "expect": [{"source": "YEMREB", "target": null, "root": "18", "code": "180",
//                "negated": false, "modality": "asserted", "attributed_to": null}],
//    "expect_no_events": false}
//
// Expected event fields:
//   root / roots    the two-digit CAMEO root, or several when two codings are defensible
//                   ("roots": ["18", "19"]); one of them must match.
//   code            the preferred full code: reported (exact-code agreement), never required.
//   source, target  actor codes, compared on their first 3 characters, or fully when the
//                   record (or the event) says "strict_actors": true. null means "no actor";
//                   a list gives alternatives (["SYRMIL", null]); an absent key is unchecked.
//   negated         checked when present.
//   modality        checked when present: a value or a list of acceptable values
//                   (asserted, future, hypothetical, intended, demanded, reported).
//   attributed_to   checked when present: null (the newspaper asserts it) or the reporting
//                   actor's code, compared like source/target.
//   any_of          instead of the fields above: a list of alternative readings, e.g. a
//                   negated meeting (04, negated) or a rejection (12): one of them must match.
//
// A record passes when every expected event is matched by a distinct produced event and,
// for "expect_no_events": true, nothing at all is produced. Produced events that match no
// expectation are counted as extras (a precision signal) but do not fail a record.
//
// The test prints, per file and per phenomenon, records / passed / expected events found /
// extras per record, then every failing record with expected and produced events. Set
// FAULTLINE_GOLDEN_FAILURES=0 to print the tables only.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "faultline/document.h"
#include "pipeline/pipeline.h"

namespace faultline {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------------------
// Ratchet. Set a few points below what the coder scored on this corpus when the corpus was
// written (298/417 records = 71.5%, 328/454 expected events = 72.2%, 0.76 extra events
// per record). RAISE THESE as the coder improves; never lower them to make a change
// pass: a drop is a regression to look at (or a corpus record to discuss).
// The dictionaries under data/ are read at run time, so dictionary edits move the numbers
// without a rebuild.
constexpr double kMinOverallPassRate = 0.68;   // records passing, all files
constexpr double kMinOverallFoundRate = 0.69;  // expected events matched, all files
constexpr double kMaxExtraPerRecord = 0.90;    // unexpected events per record, all files
// Per file: record pass rate, about five points below the measured rate.
const std::map<std::string, double>& MinFilePassRate() {
  static const std::map<std::string, double> floors = {
      {"actors.jsonl", 0.70},        {"clauses.jsonl", 0.53},
      {"compound.jsonl", 0.61},      {"modality.jsonl", 0.51},
      {"negation.jsonl", 0.75},      {"no_event.jsonl", 0.81},
      {"passives.jsonl", 0.46},      {"reported_speech.jsonl", 0.50},
      {"roots_01_05.jsonl", 0.73},   {"roots_06_09.jsonl", 0.69},
      {"roots_10_14.jsonl", 0.69},   {"roots_15_20.jsonl", 0.72},
  };
  return floors;
}
// Per phenomenon, for the other no-event records (ratchet, like the file floors).
const std::map<std::string, double>& MinPhenomenonPassRate() {
  static const std::map<std::string, double> floors = {
      {"markets", 0.85}, {"no_event", 0.90}, {"metaphor", 0.10}};
  return floors;
}
// Records that must code nothing (questions, imperatives, sports): a hard floor, not a
// ratchet. The coder promises that these code nothing.
constexpr double kMinNoEventRate = 0.90;
const char* const kHardNoEventPhenomena[] = {"question", "imperative", "sports"};
// ---------------------------------------------------------------------------------------

// One alternative of an actor expectation: nullopt = "no actor".
using ActorAlt = std::optional<std::string>;

struct ExpectedEvent {
  std::vector<std::string> roots;
  std::string code;
  std::optional<std::vector<ActorAlt>> source, target, attributed_to;
  std::optional<bool> negated;
  std::optional<std::vector<std::string>> modality;
  bool strict_actors = false;
  // Alternative readings ({"any_of": [...]}): matches when one of them matches. `roots`
  // then holds the union of their roots (for the per-root table).
  std::vector<ExpectedEvent> any_of;
};

struct Record {
  std::string file;
  int line = 0;
  std::string id, text, date, phenomenon;
  std::vector<ExpectedEvent> expect;
  bool expect_no_events = false;
};

struct Tally {
  int records = 0, passed = 0, expected = 0, found = 0, extra = 0, exact_code = 0;
  void Add(const Tally& o) {
    records += o.records;
    passed += o.passed;
    expected += o.expected;
    found += o.found;
    extra += o.extra;
    exact_code += o.exact_code;
  }
  double PassRate() const { return records ? double(passed) / records : 0; }
  double FoundRate() const { return expected ? double(found) / expected : 1; }
  double ExtraPerRecord() const { return records ? double(extra) / records : 0; }
};

std::string SourceDir() {
  if (const char* env = std::getenv("FAULTLINE_SOURCE_DIR")) return env;
  return FAULTLINE_SOURCE_DIR;
}

std::string CorpusDir() { return SourceDir() + "/tests/golden/events"; }

std::set<std::string> LoadCameoCodes() {
  std::set<std::string> codes;
  std::ifstream in(SourceDir() + "/data/cameo/event-codes.tsv");
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    auto tab = line.find('\t');
    if (tab != std::string::npos && tab > 0) codes.insert(line.substr(0, tab));
  }
  return codes;
}

// Parses an actor expectation: string, null, or a list of strings and nulls.
bool ParseActors(const json& v, std::vector<ActorAlt>* out, std::string* err) {
  auto one = [&](const json& x) {
    if (x.is_null()) {
      out->push_back(std::nullopt);
      return true;
    }
    if (x.is_string() && !x.get<std::string>().empty()) {
      out->push_back(x.get<std::string>());
      return true;
    }
    *err = "actor must be a code, null or a list of them: " + x.dump();
    return false;
  };
  if (v.is_array()) {
    if (v.empty()) {
      *err = "empty actor list";
      return false;
    }
    for (const json& x : v)
      if (!one(x)) return false;
    return true;
  }
  return one(v);
}

const std::set<std::string>& ModalityNames() {
  static const std::set<std::string> names = {"asserted",  "future",   "hypothetical",
                                              "intended",  "demanded", "reported"};
  return names;
}

// Reads one expected event, or an {"any_of": [event, ...]} of alternative readings.
bool ParseEvent(const json& e, bool record_strict, const std::set<std::string>& cameo,
                ExpectedEvent* x, std::string* err) {
  static const std::set<std::string> kEventKeys = {
      "source", "target", "root", "roots", "code", "negated", "modality", "attributed_to",
      "strict_actors", "note", "any_of"};
  if (!e.is_object()) {
    *err = "expected event must be an object";
    return false;
  }
  for (auto it = e.begin(); it != e.end(); ++it) {
    if (!kEventKeys.count(it.key())) {
      *err = "unknown event key '" + it.key() + "'";
      return false;
    }
  }
  x->strict_actors = e.value("strict_actors", record_strict);
  if (e.contains("any_of")) {
    bool alone = true;
    for (auto it = e.begin(); it != e.end(); ++it)
      alone = alone && (it.key() == "any_of" || it.key() == "note" || it.key() == "strict_actors");
    if (!e["any_of"].is_array() || e["any_of"].size() < 2 || !alone) {
      *err = "any_of takes a list of at least two events (besides it only note, strict_actors)";
      return false;
    }
    for (const json& alt : e["any_of"]) {
      ExpectedEvent a;
      if (!ParseEvent(alt, x->strict_actors, cameo, &a, err)) return false;
      if (!a.any_of.empty()) {
        *err = "nested any_of";
        return false;
      }
      for (const std::string& root : a.roots)
        if (std::find(x->roots.begin(), x->roots.end(), root) == x->roots.end())
          x->roots.push_back(root);
      x->any_of.push_back(std::move(a));
    }
    return true;
  }
  if (e.contains("roots")) {
    for (const json& root : e["roots"]) x->roots.push_back(root.get<std::string>());
  }
  if (e.contains("root")) x->roots.push_back(e["root"].get<std::string>());
  if (x->roots.empty()) {
    *err = "expected event without root";
    return false;
  }
  for (const std::string& root : x->roots) {
    if (root.size() != 2 || !cameo.count(root)) {
      *err = "unknown root '" + root + "'";
      return false;
    }
  }
  if (e.contains("code")) {
    x->code = e["code"].get<std::string>();
    if (!cameo.count(x->code) ||
        std::find(x->roots.begin(), x->roots.end(), x->code.substr(0, 2)) == x->roots.end()) {
      *err = "code '" + x->code + "' is unknown or not under an expected root";
      return false;
    }
  }
  auto actors = [&](const char* key, std::optional<std::vector<ActorAlt>>* out) {
    if (!e.contains(key)) return true;
    out->emplace();
    return ParseActors(e[key], &**out, err);
  };
  if (!actors("source", &x->source) || !actors("target", &x->target) ||
      !actors("attributed_to", &x->attributed_to)) {
    return false;
  }
  if (e.contains("negated")) x->negated = e["negated"].get<bool>();
  if (e.contains("modality")) {
    x->modality.emplace();
    if (e["modality"].is_array()) {
      for (const json& m : e["modality"]) x->modality->push_back(m.get<std::string>());
    } else {
      x->modality->push_back(e["modality"].get<std::string>());
    }
    for (const std::string& m : *x->modality) {
      if (!ModalityNames().count(m)) {
        *err = "unknown modality '" + m + "'";
        return false;
      }
    }
  }
  return true;
}

// Reads and validates one record; a malformed record is a corpus bug and fails the test.
bool ParseRecord(const std::string& file, int line_no, const std::string& line,
                 const std::set<std::string>& cameo, Record* r, std::string* err) {
  json j;
  try {
    j = json::parse(line);
  } catch (const json::exception& e) {
    *err = std::string("broken JSON: ") + e.what();
    return false;
  }
  static const std::set<std::string> kRecordKeys = {
      "id", "text", "date", "phenomenon", "expect", "expect_no_events", "strict_actors", "note"};
  if (!j.is_object()) {
    *err = "not an object";
    return false;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!kRecordKeys.count(it.key())) {
      *err = "unknown key '" + it.key() + "'";
      return false;
    }
  }
  r->file = file;
  r->line = line_no;
  if (!j.contains("id") || !j["id"].is_string() || !j.contains("text") || !j["text"].is_string() ||
      !j.contains("phenomenon") || !j["phenomenon"].is_string()) {
    *err = "id, text and phenomenon must be strings";
    return false;
  }
  r->id = j["id"];
  r->text = j["text"];
  r->phenomenon = j["phenomenon"];
  if (j.contains("date")) {
    if (!j["date"].is_string() || j["date"].get<std::string>().size() != 10) {
      *err = "date must be YYYY-MM-DD";
      return false;
    }
    r->date = j["date"];
  }
  r->expect_no_events = j.value("expect_no_events", false);
  const bool record_strict = j.value("strict_actors", false);
  if (!j.contains("expect") || !j["expect"].is_array()) {
    *err = "expect must be a list";
    return false;
  }
  if (r->expect_no_events != j["expect"].empty()) {
    *err = "expect_no_events must be true exactly when expect is empty";
    return false;
  }
  for (const json& e : j["expect"]) {
    ExpectedEvent x;
    if (!ParseEvent(e, record_strict, cameo, &x, err)) return false;
    r->expect.push_back(std::move(x));
  }
  return true;
}

bool ActorMatches(const std::vector<ActorAlt>& alts, const std::optional<ActorRef>& got,
                  bool strict) {
  for (const ActorAlt& alt : alts) {
    if (!alt) {
      if (!got || got->code.empty()) return true;
      continue;
    }
    if (!got || got->code.empty()) continue;
    if (strict ? got->code == *alt : got->code.substr(0, 3) == alt->substr(0, 3)) return true;
  }
  return false;
}

bool EventMatches(const ExpectedEvent& x, const Event& e) {
  if (!x.any_of.empty()) {
    for (const ExpectedEvent& alt : x.any_of)
      if (EventMatches(alt, e)) return true;
    return false;
  }
  const std::string root = e.code.substr(0, 2);
  if (std::find(x.roots.begin(), x.roots.end(), root) == x.roots.end()) return false;
  if (x.source && !ActorMatches(*x.source, e.source, x.strict_actors)) return false;
  if (x.target && !ActorMatches(*x.target, e.target, x.strict_actors)) return false;
  if (x.attributed_to && !ActorMatches(*x.attributed_to, e.attributed_to, x.strict_actors))
    return false;
  if (x.negated && *x.negated != e.negated) return false;
  if (x.modality) {
    const std::string m = ModalityName(e.modality);
    if (std::find(x.modality->begin(), x.modality->end(), m) == x.modality->end()) return false;
  }
  return true;
}

// Maximum bipartite matching of expected to produced events (Kuhn's algorithm; the sets
// are tiny). match_of_produced[j] = index of the expected event matched to produced j.
int MaxMatching(const std::vector<std::vector<bool>>& ok, size_t produced,
                std::vector<int>* match_of_produced) {
  match_of_produced->assign(produced, -1);
  int size = 0;
  for (size_t i = 0; i < ok.size(); ++i) {
    std::vector<bool> seen(produced, false);
    std::function<bool(size_t)> augment = [&](size_t x) {
      for (size_t j = 0; j < produced; ++j) {
        if (!ok[x][j] || seen[j]) continue;
        seen[j] = true;
        if ((*match_of_produced)[j] < 0 || augment(size_t((*match_of_produced)[j]))) {
          (*match_of_produced)[j] = int(x);
          return true;
        }
      }
      return false;
    };
    if (augment(i)) ++size;
  }
  return size;
}

std::string ActorsText(const std::vector<ActorAlt>& alts) {
  std::string s;
  for (const ActorAlt& a : alts) {
    if (!s.empty()) s += "|";
    s += a ? *a : "-";
  }
  return s;
}

std::string ExpectedText(const ExpectedEvent& x) {
  std::ostringstream o;
  if (!x.any_of.empty()) {
    for (size_t i = 0; i < x.any_of.size(); ++i)
      o << (i ? "\n             or  " : "any of  ") << ExpectedText(x.any_of[i]);
    return o.str();
  }
  std::string roots;
  for (const std::string& r : x.roots) roots += (roots.empty() ? "" : "|") + r;
  o << "root " << roots;
  if (!x.code.empty()) o << " (" << x.code << ")";
  o << "  " << (x.source ? ActorsText(*x.source) : "?") << " -> "
    << (x.target ? ActorsText(*x.target) : "?");
  if (x.negated) o << "  negated=" << (*x.negated ? "true" : "false");
  if (x.modality) {
    std::string m;
    for (const std::string& v : *x.modality) m += (m.empty() ? "" : "|") + v;
    o << "  modality=" << m;
  }
  if (x.attributed_to) o << "  attributed_to=" << ActorsText(*x.attributed_to);
  if (x.strict_actors) o << "  [strict actors]";
  return o.str();
}

std::string ProducedText(const Document& doc, const Event& e) {
  std::ostringstream o;
  auto actor = [](const std::optional<ActorRef>& a) {
    if (!a || a->code.empty()) return std::string("-");
    return a->code + " \"" + a->name + "\"";
  };
  o << e.code << "  " << actor(e.source) << " -> " << actor(e.target)
    << "  negated=" << (e.negated ? "true" : "false") << "  modality=" << ModalityName(e.modality);
  if (e.attributed_to) o << "  attributed_to=" << actor(e.attributed_to);
  o << "  trigger \"" << doc.Text(e.span) << "\"";
  if (!e.provenance.pattern.empty()) o << "  [" << e.provenance.pattern << "]";
  return o.str();
}

struct Outcome {
  bool passed = false;
  int found = 0, extra = 0, exact_code = 0;
  std::vector<int> expected_match;  // per expected event: produced index or -1
};

Outcome Score(const Record& r, const Document& doc) {
  Outcome out;
  const size_t n = doc.events.size();
  std::vector<std::vector<bool>> ok(r.expect.size(), std::vector<bool>(n, false));
  for (size_t i = 0; i < r.expect.size(); ++i)
    for (size_t j = 0; j < n; ++j) ok[i][j] = EventMatches(r.expect[i], doc.events[j]);
  std::vector<int> match_of_produced;
  out.found = MaxMatching(ok, n, &match_of_produced);
  out.extra = int(n) - out.found;
  out.expected_match.assign(r.expect.size(), -1);
  for (size_t j = 0; j < n; ++j) {
    if (match_of_produced[j] < 0) continue;
    out.expected_match[size_t(match_of_produced[j])] = int(j);
    const ExpectedEvent& x = r.expect[size_t(match_of_produced[j])];
    if (!x.code.empty() && x.code == doc.events[j].code) ++out.exact_code;
  }
  out.passed = out.found == int(r.expect.size()) && (!r.expect_no_events || n == 0);
  return out;
}

void PrintTable(const char* title, const std::map<std::string, Tally>& rows, const Tally& total) {
  std::printf("\n%-30s %7s %7s %6s %9s %7s %9s %10s\n", title, "records", "passed", "pass%",
              "expected", "found", "found%", "extra/rec");
  auto row = [](const std::string& name, const Tally& t) {
    std::printf("%-30s %7d %7d %5.1f%% %9d %7d %8.1f%% %10.2f\n", name.c_str(), t.records,
                t.passed, 100 * t.PassRate(), t.expected, t.found, 100 * t.FoundRate(),
                t.ExtraPerRecord());
  };
  for (const auto& [name, t] : rows) row(name, t);
  row("TOTAL", total);
}

class GoldenEvents : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    std::unique_ptr<Pipeline> p;
    Status s = Pipeline::Create(options, &p);
    if (!s.ok()) {
      create_error_ = new std::string(s.ToString());
      return;
    }
    pipeline_ = p.release();
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
    delete create_error_;
    create_error_ = nullptr;
  }
  static Pipeline* pipeline_;
  static std::string* create_error_;
};
Pipeline* GoldenEvents::pipeline_ = nullptr;
std::string* GoldenEvents::create_error_ = nullptr;

std::vector<Record> LoadCorpus(std::vector<std::string>* errors) {
  const std::set<std::string> cameo = LoadCameoCodes();
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(CorpusDir())) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<Record> records;
  std::set<std::string> ids;
  for (const std::string& path : files) {
    std::ifstream in(path);
    std::string line;
    int line_no = 0;
    const std::string name = std::filesystem::path(path).filename().string();
    while (std::getline(in, line)) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      Record r;
      std::string err;
      if (!ParseRecord(name, line_no, line, cameo, &r, &err)) {
        errors->push_back(name + ":" + std::to_string(line_no) + ": " + err);
        continue;
      }
      if (!ids.insert(r.id).second) {
        errors->push_back(name + ":" + std::to_string(line_no) + ": duplicate id '" + r.id + "'");
        continue;
      }
      records.push_back(std::move(r));
    }
  }
  return records;
}

TEST(GoldenEventsCorpus, IsWellFormedAndCoversEveryRoot) {
  std::vector<std::string> errors;
  std::vector<Record> records = LoadCorpus(&errors);
  for (const std::string& e : errors) ADD_FAILURE() << e;
  EXPECT_GE(records.size(), 300u);
  std::set<std::string> roots;
  for (const Record& r : records)
    for (const ExpectedEvent& x : r.expect)
      if (x.roots.size() == 1) roots.insert(x.roots[0]);
  for (int root = 1; root <= 20; ++root) {
    char buf[3];
    std::snprintf(buf, sizeof buf, "%02d", root);
    EXPECT_TRUE(roots.count(buf)) << "no record expects root " << buf << " unambiguously";
  }
}

TEST_F(GoldenEvents, ScoresAboveRatchet) {
  ASSERT_EQ(create_error_, nullptr) << "Pipeline::Create: " << *create_error_;
  std::vector<std::string> errors;
  std::vector<Record> records = LoadCorpus(&errors);
  ASSERT_FALSE(records.empty()) << "no records under " << CorpusDir();

  std::map<std::string, Tally> by_file, by_phenomenon, by_root;
  Tally total;
  std::vector<std::string> failures;
  for (const Record& r : records) {
    Document doc;
    doc.id = r.id;
    doc.text = r.text;
    doc.date = r.date;
    pipeline_->Process(doc);
    ASSERT_TRUE(doc.error.empty()) << r.id << ": " << doc.error;
    const Outcome o = Score(r, doc);
    Tally t;
    t.records = 1;
    t.passed = o.passed ? 1 : 0;
    t.expected = int(r.expect.size());
    t.found = o.found;
    t.extra = o.extra;
    t.exact_code = o.exact_code;
    by_file[r.file].Add(t);
    by_phenomenon[r.phenomenon].Add(t);
    total.Add(t);
    for (size_t i = 0; i < r.expect.size(); ++i) {
      Tally rt;
      rt.expected = 1;
      rt.found = o.expected_match[i] >= 0 ? 1 : 0;
      for (const std::string& root : r.expect[i].roots) by_root[root].Add(rt);
    }
    if (o.passed) continue;
    std::ostringstream f;
    f << "--- " << r.id << "  [" << r.phenomenon << "]  " << r.file << ":" << r.line << "\n"
      << "    text: " << r.text << (r.date.empty() ? "" : "  (" + r.date + ")") << "\n";
    if (r.expect_no_events) f << "    expected: no events\n";
    for (size_t i = 0; i < r.expect.size(); ++i) {
      f << "    expected " << (o.expected_match[i] >= 0 ? "[ok]   " : "[MISS] ")
        << ExpectedText(r.expect[i]) << "\n";
    }
    if (doc.events.empty()) f << "    produced: nothing\n";
    for (const Event& e : doc.events) f << "    produced " << ProducedText(doc, e) << "\n";
    failures.push_back(f.str());
  }

  const char* show = std::getenv("FAULTLINE_GOLDEN_FAILURES");
  if (!show || std::string(show) != "0") {
    std::printf("\n===== failing records (%zu) =====\n", failures.size());
    for (const std::string& f : failures) std::printf("%s", f.c_str());
  }
  PrintTable("file", by_file, total);
  PrintTable("phenomenon", by_phenomenon, total);
  // Per expected root (an event allowing several roots counts under each of them).
  std::printf("\n%-30s %9s %7s %9s\n", "expected root", "expected", "found", "found%");
  for (const auto& [root, t] : by_root) {
    std::printf("%-30s %9d %7d %8.1f%%\n", root.c_str(), t.expected, t.found,
                100 * t.FoundRate());
  }
  std::printf("\nexact preferred code on matched events: %d of %d\n", total.exact_code,
              total.found);
  std::fflush(stdout);

  EXPECT_GE(total.PassRate(), kMinOverallPassRate)
      << "record pass rate fell below the ratchet";
  EXPECT_GE(total.FoundRate(), kMinOverallFoundRate)
      << "share of expected events found fell below the ratchet";
  EXPECT_LE(total.ExtraPerRecord(), kMaxExtraPerRecord)
      << "unexpected events per record rose above the ratchet";
  for (const auto& [file, floor] : MinFilePassRate()) {
    auto it = by_file.find(file);
    if (it == by_file.end()) continue;
    EXPECT_GE(it->second.PassRate(), floor) << file << ": record pass rate fell below the ratchet";
  }
  for (const auto& [phenomenon, floor] : MinPhenomenonPassRate()) {
    auto it = by_phenomenon.find(phenomenon);
    if (it == by_phenomenon.end()) continue;
    EXPECT_GE(it->second.PassRate(), floor)
        << phenomenon << ": record pass rate fell below the ratchet";
  }
  for (const char* phenomenon : kHardNoEventPhenomena) {
    auto it = by_phenomenon.find(phenomenon);
    ASSERT_NE(it, by_phenomenon.end()) << "no records for phenomenon " << phenomenon;
    EXPECT_GE(it->second.PassRate(), kMinNoEventRate)
        << phenomenon << " sentences must code nothing";
  }
}

}  // namespace
}  // namespace faultline
