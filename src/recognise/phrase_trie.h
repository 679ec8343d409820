// PhraseTrie: finds dictionary phrases (token sequences) in a token stream, longest
// first. Keys are folded token strings (Token::norm); hyphens between words are ignored
// on both sides so "al-Qaeda", "al Qaeda" and "al‑Qaeda" are one key.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/document.h"
#include "util/flat_map.h"
#include "util/word_filter.h"

namespace faultline {

class PhraseTrie {
 public:
  struct Value {
    uint32_t id;          // caller's entry index
    bool case_sensitive;  // acronym: the text must be in capitals too
    bool plural_last;     // the last token may also be matched by its lemma
  };

  // Adds a phrase already split into folded tokens. Returns false for an empty phrase.
  bool Add(const std::vector<std::string>& tokens, Value value);

  struct Match {
    uint32_t end = 0;  // one past the last token matched
    const std::vector<Value>* values = nullptr;
  };

  // Longest match starting at tokens[begin], not crossing `limit`. Text is needed to
  // check capitals for case-sensitive values; those that fail are filtered by the caller
  // via CaseOk. Returns end == begin when nothing matches.
  Match LongestAt(const std::vector<Token>& tokens, uint32_t begin, uint32_t limit) const;

  size_t size() const { return nodes_.size(); }

 private:
  struct Node {
    std::vector<Value> values;
  };
  // The child of `node` by the token `key`, 0 when none. Keys are numbered once (words_)
  // and edges are one flat table keyed by (node, word number): two probes per step
  // instead of a binary search with string compares.
  uint32_t Child(uint32_t node, std::string_view key) const;
  static uint64_t EdgeKey(uint32_t node, uint32_t word) {
    return static_cast<uint64_t>(node) << 32 | word;
  }
  struct Word {
    uint32_t id = 0;    // word number, from 1
    uint32_t root = 0;  // the root's child by this word (the common first step), 0 = none
  };
  std::vector<Node> nodes_ = std::vector<Node>(1);
  FlatStringMap<Word> words_;  // token -> its number and root edge
  WordFilter word_filter_;     // the keys of words_: most tokens are none and stop here
  WordFilter first_filter_;    // the first words of phrases: where a match can start
  FlatU64Map edges_;           // (node, word) -> child node, below the root
};

// True when the tokens [begin, end) are written in capitals, as an acronym alias needs.
bool WrittenInCapitals(const Document& doc, uint32_t begin, uint32_t end);

}  // namespace faultline
