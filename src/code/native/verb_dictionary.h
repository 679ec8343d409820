// VerbDictionary: the native verb and noun patterns (data/verbs/NN.txt) and discard
// phrases (data/verbs/discards.txt), parsed and indexed by head lemma.
// Syntax and matching rules: docs/dictionaries.md.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "faultline/status.h"

namespace faultline {

// One pattern position: a word slot with alternatives (each a token sequence), or an
// actor slot.
struct PatternSlot {
  enum class Kind : uint8_t { kWord, kTarget, kSource };
  Kind kind = Kind::kWord;
  std::vector<std::vector<std::string>> alternatives;  // folded tokens
  bool adjacent = false;  // written `_word`: no gap allowed before it
};

struct VerbPattern {
  std::string code;                // CAMEO code
  std::string id;                  // "verbs/19.txt:120"
  bool noun_head = false;          // `%head`: head may be a noun
  std::vector<std::string> head;   // head tokens (the first is the index key)
  std::vector<std::vector<std::string>> head_alternatives;  // while parsing only
  std::vector<PatternSlot> slots;  // after the head
  int words = 0;                   // word tokens in the pattern: specificity for ranking
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

  // Patterns whose head's first token is `lemma`, in file order.
  const std::vector<VerbPattern>* Find(const std::string& lemma) const;
  const std::vector<VerbPattern>& discards() const { return discards_; }
  size_t size() const { return count_; }

 private:
  std::unordered_map<std::string, std::vector<VerbPattern>> by_head_;
  std::vector<VerbPattern> discards_;
  size_t count_ = 0;
};

}  // namespace faultline
