// PetrarchCoder: codes CAMEO events with PETRARCH dictionaries (the CAMEO verb-pattern
// file, Phoenix-style actor and agent files, discards, the coding ontology) on
// faultline's own tokens, sentences and tags.
//
// For each dictionary verb in a sentence it finds, PETRARCH-style, the verb's subject
// (walking left over auxiliaries, prepositional phrases and parentheticals; a pronoun
// takes the previous verb's subject; a verb after "and" shares the previous verb's), the
// first actor after it in its clause, passives (subject becomes the target, the "by"
// phrase or first actor after the verb the source), negation (through the ontology),
// and the most specific pattern of the verb's block that matches: pre-verb words in the
// subject phrase, post-verb words, {noun phrases} within one chunk, (prepositional
// phrases) with their object, $ and + slots, and % for compound subjects. A verb inside
// the clause of a verb that already coded an event adds nothing ("noted that X
// regretted Y" is one event), as in PETRARCH. Events need a source and a target with
// actor codes; sentences or stories with a discard phrase code nothing.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "code/event_coder.h"
#include "code/legacy/petrarch_dictionaries.h"
#include "code/legacy/petrarch_index.h"
#include "code/legacy/petrarch_sentence.h"
#include "segment/lexicon.h"

namespace faultline::petrarch {

class PetrarchCoder : public EventCoder {
 public:
  // `lexicon` (may be null) gives the lemmas of pattern words, so "TIES" matches "tie";
  // it must outlive the coder.
  PetrarchCoder(std::shared_ptr<const PetrarchDictionaries> dicts, const Lexicon* lexicon);

  // Loads the dictionaries of `dir` (see petrarch_dictionaries.h) and makes a coder.
  static Status Create(const std::string& dir, const Lexicon* lexicon,
                       std::unique_ptr<PetrarchCoder>* coder);
  static Status Create(const PetrarchFiles& files, const Lexicon* lexicon,
                       std::unique_ptr<PetrarchCoder>* coder);

  void Code(Document& doc) const override;
  bool owns_actors() const override { return true; }
  const std::string& version() const override { return version_; }

  const PetrarchDictionaries& dictionaries() const { return *dicts_; }

 private:
  struct VerbHit;
  struct Clause;
  struct Match;

  std::vector<VerbHit> FindVerbs(const SentenceView& v) const;
  bool Discarded(const SentenceView& v, bool story) const;
  void CodeSentence(const SentenceView& v, Document& doc) const;
  bool WordEq(const SentenceView& v, uint32_t w, const std::string& s) const;
  bool TermAt(const SentenceView& v, const Term& t, uint32_t w, uint32_t end, uint32_t* len) const;
  bool MatchSlots(const SentenceView& v, const std::vector<Slot>& slots, size_t k, uint32_t pos,
                  uint32_t end, uint32_t target_end, Match* m) const;
  bool MatchGroupSlots(const SentenceView& v, const std::vector<Slot>& slots, size_t k,
                       size_t stop, uint32_t from, uint32_t end, uint32_t* after) const;
  bool MatchPattern(const SentenceView& v, const VerbPattern& p, const Clause& c, Match* m) const;

  std::shared_ptr<const PetrarchDictionaries> dicts_;
  SentenceAnalyser analyser_;
  std::unordered_map<std::string, std::vector<uint32_t>> forms_by_word_;
  std::unordered_map<std::string, std::string> word_lemma_;  // pattern word -> lemma
  PhraseIndex discards_;
  std::string version_;
};

}  // namespace faultline::petrarch
