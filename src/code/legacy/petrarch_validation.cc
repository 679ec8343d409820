#include "code/legacy/petrarch_validation.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "code/legacy/petrarch_coder.h"
#include "code/legacy/petrarch_lines.h"
#include "code/legacy/petrarch_records.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"

namespace faultline::petrarch {
namespace {

using Triple = std::tuple<std::string, std::string, std::string>;

std::string Show(const Triple& t) {
  return std::get<0>(t) + " " + std::get<1>(t) + " " + std::get<2>(t);
}

// The suite's own dictionary files when its <Environment> names files present in `dir`.
bool EnvironmentFiles(const ValidationSuite& suite, const std::string& dir, PetrarchFiles* files) {
  auto path = [&](const std::string& name) { return (std::filesystem::path(dir) / name).string(); };
  auto get = [&](const char* key) {
    auto it = suite.environment.find(key);
    return it == suite.environment.end() ? std::string() : it->second;
  };
  auto list = [&](const std::string& value, std::vector<std::string>* out) {
    size_t i = 0;
    while (i <= value.size() && !value.empty()) {
      size_t comma = value.find(',', i);
      if (comma == std::string::npos) comma = value.size();
      const std::string name = Trim(value.substr(i, comma - i));
      if (!name.empty() && std::filesystem::exists(path(name))) out->push_back(path(name));
      i = comma + 1;
    }
  };
  const std::string verbs = get("Verbfile");
  if (verbs.empty() || !std::filesystem::exists(path(verbs))) return false;
  *files = PetrarchFiles();
  files->verbs = path(verbs);
  list(get("Actorfile"), &files->actors);
  list(get("Agentfile"), &files->agents);
  list(get("Discardfile"), &files->discards);
  list(get("Issuefile"), &files->issues);
  const std::string pico = get("PICOfile");
  if (!pico.empty() && std::filesystem::exists(path(pico))) files->ontology = path(pico);
  return true;
}

std::string IsoDate(int32_t d) {
  if (d == 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, (d / 100) % 100, d % 100);
  return buf;
}

}  // namespace

Status RunPetrarchValidation(const std::string& xml_path, const std::string& dictionaries,
                             const Lexicon& lexicon, bool verbose, std::FILE* out,
                             ValidationSummary* summary) {
  ValidationSuite suite;
  FL_RETURN_IF_ERROR(LoadValidationRecords(xml_path, &suite));
  PetrarchFiles files;
  if (!dictionaries.empty()) {
    FL_RETURN_IF_ERROR(FindPetrarchFiles(dictionaries, &files));
  } else {
    std::filesystem::path parent = std::filesystem::path(xml_path).parent_path();
    const std::string dir = parent.empty() ? std::string(1, '.') : parent.string();
    if (!EnvironmentFiles(suite, dir, &files)) FL_RETURN_IF_ERROR(FindPetrarchFiles(dir, &files));
  }
  std::unique_ptr<PetrarchCoder> coder;
  FL_RETURN_IF_ERROR(PetrarchCoder::Create(files, &lexicon, &coder));

  *summary = ValidationSummary();
  for (const ValidationRecord& rec : suite.records) {
    if (!rec.evaluate || rec.error == "bad_input_parse") {
      ++summary->skipped;
      continue;
    }
    Document doc;
    doc.id = rec.id;
    doc.text = rec.text;
    doc.date = IsoDate(rec.date);
    Segment(doc);
    Tag(doc, lexicon);
    coder->Code(doc);
    std::vector<Triple> coded;
    std::set<Triple> coded_set;
    for (const Event& e : doc.events) {
      Triple t{e.code, e.source ? e.source->code : "---", e.target ? e.target->code : "---"};
      if (coded_set.insert(t).second) coded.push_back(t);
    }
    std::multiset<Triple> expected;
    for (const ExpectedEvent& e : rec.events) expected.insert(Triple{e.code, e.source, e.target});
    int found = 0;
    for (const Triple& t : std::set<Triple>(expected.begin(), expected.end())) {
      if (coded_set.count(t)) found += static_cast<int>(expected.count(t));
    }
    int extra = 0;
    for (const Triple& t : coded) extra += expected.count(t) == 0;
    summary->expected += static_cast<int>(rec.events.size());
    summary->found += found;
    summary->extra += extra;
    const bool pass = found == static_cast<int>(rec.events.size()) && extra == 0;
    pass ? ++summary->passed : ++summary->failed;
    if (!pass || verbose) {
      std::fprintf(out, "%s %s [%s] %s\n", pass ? "PASS" : "FAIL", rec.id.c_str(),
                   rec.category.c_str(), rec.text.c_str());
      if (rec.events.empty() && rec.error.empty()) std::fprintf(out, "  expected: no events\n");
      if (rec.events.empty() && !rec.error.empty()) {
        std::fprintf(out, "  expected: no events (%s)\n", rec.error.c_str());
      }
      for (const ExpectedEvent& e : rec.events) {
        const Triple t{e.code, e.source, e.target};
        std::fprintf(out, "  expected: %s%s\n", Show(t).c_str(), coded_set.count(t) ? "" : "  MISSING");
      }
      if (coded.empty()) std::fprintf(out, "  coded:    none\n");
      for (const Triple& t : coded) {
        std::fprintf(out, "  coded:    %s%s\n", Show(t).c_str(), expected.count(t) ? "" : "  EXTRA");
      }
    }
  }
  std::fprintf(out, "Expected events found: %d of %d (%.1f%%)\n", summary->found, summary->expected,
               100.0 * summary->found_share());
  std::fprintf(out, "Extra events: %d in %d records (%.3f per record)\n", summary->extra,
               summary->passed + summary->failed, summary->extra_per_record());
  std::fprintf(out, "Skipped: %d records (evaluate=\"false\" or expecting a parser error)\n",
               summary->skipped);
  std::fprintf(out, "%d passed, %d failed\n", summary->passed, summary->failed);
  return Status::Ok();
}

}  // namespace faultline::petrarch
