// The shallow analysis of one sentence that PETRARCH-style matching needs, built from
// faultline's own tokens and part-of-speech tags (never from a treebank parse):
//   - words: the sentence's tokens without hyphens (dictionaries ignore them);
//   - chunks: maximal runs of noun-phrase words (determiners, adjectives, nouns, numbers,
//     possessives) plus any word inside a dictionary actor or agent phrase;
//   - groups: actor phrases. A chunk's actor and agent phrases make one member
//     ("Russian police" -> RUS+COP); chunks joined by "and"/"or"/"nor" (with commas
//     before the last conjunction) make a compound; "AGENT of/in/from ACTORS" and
//     "NOUN of ACTORS" compose ("lawmakers in Arnor and Gondor" -> ARNLEG, GONLEG); an
//     agent alone after an actor in a compound takes that actor ("Danish media and
//     government" -> DNKMED, DNKGOV).
// Part-of-speech tags are repaired where the shallow tagger's guess would hide a
// dictionary verb: a verb word right after a modal, negation or "to" is a verb ("will
// not clash"); an irregular form listed in the verb file after a noun is a verb
// ("official said"); a participle between a determiner, adjective or verb and a noun is
// an adjective ("abandon improved economic relations").
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "code/legacy/petrarch_dictionaries.h"
#include "code/legacy/petrarch_index.h"
#include "faultline/document.h"

namespace faultline::petrarch {

// One actor of a group: prefix agents, the actor code, suffix agents.
struct Member {
  std::string prefix;
  std::string actor;  // empty for an agent with no actor ("officials"): a null actor
  std::vector<std::string> agents;
  std::vector<std::string> entries;  // dictionary entry ids, for provenance
  uint32_t begin = 0, end = 0;       // words it came from
  // PETRARCH's composed code: an agent code is not added when the actor code already
  // has it at a three-letter boundary ("WASHINGTON security officials" -> USAGOV).
  std::string Code() const;
};

struct Group {
  uint32_t begin = 0, end = 0;  // words [begin, end)
  std::vector<Member> members;  // empty for a noun phrase without actors
  bool HasActor() const;
};

struct SentenceView {
  const Document* doc = nullptr;
  uint32_t sentence = 0;
  std::vector<uint32_t> token;  // token index of each word
  std::vector<std::string> norm, lemma;
  std::vector<Pos> pos;
  std::vector<int> chunk_of;  // chunk index of each word or -1
  std::vector<std::pair<uint32_t, uint32_t>> chunks;
  std::vector<Group> groups;  // in sentence order
  std::vector<int> group_of;  // group index of each word or -1
  const Token& tok(uint32_t w) const { return doc->tokens[token[w]]; }
  size_t size() const { return norm.size(); }
};

class SentenceAnalyser {
 public:
  explicit SentenceAnalyser(const PetrarchDictionaries& dicts);
  // Fills `view` for sentence `s` of `doc`; `date` (YYYYMMDD, 0 unknown) picks codes.
  void Analyse(const Document& doc, uint32_t s, int32_t date, SentenceView* view) const;

 private:
  // Repairs tags the way the verb dictionary needs them (see the .cc).
  void RepairTags(SentenceView* v) const;

  const PetrarchDictionaries& dicts_;
  PhraseIndex actors_, agents_;
  std::unordered_set<std::string> verb_words_, inflected_words_;
  std::vector<std::pair<uint32_t, uint32_t>> actor_names_;  // index entry -> (entry, name)
};

}  // namespace faultline::petrarch
