// Gazetteer: the read-only place index written by faultline-gengazetteer
// (build/generated/gazetteer.idx, layout in gazetteer_format.h). Opening it reads the file into
// memory in 2 MB pages (so that random lookups do not also miss the TLB; the file stays
// memory-mapped when that fails) and checks the header; nothing is parsed, so it loads in tens of
// milliseconds. One Gazetteer is shared by all pipeline threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"
#include "recognise/places/gazetteer_format.h"

namespace faultline::places {

// One key of the index that matched, with the entry it names.
struct GazetteerHit {
  uint32_t entry = 0;
  bool adjectival = false;  // the key is a demonym of the entry
  bool primary = false;     // the key is the entry's own name, not an alternate
  PlaceKind kind = PlaceKind::kCity;  // the entry's kind, as Gazetteer::Kind(entry)
};

class Gazetteer {
 public:
  Gazetteer() = default;
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Maps `path`. NotFound names the file and the build target that makes it; Corruption when
  // the header, version or section bounds are wrong.
  Status Open(const std::string& path);
  bool loaded() const { return header_ != nullptr; }
  size_t file_size() const { return size_; }

  // Appends the entries whose key in `tier` equals `key` (already normalised for that tier), in
  // key-array order. One hash probe: a key that is absent costs one slot read.
  void Lookup(Tier tier, std::string_view key, std::vector<GazetteerHit>* out) const {
    Lookup(tier, key, KeyHash(static_cast<KeySet>(tier), key.data(), key.size()), out);
  }
  // The same with the key's hash given (Prefetch's answer).
  void Lookup(Tier tier, std::string_view key, uint64_t hash, std::vector<GazetteerHit>* out) const;
  // Starts loading the hash slot Lookup(tier, key) reads first: a caller about to look up several
  // keys lets their cache misses overlap. Changes no answer; returns the key's hash for Lookup.
  uint64_t Prefetch(Tier tier, std::string_view key) const;
  // The same answer by binary search over the sorted key array (the reference for tests).
  void LookupBySearch(Tier tier, std::string_view key, std::vector<GazetteerHit>* out) const;
  // True when some key in `tier` begins with `prefix` (one hash probe for a folded prefix ending
  // in a space, else a binary search): lets the place finder stop extending a run of
  // capitalised words no longer name can match.
  bool HasPrefix(Tier tier, std::string_view prefix) const;

  uint32_t entry_count() const { return header_ ? header_->entry_count : 0; }
  const EntryRecord& entry(uint32_t i) const { return entries_[i]; }
  std::string_view String(uint32_t offset) const;

  // WordClass bits of a lower-case word (gazetteer_format.h); 0 when WordNet lacks it.
  uint32_t WordClass(std::string_view lower) const;
  bool IsOrdinaryWord(std::string_view lower) const {
    return (WordClass(lower) & kWordOrdinary) != 0;
  }
  bool has_word_classes() const { return header_ != nullptr && header_->word_count > 0; }

  // Convenience accessors over an entry.
  std::string_view Name(uint32_t i) const { return String(entries_[i].name); }
  std::string_view Country(uint32_t i) const { return {entries_[i].country, 2}; }
  std::string_view Feature(uint32_t i) const;
  PlaceKind Kind(uint32_t i) const { return static_cast<PlaceKind>(entries_[i].kind); }
  // The country entry for an ISO alpha-2 code, or kNoEntry.
  uint32_t CountryEntry(std::string_view iso2) const;
  // The authored border area between two countries (either order), or kNoEntry.
  uint32_t BorderEntry(std::string_view a, std::string_view b) const;

 private:
  uint32_t FirstCodeKey(const std::string& key) const;
  // The payload of the slot for `s` in `set` whose payload `verify` accepts (payloads below
  // `count` only), or kNoEntry.
  template <typename Verify>
  uint32_t FindSlot(KeySet set, std::string_view s, uint32_t count, Verify verify) const {
    return FindSlot(set, KeyHash(set, s.data(), s.size()), count, verify);
  }
  // The same with the hash of `s` given.
  template <typename Verify>
  uint32_t FindSlot(KeySet set, uint64_t hash, uint32_t count, Verify verify) const;
  // The keys of table `table` (a tier, or kTierCount for the words) in `key`'s bucket.
  void BucketRange(int table, std::string_view key, const KeyRecord** begin,
                   const KeyRecord** end) const;

  void* map_ = nullptr;
  size_t size_ = 0;
  const IndexHeader* header_ = nullptr;
  const EntryRecord* entries_ = nullptr;
  const KeyRecord* keys_[kTierCount] = {};
  const char* strings_ = nullptr;
  const KeyRecord* words_ = nullptr;
  const uint32_t* buckets_ = nullptr;
  const uint64_t* slots_ = nullptr;
  size_t slot_mask_ = 0;
};

}  // namespace faultline::places
