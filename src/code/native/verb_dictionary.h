// VerbDictionary: the native verb and noun patterns (data/verbs/NN.txt) and discard
// phrases (data/verbs/discards.txt), parsed and indexed by head lemma.
// Syntax and matching rules: docs/dictionaries.md.
#pragma once

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "faultline/status.h"
#include "util/flat_map.h"
#include "util/word_filter.h"

namespace faultline {

// One pattern position: a word slot with alternatives (each a token sequence), or an
// actor slot.
struct PatternSlot {
  enum class Kind : uint8_t { kWord, kTarget, kSource };
  Kind kind = Kind::kWord;
  std::vector<std::vector<std::string>> alternatives;  // folded tokens
  std::vector<std::vector<uint32_t>> alternative_ids;  // the same as symbol ids (after loading)
  bool adjacent = false;                               // written `_word`: no gap allowed before it
};

// Symbol ids of a token's lemma and folded form (0 when the dictionary has no such word),
// computed once per document so that matching compares integers, not strings.
struct WordIds {
  uint32_t lemma = 0;
  uint32_t norm = 0;
  bool Matches(uint32_t id) const { return id != 0 && (id == lemma || id == norm); }
};

// A set of symbol ids modulo 256, one bit each: ORed over a stretch of text, it tells
// cheaply that a pattern's required words cannot all be there. (At 64 bits a sentence's
// 60-odd ids set most bits and the test passed nearly every pattern.)
struct WordBits {
  std::array<uint64_t, 4> w{};
  void Add(uint32_t id) {
    if (id) w[(id >> 6) & 3] |= uint64_t{1} << (id & 63);
  }
  void Add(const WordIds& ids) {
    Add(ids.lemma);
    Add(ids.norm);
  }
  void AddAll(const WordBits& o) {
    for (size_t k = 0; k < w.size(); ++k) w[k] |= o.w[k];
  }
  bool Covers(const WordBits& need) const {
    uint64_t missing = 0;
    for (size_t k = 0; k < w.size(); ++k) missing |= need.w[k] & ~w[k];
    return missing == 0;
  }
  bool Intersects(const WordBits& o) const {
    uint64_t common = 0;
    for (size_t k = 0; k < w.size(); ++k) common |= o.w[k] & w[k];
    return common != 0;
  }
};

struct VerbPattern {
  std::string code;               // CAMEO code
  std::string id;                 // "verbs/19.txt:120"
  bool noun_head = false;         // `%head`: head may be a noun
  std::vector<std::string> head;  // head tokens (the first is the index key)
  std::vector<uint32_t> head_ids;
  std::vector<std::vector<std::string>> head_alternatives;  // while parsing only
  std::vector<PatternSlot> slots;                           // after the head
  int words = 0;           // word tokens in the pattern: specificity for ranking
  WordBits required_bits;  // every word a match needs after the head
  // One set per slot with alternatives: each alternative's first word. A match needs at
  // least one of them after the head.
  std::vector<WordBits> any_of_bits;
  // True when the words after the head can be there (a cheap test before MatchPattern).
  bool MayMatch(const WordBits& after) const {
    if (!after.Covers(required_bits)) return false;
    for (const WordBits& m : any_of_bits) {
      if (!after.Intersects(m)) return false;
    }
    return true;
  }
  bool has_target = false, has_source = false;
};

class VerbDictionary {
 public:
  // Loads data_dir/verbs/*.txt (discards.txt as discards); fails on the first bad line,
  // naming FILE:LINE and the fragment.
  Status LoadBundle(const std::string& data_dir);
  Status LoadPatternFile(const std::string& path, const std::string& display_name);
  Status LoadDiscardFile(const std::string& path, const std::string& display_name);
  // Parses one pattern line (without the code) for tests and fuzzing.
  static Status ParsePattern(std::string_view text, VerbPattern* pattern);

  // Patterns whose head's first word is symbol `id`, most specific first (more pattern
  // words), file order among equals.
  const std::vector<VerbPattern>* Find(uint32_t id) const;
  // The symbol id of a word, 0 when no pattern uses it.
  uint32_t Symbol(const std::string& word) const {
    return symbol_filter_.MayContain(word) ? LookUpSymbol(word) : 0;
  }
  WordIds IdsOf(const std::string& lemma, const std::string& norm) const {
    const uint32_t n = Symbol(norm);
    return WordIds{lemma == norm ? n : Symbol(lemma), n};
  }
  // Discard phrases whose head's first token is `word`.
  const std::vector<VerbPattern>* FindDiscards(uint32_t id) const;
  size_t size() const { return count_; }

 private:
  uint32_t LookUpSymbol(const std::string& word) const;
  uint32_t Intern(const std::string& word);
  void InternPattern(VerbPattern* p);
  // Adds one pattern per head alternative to `index` (by head symbol id).
  void AddExpanded(VerbPattern p, std::vector<std::vector<VerbPattern>>* index);
  FlatStringMap<uint32_t> symbols_;  // looked up twice per token: a flat table
  WordFilter symbol_filter_;         // its keys: most tokens are no pattern word
  uint32_t symbol_count_ = 0;
  // Indexed by the head's symbol id (ids are dense, from 1).
  std::vector<std::vector<VerbPattern>> by_head_;
  std::vector<std::vector<VerbPattern>> discards_by_head_;
  size_t count_ = 0;
};

}  // namespace faultline
