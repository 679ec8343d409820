#include "code/legacy/petrarch_issues.h"

#include "code/legacy/petrarch_lines.h"

namespace faultline::petrarch {
namespace {

// Expands the n:, v: and + markers of one phrase into every written form.
std::vector<std::string> ExpandForms(const std::string& phrase) {
  std::vector<std::string> forms = {phrase};
  bool changed = true;
  while (changed) {
    changed = false;
    std::vector<std::string> next;
    for (const std::string& f : forms) {
      size_t plus = f.find('+');
      if (plus != std::string::npos) {
        next.push_back(f.substr(0, plus) + " " + f.substr(plus + 1));
        next.push_back(f.substr(0, plus) + "-" + f.substr(plus + 1));
        changed = true;
        continue;
      }
      size_t n = f.find("n:");
      if (n == std::string::npos) n = f.find("N:");
      size_t v = f.find("v:");
      if (v == std::string::npos) v = f.find("V:");
      if (n != std::string::npos && (n == 0 || f[n - 1] == ' ' || f[n - 1] == '-')) {
        std::string head = f.substr(0, n), rest = f.substr(n + 2);
        size_t sp = rest.find(' ');
        std::string word = rest.substr(0, sp), tail = sp == std::string::npos ? "" : rest.substr(sp);
        next.push_back(head + word + tail);
        if (!word.empty()) {
          char last = static_cast<char>(word.back() | 0x20);
          next.push_back(head + (last == 'y' ? word.substr(0, word.size() - 1) + "ies" : word + "s") + tail);
        }
        changed = true;
        continue;
      }
      if (v != std::string::npos && (v == 0 || f[v - 1] == ' ' || f[v - 1] == '-')) {
        std::string head = f.substr(0, v), rest = f.substr(v + 2);
        size_t sp = rest.find(' ');
        std::string word = rest.substr(0, sp), tail = sp == std::string::npos ? "" : rest.substr(sp);
        next.push_back(head + word + tail);
        next.push_back(head + word + "s" + tail);
        if (!word.empty() && (word.back() | 0x20) == 'e') {
          next.push_back(head + word + "d" + tail);
          next.push_back(head + word.substr(0, word.size() - 1) + "ing" + tail);
        } else {
          next.push_back(head + word + "ed" + tail);
          next.push_back(head + word + "ing" + tail);
        }
        changed = true;
        continue;
      }
      next.push_back(f);
    }
    forms.swap(next);
  }
  return forms;
}

}  // namespace

Status ParseIssues(std::string_view file, std::string_view content, IssueList* list) {
  std::string category;
  for (const SourceLine& line : CleanLines(content)) {
    const std::string& t = line.text;
    if (t.rfind("</ISSUE", 0) == 0) {
      category.clear();
      continue;
    }
    if (t.rfind("<ISSUE", 0) == 0) {
      size_t q = t.find("CATEGORY=\"");
      if (q == std::string::npos || t.find('"', q + 10) == std::string::npos) {
        return LineError(file, line.number, "ISSUE header without CATEGORY", t);
      }
      category = t.substr(q + 10, t.find('"', q + 10) - q - 10);
      continue;
    }
    IssueEntry proto;
    proto.category = category;
    proto.id = std::string(file) + ":" + std::to_string(line.number);
    std::string phrase;
    if (t[0] == '~') {
      proto.exclusion = t.size() > 1 && t[1] == '~' ? 2 : 1;
      phrase = Trim(t.substr(proto.exclusion));
    } else {
      size_t open = t.find('[');
      if (open == std::string::npos) continue;  // a note, as PETRARCH treats it
      size_t close = t.find(']', open);
      if (close == std::string::npos) return LineError(file, line.number, "missing ']'", t);
      proto.code = Trim(t.substr(open + 1, close - open - 1));
      if (proto.code.empty()) return LineError(file, line.number, "empty issue code", t);
      phrase = Trim(t.substr(0, open));
    }
    if (phrase.empty()) return LineError(file, line.number, "empty issue phrase", t);
    // Each + doubles the forms, n: doubles and v: quadruples them: 40 markers would
    // exhaust memory, so a phrase may expand to at most kMaxForms forms.
    constexpr size_t kMaxForms = 4096;
    size_t forms = 1;
    for (size_t k = 0; k < phrase.size() && forms <= kMaxForms; ++k) {
      if (phrase[k] == '+') forms *= 2;
      if (phrase[k] == ':' && k > 0 && (phrase[k - 1] | 0x20) == 'n') forms *= 2;
      if (phrase[k] == ':' && k > 0 && (phrase[k - 1] | 0x20) == 'v') forms *= 4;
    }
    if (forms > kMaxForms) return LineError(file, line.number, "too many n:, v: and + markers", t);
    for (const std::string& form : ExpandForms(phrase)) {
      IssueEntry e = proto;
      e.words = PhraseTokens(form);
      if (e.words.empty()) continue;
      list->entries.push_back(std::move(e));
    }
  }
  return Status::Ok();
}

Status LoadIssues(const std::string& path, IssueList* list) {
  std::string content;
  FL_RETURN_IF_ERROR(ReadFileToString(path, &content));
  return ParseIssues(path, content, list);
}

}  // namespace faultline::petrarch
