// GazetteerBuilder: collects places and their names in memory and writes gazetteer.idx
// (src/recognise/places/gazetteer_format.h). Every name is entered under the three tier keys
// at once, with the same functions the runtime uses, so the tiers cannot drift apart.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "recognise/places/gazetteer_format.h"

namespace faultline::places {

struct BuildEntry {
  int64_t geonameid = 0;
  double lat = 0, lon = 0;
  uint64_t population = 0;
  std::string name;
  std::string country;    // ISO alpha-2
  std::string countries;  // "SY,TR" for areas in several countries; defaults to country
  std::string feature;
  PlaceKind kind = PlaceKind::kCity;
  uint32_t admin1 = kNoEntry;
  uint32_t admin2 = kNoEntry;
};

class GazetteerBuilder {
 public:
  uint32_t Add(BuildEntry entry);
  BuildEntry& entry(uint32_t i) { return entries_[i]; }
  size_t size() const { return entries_.size(); }

  // Enters `name` under its exact, folded and transliteration keys.
  void AddName(uint32_t entry, std::string_view name, bool primary, bool adjectival = false);
  // Enters an exact-tier key only (abbreviations such as "W.Va." whose fold would collide).
  void AddExactName(uint32_t entry, std::string_view name, bool adjectival = false);
  // Enters a code key ("\x01iso:SY"); see gazetteer_format.h.
  void AddCodeKey(std::string_view key, uint32_t entry);

  // Records WordClass bits (gazetteer_format.h) for a lower-case English word.
  void AddWordClass(const std::string& word, uint32_t bits) { words_[word] |= bits; }

  // Writes the index; false with a message on stderr when the file cannot be written.
  bool Write(const std::string& path) const;

 private:
  struct Key {
    std::string text;
    uint32_t entry;  // index | flags
  };
  void AddKey(int tier, std::string text, uint32_t entry, bool primary, bool adjectival);

  std::vector<BuildEntry> entries_;
  std::vector<Key> keys_[kTierCount];
  std::map<std::string, uint32_t> words_;
};

}  // namespace faultline::places
