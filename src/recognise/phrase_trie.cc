#include "recognise/phrase_trie.h"

#include "util/utf8.h"

namespace faultline {

bool PhraseTrie::Add(const std::vector<std::string>& tokens, Value value) {
  uint32_t node = 0;
  bool any = false;
  for (const std::string& t : tokens) {
    if (t == "-") continue;
    any = true;
    word_filter_.Add(t);
    if (node == 0) first_filter_.Add(t);
    auto [word, inserted] = words_.Insert(t);
    if (inserted) word->id = static_cast<uint32_t>(words_.size());
    const uint64_t edge = EdgeKey(node, word->id);
    uint32_t next = node == 0 ? word->root : edges_.Find(edge);
    if (next == 0) {
      next = static_cast<uint32_t>(nodes_.size());
      if (node == 0) {
        word->root = next;
      } else {
        edges_.Set(edge, next);
      }
      nodes_.emplace_back();
    }
    node = next;
  }
  if (!any) return false;
  for (const Value& v : nodes_[node].values) {
    if (v.id == value.id) return true;
  }
  nodes_[node].values.push_back(value);
  return true;
}

uint32_t PhraseTrie::Child(uint32_t node, std::string_view key) const {
  if (!(node == 0 ? first_filter_ : word_filter_).MayContain(key)) return 0;
  const Word* word = words_.Find(key);
  if (!word) return 0;
  return node == 0 ? word->root : edges_.Find(EdgeKey(node, word->id));
}

PhraseTrie::Match PhraseTrie::LongestAt(const std::vector<Token>& tokens, uint32_t begin,
                                        uint32_t limit) const {
  Match best{begin, nullptr};
  uint32_t node = 0;
  uint32_t i = begin;
  while (i < limit) {
    const Token& t = tokens[i];
    if (t.norm.size() == 1 && t.norm[0] == '-' && i > begin && !t.space_before) {
      ++i;
      continue;
    }
    uint32_t next = Child(node, t.norm);
    // A plural at the end of a phrase: "soldiers" reaches the "soldier" key.
    if (next == 0 && !t.lemma.empty() && t.lemma != t.norm) {
      uint32_t by_lemma = Child(node, t.lemma);
      if (by_lemma != 0) {
        for (const Value& v : nodes_[by_lemma].values) {
          if (v.plural_last) {
            best = Match{i + 1, &nodes_[by_lemma].values};
            break;
          }
        }
      }
    }
    if (next == 0) break;
    node = next;
    ++i;
    if (!nodes_[node].values.empty()) best = Match{i, &nodes_[node].values};
  }
  return best;
}

bool WrittenInCapitals(const Document& doc, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end; ++i) {
    std::string_view s = doc.Text(doc.tokens[i].span);
    size_t k = 0;
    while (k < s.size()) {
      char32_t cp = utf8::Next(s, k);
      if (utf8::IsAlnum(cp) && !utf8::IsUpper(cp) && !(cp >= '0' && cp <= '9')) return false;
    }
  }
  return true;
}

}  // namespace faultline
