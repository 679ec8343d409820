#include "code/legacy/tabari_dictionary.h"

#include <algorithm>
#include <cctype>

namespace faultline::tabari {

Dictionary::Dictionary() {
  roots_.emplace_back();  // root 0 means "no root"
  AddBuiltin("A_", WordType::kDeterm);
  AddBuiltin("AN_", WordType::kDeterm);
  AddBuiltin("THE_", WordType::kDeterm);
  lit_the = roots_.back().phrase[0].id;
  AddBuiltin("AND_", WordType::kConj);
  lit_and = roots_.back().phrase[0].id;
  AddBuiltin("NOR_", WordType::kConj);
  lit_nor = roots_.back().phrase[0].id;
  AddBuiltin("BUT_", WordType::kConj);
  AddBuiltin("OR_", WordType::kConj);
  AddBuiltin("IN_", WordType::kPrep);
  AddBuiltin("OF_", WordType::kPrep);
  AddBuiltin("HE_", WordType::kPronoun);
  lit_he = roots_.back().phrase[0].id;
  AddBuiltin("HIM_", WordType::kPronoun);
  AddBuiltin("SHE_", WordType::kPronoun);
  AddBuiltin("HER_", WordType::kPronoun);
  AddBuiltin("IT_", WordType::kPronoun);
  lit_it = roots_.back().phrase[0].id;
  AddBuiltin("THEM_", WordType::kPronoun);
  AddBuiltin("THEIR_", WordType::kPronoun);
  AddBuiltin("THEY_", WordType::kPronoun);
  AddBuiltin("WERE_", WordType::kAuxil);
  AddBuiltin("WAS_", WordType::kAuxil);
  AddBuiltin("BEEN_", WordType::kAuxil);
  AddBuiltin("BY_", WordType::kByword);
  AddBuiltin("FORMER_", WordType::kAdjctv);
  root_former = root_count() - 1;
  AddBuiltin("DEFAULT_ACTOR", WordType::kActor);
  code_elite = codes_.Intern("~ELI");
}

void Dictionary::AddBuiltin(const char* phrase, WordType wtype) {
  Phrase p;
  Status s = StorePhrase(phrase, false, &p);
  (void)s;  // built-in phrases have no synsets
  AddRoot(std::move(p), wtype, -1);
}

Status Dictionary::StorePhrase(std::string_view text, bool synset_root, Phrase* out) {
  out->clear();
  size_t i = 0;
  const size_t n = text.size();
  while (true) {
    while (i < n && text[i] == ' ') ++i;
    if (i >= n) break;
    size_t d = text.find_first_of(" _~=", i);
    std::string word(text.substr(i, d == std::string_view::npos ? n - i : d - i));
    if (word.empty()) {  // "A__B": nothing between two connectors
      i = d + 1;
      continue;
    }
    const int lit = literals_.Intern(word);
    const bool synset = !word.empty() && word[0] == '&';
    if (d == std::string_view::npos) {  // last word: open ending
      if (synset && !synset_root) {
        int root = SynsetRoot(word);
        if (!root) return Status::InvalidInput("undeclared synset '" + word + "'");
        out->push_back({root, kFlagSynmFS});
      } else {
        out->push_back({lit, kConnPartSkip});
      }
      break;
    }
    const char c = text[d];
    if (synset) {
      int root = SynsetRoot(word);
      if (!root) return Status::InvalidInput("undeclared synset '" + word + "'");
      out->push_back({root, c == ' ' ? kFlagSynmFS : kFlagSynmPN});
    } else if (c == ' ') {
      out->push_back({lit, kConnPartSkip});
    } else if (c == '=') {
      out->push_back({lit, kConnEqual});
    } else if (c == '~') {  // "~_"
      out->push_back({lit, kConnPartNext});
      ++d;
    } else if (d + 1 < n && text[d + 1] == ' ') {  // "_ "
      out->push_back({lit, kConnFullSkip});
      ++d;
    } else {
      out->push_back({lit, kConnFullNext});
    }
    i = d + 1;
  }
  return Status::Ok();
}

int Dictionary::AddRoot(Phrase phrase, WordType wtype, int pset, int parent) {
  const int index = root_count();
  if (!phrase.empty()) literals_.AddStart(phrase[0].id, index);
  roots_.push_back({std::move(phrase), wtype, pset, parent});
  return index;
}

int Dictionary::AddPatternSet(PatternSet set) {
  psets_.push_back(std::move(set));
  return static_cast<int>(psets_.size()) - 1;
}

void Dictionary::InsertPattern(int pset, Pattern p, int fixed_length) {
  std::vector<Pattern>& list = psets_[pset].patterns;
  size_t at = 0;
  while (at < list.size() && list[at].length >= fixed_length) ++at;
  list.insert(list.begin() + static_cast<long>(at), std::move(p));
}

bool Dictionary::HasRoot(const Phrase& phrase) const {
  if (phrase.empty()) return false;
  for (int r : literals_.Starts(phrase[0].id)) {
    if (roots_[r].phrase == phrase) return true;
  }
  return false;
}

int Dictionary::SynsetRoot(std::string_view name) const {
  const int lit = literals_.Find(name);
  if (!lit) return 0;
  for (int r : literals_.Starts(lit)) {
    if (roots_[r].wtype == WordType::kSynym) return r;
  }
  return 0;
}

void PatternLength(std::string_view pattern, int* len, int* alt) {
  *len = 0;
  *alt = 0;
  auto counts = [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    int n = (c == '_' || c == '\'') ? 1 : 0;
    if (u >= 128 || (!std::isspace(u) && !std::ispunct(u))) ++n;
    return n;
  };
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      int best = 0, cur = 0;
      ++i;
      while (i < pattern.size() && pattern[i] != '}') {
        if (pattern[i] == '|') {
          best = std::max(best, cur);
          cur = 0;
        } else {
          cur += counts(pattern[i]);
        }
        ++i;
      }
      *alt += std::max(best, cur);
    } else {
      *len += counts(pattern[i]);
    }
  }
}

}  // namespace faultline::tabari
