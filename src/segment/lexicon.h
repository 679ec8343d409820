// Lexicon: which parts of speech an English word can take, how often (WordNet's
// tagged-sense counts as a frequency prior), and its dictionary form.
//
// Built from Debian's wordnet-base (index.{noun,verb,adj,adv} and the *.exc exception
// lists) at start-up. Lemmatisation follows WordNet's morphy: exceptions first, then
// suffix rules whose result must be a known lemma of that part of speech.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "faultline/status.h"
#include "util/flat_map.h"

namespace faultline {

// Frequency prior per open word class; 0 means "not a word of this class".
struct LexEntry {
  uint16_t noun = 0;
  uint16_t verb = 0;
  uint16_t adj = 0;
  uint16_t adv = 0;
};

class Lexicon {
 public:
  // Loads WordNet from `dir` (Debian: /usr/share/wordnet). Fails naming the missing file.
  Status Load(const std::string& dir);
  bool loaded() const { return lemmas_.size() > 0; }

  // Entry for a lemma (lower case), or nullptr.
  const LexEntry* Find(std::string_view lemma) const;

  // Dictionary forms of an inflected word, or empty when the word is not a form of
  // that class: VerbLemma("fled") == "flee", NounLemma("civilians") == "civilian".
  std::string VerbLemma(std::string_view form) const;
  std::string NounLemma(std::string_view form) const;
  std::string AdjLemma(std::string_view form) const;

  size_t size() const { return lemmas_.size(); }

 private:
  std::string Morphy(std::string_view form, int pos) const;
  FlatStringMap<LexEntry> lemmas_;
  FlatStringMap<std::string> exceptions_[3];  // verb, noun, adj
};

}  // namespace faultline
