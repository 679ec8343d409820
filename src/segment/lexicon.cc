#include "segment/lexicon.h"

#include <cstdio>
#include <string>

namespace faultline {
namespace {

constexpr int kVerb = 0, kNoun = 1, kAdj = 2;

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// WordNet morphy detachment rules.
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"}, {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kNounRules[] = {{"s", ""},    {"ses", "s"},  {"xes", "x"},  {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

uint16_t Clamp(long v) { return static_cast<uint16_t>(v > 60000 ? 60000 : v); }

}  // namespace

namespace {

// Reads a whole file; false when it cannot be opened.
bool ReadFile(const std::string& path, std::string* out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  out->clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  std::fclose(f);
  return true;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Whitespace-separated fields of one line, as `std::istream >>` reads them.
class Fields {
 public:
  explicit Fields(std::string_view line) : s_(line) {}
  bool Next(std::string_view* f) {
    while (i_ < s_.size() && IsBlank(s_[i_])) ++i_;
    if (i_ >= s_.size()) return false;
    size_t b = i_;
    while (i_ < s_.size() && !IsBlank(s_[i_])) ++i_;
    *f = s_.substr(b, i_ - b);
    return true;
  }
  // A decimal count; 0 (and every later field) once one fails to read, as a stream does.
  long Number() {
    std::string_view f;
    if (failed_ || !Next(&f)) {
      failed_ = true;
      return 0;
    }
    size_t k = 0;
    bool neg = false;
    if (k < f.size() && (f[k] == '-' || f[k] == '+')) neg = f[k++] == '-';
    if (k >= f.size() || f[k] < '0' || f[k] > '9') {
      failed_ = true;
      return 0;
    }
    long v = 0;
    for (; k < f.size() && f[k] >= '0' && f[k] <= '9'; ++k) v = v * 10 + (f[k] - '0');
    if (k < f.size()) {
      // "12abc": the stream reads 12 and then fails on "abc" for the next field.
      tail_fail_ = true;
    }
    return neg ? -v : v;
  }
  void Skip() {
    std::string_view f;
    if (failed_ || tail_fail_ || !Next(&f)) failed_ = true;
  }
  bool tail_fail() const { return tail_fail_; }

 private:
  std::string_view s_;
  size_t i_ = 0;
  bool failed_ = false;
  bool tail_fail_ = false;
};

}  // namespace

Status Lexicon::Load(const std::string& dir) {
  const char* files[] = {"index.noun", "index.verb", "index.adj", "index.adv"};
  std::string text;
  lemmas_.Reserve(160000);
  for (int f = 0; f < 4; ++f) {
    std::string path = dir + "/" + files[f];
    if (!ReadFile(path, &text)) {
      return Status::NotFound(path + " (install Debian package wordnet-base)");
    }
    size_t pos = 0;
    while (pos < text.size()) {
      size_t eol = text.find('\n', pos);
      if (eol == std::string::npos) eol = text.size();
      std::string_view line(text.data() + pos, eol - pos);
      pos = eol + 1;
      if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
      Fields ls(line);
      std::string_view lemma, part;
      ls.Next(&lemma);
      ls.Next(&part);
      ls.Number();  // synsets
      long pointers = ls.Number();
      if (lemma.find('_') != std::string_view::npos) continue;
      for (long p = 0; p < pointers; ++p) ls.Skip();
      ls.Number();  // senses
      long tagged = ls.Number();
      // +1 so that an untagged but listed word still counts as possible.
      uint16_t weight = Clamp(tagged + 1);
      LexEntry& e = lemmas_[lemma];
      switch (f) {
        case 0: e.noun = weight; break;
        case 1: e.verb = weight; break;
        case 2: e.adj = weight; break;
        default: e.adv = weight; break;
      }
    }
  }
  const char* exc[] = {"verb.exc", "noun.exc", "adj.exc"};
  for (int f = 0; f < 3; ++f) {
    if (!ReadFile(dir + "/" + exc[f], &text)) {
      return Status::NotFound(dir + "/" + exc[f] + " (install Debian package wordnet-base)");
    }
    // "form lemma [lemma...]" per line; the first entry for a form wins.
    size_t pos = 0;
    while (pos < text.size()) {
      size_t eol = text.find('\n', pos);
      if (eol == std::string::npos) eol = text.size();
      Fields ls(std::string_view(text.data() + pos, eol - pos));
      pos = eol + 1;
      std::string_view form, lemma;
      if (!ls.Next(&form) || !ls.Next(&lemma)) continue;
      auto [value, inserted] = exceptions_[f].Insert(form);
      if (inserted) value->assign(lemma);
    }
  }
  return Status::Ok();
}

const LexEntry* Lexicon::Find(std::string_view lemma) const { return lemmas_.Find(lemma); }

std::string Lexicon::Morphy(std::string_view form, int pos) const {
  std::string w(form);
  if (const std::string* ex = exceptions_[pos].Find(w)) return *ex;
  auto has = [&](const std::string& lemma) {
    const LexEntry* e = Find(lemma);
    if (!e) return false;
    return pos == kVerb ? e->verb > 0 : pos == kNoun ? e->noun > 0 : e->adj > 0;
  };
  if (has(w)) return w;
  const Rule* rules = pos == kVerb ? kVerbRules : pos == kNoun ? kNounRules : kAdjRules;
  size_t n = pos == kAdj ? std::size(kAdjRules) : 8;
  for (size_t i = 0; i < n; ++i) {
    const Rule& r = rules[i];
    if (w.size() > r.suffix.size() + 1 && w.compare(w.size() - r.suffix.size(), r.suffix.size(), r.suffix) == 0) {
      std::string cand = w.substr(0, w.size() - r.suffix.size());
      cand += r.replacement;
      if (has(cand)) return cand;
      // Doubled final consonant: "shelled" -> "shell" is found above; "stopped" -> "stop".
      if (pos == kVerb && r.replacement.empty() && cand.size() >= 3 &&
          cand[cand.size() - 1] == cand[cand.size() - 2]) {
        std::string undoubled = cand.substr(0, cand.size() - 1);
        if (has(undoubled)) return undoubled;
      }
    }
  }
  return "";
}

std::string Lexicon::VerbLemma(std::string_view form) const { return Morphy(form, kVerb); }
std::string Lexicon::NounLemma(std::string_view form) const { return Morphy(form, kNoun); }
std::string Lexicon::AdjLemma(std::string_view form) const { return Morphy(form, kAdj); }

}  // namespace faultline
