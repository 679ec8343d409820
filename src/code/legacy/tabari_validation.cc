#include "code/legacy/tabari_validation.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace faultline::tabari {

namespace {

constexpr size_t kMaxSentence = 2048;  // TABARI truncates longer records

bool Contains(const std::string& s, const char* what, size_t from = 0) {
  return s.find(what, from) != std::string::npos;
}

// strncmp over strings that end in an implicit run of NULs.
bool SameField(const std::string& a, const std::string& b, int from, int len) {
  for (int i = from; i < from + len; ++i) {
    const char ca = i < static_cast<int>(a.size()) ? a[i] : '\0';
    const char cb = i < static_cast<int>(b.size()) ? b[i] : '\0';
    if (ca != cb) return false;
    if (!ca) return true;
  }
  return true;
}

std::string Expected(const std::string& text) {
  size_t c = text.find("/*");
  if (c == std::string::npos) return "";
  std::string out;
  for (size_t p = text.find('{', c); p != std::string::npos; p = text.find('{', p + 1)) {
    size_t e = text.find('}', p);
    std::string block = text.substr(p, e == std::string::npos ? std::string::npos : e - p + 1);
    if (p > 0 && text[p - 1] == '-') block = "-" + block;
    if (!out.empty()) out += " ";
    out += block;
  }
  return out;
}

std::string WithoutComment(const std::string& text) {
  std::string out;
  size_t p = 0;
  while (p < text.size()) {
    size_t c = text.find("/*", p);
    if (c == std::string::npos) {
      out += text.substr(p);
      break;
    }
    out += text.substr(p, c - p);
    size_t e = text.find("*/", c + 2);
    if (e == std::string::npos) break;
    p = e + 2;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Checker {
  TabariOptions* options;
  CodeTable* codes;

  // TABARI's ProcessorClass::checkEvents. Returns true when the record passes.
  bool Check(const std::string& text, const TabariResult& result, bool* option_record,
             std::string* reason) {
    *option_record = false;
    size_t c = text.find("/*");
    if (c == std::string::npos) {
      *reason = "no verification record";
      return false;
    }
    size_t psa = text.find('{', c + 2);
    if (psa == std::string::npos) {
      *reason = "no verification record";
      return false;
    }
    size_t op = text.find("OPTION:", psa);
    if (op != std::string::npos) {
      *option_record = true;
      while (op != std::string::npos) {
        std::string cmd = text.substr(op + 8);
        cmd = cmd.substr(0, cmd.find('}'));
        Status s = ApplyTabariOption(cmd, options, codes);
        if (!s.ok()) *reason = "option not applied: " + s.message();
        op = text.find("OPTION:", op + 8 + cmd.size());
      }
      return true;
    }
    if (result.problem) {
      const std::string& p = result.problem_text;
      if (psa > 0 && text[psa - 1] == '-') return true;
      if ((Contains(p, "No eve") || Contains(p, "No val") || Contains(p, "Input err")) &&
          Contains(text, "---", psa)) {
        return true;
      }
      if (Contains(p, "ard co") && Contains(text, "###", psa)) return true;
      if (Contains(p, "omplex") && Contains(text, "+++", psa)) return true;
      *reason = "coder reported: " + p;
      return false;
    }
    if (options->time_shift) {  // the first expected block's date must be the event's
      size_t b = text.find('}', psa);
      if (b == std::string::npos) b = text.size();
      while (b < text.size() && !std::isdigit(static_cast<unsigned char>(text[b]))) ++b;
      if (b >= text.size()) {
        *reason = "time shifting on and no date in the verification record";
        return false;
      }
      std::string date;
      while (b < text.size() && date.size() < 14 &&
             std::isdigit(static_cast<unsigned char>(text[b]))) {
        date += text[b++];
      }
      const TabariEvent& e = result.events[0];
      if ((e.date + "\t" + e.source + "\t" + e.target + "\t" + e.code).find(date) ==
          std::string::npos) {
        *reason = "time-shifted date differs";
        return false;
      }
    }
    for (const TabariEvent& e : result.events) {
      const std::string s = e.source + "\t" + e.target + "\t" + e.code + "\t";
      psa = text.find('{', psa);
      if (psa == std::string::npos) {
        *reason = "more events coded than expected";
        return false;
      }
      ++psa;
      if (psa >= 2 && text[psa - 2] == '-') return true;
      while (psa < text.size() && text[psa] == ' ') ++psa;
      size_t ps = 0;
      for (int field = 0; field < 3; ++field) {
        while (ps < s.size() && psa < text.size() && s[ps] == text[psa]) {
          ++ps;
          ++psa;
        }
        const char t = psa < text.size() ? text[psa] : '\0';
        if (ps >= s.size() || s[ps] != '\t' || (t != ' ' && t != '/' && t != '}')) {
          *reason = "event does not match";
          return false;
        }
        while (psa < text.size() && (text[psa] == ' ' || text[psa] == '/' || text[psa] == '}')) {
          ++psa;
        }
        ++ps;
      }
    }
    if (text.find('{', psa) != std::string::npos) {
      *reason = "fewer events coded than expected";
      return false;
    }
    return true;
  }
};

}  // namespace

Status ReadValidationRecords(const std::string& path, std::vector<ValidationRecord>* records) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  records->clear();
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
    lines.push_back(std::move(l));
  }
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].empty() || !std::isdigit(static_cast<unsigned char>(lines[i][0]))) {
      ++i;
      continue;
    }
    ValidationRecord r;
    r.line = static_cast<int>(i) + 1;
    r.header = lines[i++];
    bool truncated = false;
    while (i < lines.size() && !lines[i].empty()) {
      const std::string& l = lines[i++];
      if (truncated) continue;
      for (char ch : l) {
        if (r.text.size() + 1 >= kMaxSentence) {
          truncated = true;
          break;
        }
        r.text += ch;
      }
      if (!truncated && !r.text.empty() && r.text.back() != ' ') {
        if (r.text.size() + 1 >= kMaxSentence) {
          truncated = true;
        } else {
          r.text += ' ';
        }
      }
    }
    if (truncated) {  // as TABARI: mark the cut
      r.text.resize(kMaxSentence - 23);
      r.text += " [STORY TRUNCATED...] ";
    }
    records->push_back(std::move(r));
  }
  return Status::Ok();
}

