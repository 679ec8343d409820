#include "segment/lexicon.h"

#include <fstream>
#include <sstream>
#include <vector>

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

Status Lexicon::Load(const std::string& dir) {
  const char* files[] = {"index.noun", "index.verb", "index.adj", "index.adv"};
  for (int f = 0; f < 4; ++f) {
    std::string path = dir + "/" + files[f];
    std::ifstream in(path);
    if (!in) {
      return Status::NotFound(path + " (install Debian package wordnet-base)");
    }
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
      std::istringstream ls(line);
      std::string lemma, pos;
      long synsets = 0, pointers = 0;
      ls >> lemma >> pos >> synsets >> pointers;
      if (lemma.find('_') != std::string::npos) continue;
      std::string ptr;
      for (long p = 0; p < pointers; ++p) ls >> ptr;
      long senses = 0, tagged = 0;
      ls >> senses >> tagged;
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
    std::ifstream in(dir + "/" + exc[f]);
    if (!in) return Status::NotFound(dir + "/" + exc[f] + " (install Debian package wordnet-base)");
    std::string form, lemma;
    while (in >> form >> lemma) {
      exceptions_[f].emplace(form, lemma);
      std::string rest;
      std::getline(in, rest);
    }
  }
  return Status::Ok();
}

const LexEntry* Lexicon::Find(std::string_view lemma) const {
  auto it = lemmas_.find(std::string(lemma));
  return it == lemmas_.end() ? nullptr : &it->second;
}

std::string Lexicon::Morphy(std::string_view form, int pos) const {
  std::string w(form);
  auto ex = exceptions_[pos].find(w);
  if (ex != exceptions_[pos].end()) return ex->second;
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
