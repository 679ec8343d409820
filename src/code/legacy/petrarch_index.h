// Longest-match lookup of dictionary phrases (actors, agents, discards) over the folded
// words of a sentence. Phrases are grouped by their first word and tried longest first.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace faultline::petrarch {

class PhraseIndex {
 public:
  void Add(const std::vector<std::string>& words, uint32_t entry);
  // Sorts each bucket longest first; call once after the last Add.
  void Finish();

  struct Hit {
    uint32_t length = 0;
    uint32_t entry = 0;
  };
  // The longest phrase equal to words[i...]; `alt` (may be null) offers a second reading
  // of each word (its lemma) that also counts as equal.
  bool Longest(const std::vector<std::string>& words, const std::vector<std::string>* alt,
               size_t i, Hit* hit) const;

 private:
  struct Item {
    std::vector<std::string> words;
    uint32_t entry;
  };
  std::unordered_map<std::string, std::vector<Item>> by_first_;
};

}  // namespace faultline::petrarch