Status RunTabariValidation(TabariSetup* setup, const std::string& text_path, bool stop_at_final,
                           ValidationReport* report) {
  std::string path = text_path;
  if (path.empty()) {
    if (setup->project.texts.empty()) {
      return Status::InvalidInput("the project names no <textfile>");
    }
    path = setup->project.texts.front();
  }
  std::vector<ValidationRecord> records;
  FL_RETURN_IF_ERROR(ReadValidationRecords(path, &records));
  if (records.empty()) return Status::InvalidInput(path + ": no validation records");
  TabariOptions& opts = setup->options;
  TabariEngine engine(setup->dict.get());
  Checker checker{&opts, &setup->dict->codes()};
  ForwardMemory memory;
  std::string last_id;
  int last_seq = -1;
  *report = ValidationReport();
  for (const ValidationRecord& r : records) {
    const size_t date_len = opts.four_digit_year ? 8 : 6;
    RecordContext ctx;
    ctx.date = r.header.substr(0, date_len);
    if (!ParseTabariDate(ctx.date, opts.four_digit_year, &ctx.julian)) continue;  // skipped
    std::string id;
    if (opts.id_loc >= 0) {  // FORWARD: record-id layout and sentence sequence
      const size_t start = date_len + static_cast<size_t>(opts.id_loc);
      if (r.header.size() > start) {
        id = r.header.substr(start, static_cast<size_t>(opts.id_len));
        if (!SameField(last_id, id, opts.story_loc, opts.story_len)) last_seq = -1;
        last_id = id;
        const size_t sp = date_len + static_cast<size_t>(opts.sent_loc);
        const int seq =
            sp < r.header.size()
                ? std::atoi(r.header.substr(sp, static_cast<size_t>(opts.sent_len)).c_str())
                : 0;
        ctx.can_forward = opts.use_forward && last_seq >= 0 && seq == last_seq + 1;
        last_seq = seq;
      } else {
        last_seq = -1;
      }
    }
    size_t b = date_len;
    while (b < r.header.size() && std::isspace(static_cast<unsigned char>(r.header[b]))) ++b;
    const std::string shown_id = r.header.substr(std::min(b, r.header.size()));
    if (stop_at_final && shown_id.rfind("FINAL", 0) == 0) break;

    const TabariResult result = engine.CodeSentence(r.text, ctx, opts, &memory);
    RecordOutcome out;
    out.id = shown_id;
    out.text = WithoutComment(r.text);
    out.expected = Expected(r.text);
    if (result.problem) {
      out.coded.push_back(result.problem_text);
    } else {
      for (const TabariEvent& e : result.events) {
        out.coded.push_back(e.source + " / " + e.target + " / " + e.code);
      }
    }
    out.passed = checker.Check(r.text, result, &out.option_record, &out.reason);
    (out.passed ? report->passed : report->failed) += 1;
    report->records.push_back(std::move(out));
  }
  return Status::Ok();
}

bool LooksLikeTabariSuite(const std::string& path) {
  auto ends = [&](const char* suffix) {
    const size_t n = std::strlen(suffix);
    return path.size() >= n && path.compare(path.size() - n, n, suffix) == 0;
  };
  if (ends(".project") || ends(".text")) return true;
  TabariProject project;
  return FindTabariProject(path, &project).ok();
}

Status RunTabariValidationFile(const std::string& path, const std::string& dictionaries,
                               bool verbose, std::FILE* out, ValidationReport* report) {
  TabariProject project;
  FL_RETURN_IF_ERROR(FindTabariProject(path, &project));
  std::string text = project.texts.empty() ? std::string() : project.texts.front();
  if (path.size() < 8 || path.compare(path.size() - 8, 8, ".project") != 0) text = path;
  TabariSetup setup;
  if (dictionaries.empty()) {
    FL_RETURN_IF_ERROR(LoadTabariProject(project, &setup));
  } else {
    FL_RETURN_IF_ERROR(LoadTabariDirectory(dictionaries, &setup));
  }
  FL_RETURN_IF_ERROR(RunTabariValidation(&setup, text, true, report));
  for (const RecordOutcome& r : report->records) {
    if (r.passed && !verbose) continue;
    std::fprintf(out, "%s %s\n", r.passed ? "PASS" : "FAIL", r.id.c_str());
    std::fprintf(out, "  text:     %s\n", r.text.c_str());
    std::fprintf(out, "  expected: %s\n", r.expected.c_str());
    std::string coded;
    for (const std::string& c : r.coded) coded += (coded.empty() ? "" : "; ") + c;
    std::fprintf(out, "  coded:    %s\n", coded.empty() ? "(nothing)" : coded.c_str());
    if (!r.passed) std::fprintf(out, "  why:      %s\n", r.reason.c_str());
  }
  std::fprintf(out, "%d passed, %d failed\n", report->passed, report->failed);
  return Status::Ok();
}

}  // namespace faultline::tabari
