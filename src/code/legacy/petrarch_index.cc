#include "code/legacy/petrarch_index.h"

#include <algorithm>

namespace faultline::petrarch {

void PhraseIndex::Add(const std::vector<std::string>& words, uint32_t entry) {
  if (words.empty()) return;
  by_first_[words[0]].push_back(Item{words, entry});
}

void PhraseIndex::Finish() {
  for (auto& [first, items] : by_first_) {
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
      return a.words.size() > b.words.size();
    });
  }
}

bool PhraseIndex::Longest(const std::vector<std::string>& words,
                          const std::vector<std::string>* alt, size_t i, Hit* hit) const {
  auto try_key = [&](const std::string& key) -> bool {
    auto it = by_first_.find(key);
    if (it == by_first_.end()) return false;
    for (const Item& item : it->second) {
      if (i + item.words.size() > words.size()) continue;
      bool ok = true;
      for (size_t k = 1; k < item.words.size() && ok; ++k) {
        ok = words[i + k] == item.words[k] || (alt != nullptr && (*alt)[i + k] == item.words[k]);
      }
      if (ok) {
        if (item.words.size() > hit->length) *hit = Hit{static_cast<uint32_t>(item.words.size()), item.entry};
        return true;
      }
    }
    return false;
  };
  *hit = Hit{};
  bool found = try_key(words[i]);
  if (alt != nullptr && (*alt)[i] != words[i]) found = try_key((*alt)[i]) || found;
  return found;
}

}  // namespace faultline::petrarch
