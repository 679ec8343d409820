#include "gazetteer_builder.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "recognise/places/place_name.h"
#include "recognise/places/place_rules.h"

namespace faultline::places {
namespace {

// Interns strings into one NUL-terminated blob; offset 0 is the empty string.
class StringBlob {
 public:
  StringBlob() { blob_.push_back('\0'); }
  uint32_t Intern(const std::string& s) {
    if (s.empty()) return 0;
    auto [it, inserted] = offsets_.try_emplace(s, static_cast<uint32_t>(blob_.size()));
    if (inserted) {
      blob_ += s;
      blob_.push_back('\0');
    }
    return it->second;
  }
  const std::string& data() const { return blob_; }

 private:
  std::string blob_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

void CopyFixed(char* dst, size_t n, const std::string& src) {
  std::memset(dst, 0, n);
  std::memcpy(dst, src.data(), std::min(n, src.size()));
}

}  // namespace

uint32_t GazetteerBuilder::Add(BuildEntry entry) {
  if (entry.countries.empty()) entry.countries = entry.country;
  entries_.push_back(std::move(entry));
  return static_cast<uint32_t>(entries_.size() - 1);
}

void GazetteerBuilder::AddKey(int tier, std::string text, uint32_t entry, bool primary,
                              bool adjectival) {
  if (text.empty() || text.size() > 120) return;
  uint32_t v = entry;
  if (primary) v |= kKeyPrimary;
  if (adjectival) v |= kKeyAdjectival;
  keys_[tier].push_back({std::move(text), v});
}

void GazetteerBuilder::AddName(uint32_t entry, std::string_view name, bool primary,
                               bool adjectival) {
  if (name.empty()) return;
  AddKey(0, ExactKey(name), entry, primary, adjectival);
  AddKey(1, FoldName(name), entry, primary, adjectival);
  AddKey(2, TranslitKey(name), entry, primary, adjectival);
}

void GazetteerBuilder::AddExactName(uint32_t entry, std::string_view name, bool adjectival) {
  AddKey(0, ExactKey(name), entry, false, adjectival);
}

void GazetteerBuilder::AddCodeKey(std::string_view key, uint32_t entry) {
  std::string k(1, kCodeKeyPrefix);
  k.append(key);
  AddKey(0, std::move(k), entry, true, false);
}

bool GazetteerBuilder::Write(const std::string& path) const {
  StringBlob blob;
  std::vector<EntryRecord> records(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    const BuildEntry& e = entries_[i];
    EntryRecord& r = records[i];
    std::memset(&r, 0, sizeof(r));
    r.geonameid = e.geonameid;
    r.lat = static_cast<float>(e.lat);
    r.lon = static_cast<float>(e.lon);
    r.population = static_cast<uint32_t>(std::min<uint64_t>(e.population, 0xffffffffu));
    r.name = blob.Intern(e.name);
    r.countries = blob.Intern(e.countries);
    r.admin1 = e.admin1;
    r.admin2 = e.admin2;
    CopyFixed(r.country, sizeof(r.country), e.country);
    CopyFixed(r.feature, sizeof(r.feature), e.feature);
    r.kind = static_cast<uint8_t>(e.kind);
  }
  std::vector<KeyRecord> keys[kTierCount];
  for (int t = 0; t < kTierCount; ++t) {
    std::vector<const Key*> sorted;
    sorted.reserve(keys_[t].size());
    for (const Key& k : keys_[t]) sorted.push_back(&k);
    std::sort(sorted.begin(), sorted.end(), [](const Key* a, const Key* b) {
      if (a->text != b->text) return a->text < b->text;
      return (a->entry & ~kKeyPrimary) < (b->entry & ~kKeyPrimary);
    });
    for (const Key* k : sorted) {
      const uint32_t off = blob.Intern(k->text);
      // One record per (key, entry, adjectival); a primary spelling wins over an alternate.
      if (!keys[t].empty() && keys[t].back().key == off &&
          (keys[t].back().entry & ~kKeyPrimary) == (k->entry & ~kKeyPrimary)) {
        keys[t].back().entry |= (k->entry & kKeyPrimary);
        continue;
      }
      keys[t].push_back({off, k->entry});
    }
    // The loose key is for names written in another script: the finder keeps a loose match
    // only for an authored region or border or a place in a country whose names are
    // transliterated, so the index holds no other (version 6).
    if (t == static_cast<int>(Tier::kTranslit)) {
      std::erase_if(keys[t], [&](const KeyRecord& r) {
        const EntryRecord& e = records[r.entry & kKeyEntryMask];
        const auto kind = static_cast<PlaceKind>(e.kind);
        return kind != PlaceKind::kRegion && kind != PlaceKind::kBorder &&
               !IsTransliteratedCountry(std::string_view(e.country, 2));
      });
    }
    // Each record carries its entry's kind (after the sort and the merging of duplicates, which
    // order by entry alone).
    for (KeyRecord& r : keys[t]) {
      r.entry |= uint32_t{records[r.entry & kKeyEntryMask].kind} << kKeyKindShift;
    }
  }
  std::vector<KeyRecord> word_offsets;  // std::map keeps them sorted
  word_offsets.reserve(words_.size());
  for (const auto& [w, bits] : words_) word_offsets.push_back({blob.Intern(w), bits});

  // Bucket tables over the sorted key arrays and the words (gazetteer_format.h).
  std::vector<uint32_t> buckets(size_t{kBucketTables} * (kBucketCount + 1));
  const std::string& text = blob.data();
  auto fill = [&](int table, const std::vector<KeyRecord>& sorted) {
    uint32_t* start = buckets.data() + size_t{static_cast<uint32_t>(table)} * (kBucketCount + 1);
    size_t k = 0;
    for (uint32_t b = 0; b <= kBucketCount; ++b) {
      while (k < sorted.size()) {
        const char* s = text.data() + sorted[k].key;
        if (KeyBucket(s, std::strlen(s)) >= b) break;
        ++k;
      }
      start[b] = static_cast<uint32_t>(k);
    }
    start[kBucketCount] = static_cast<uint32_t>(sorted.size());
  };
  for (int t = 0; t < kTierCount; ++t) fill(t, keys[t]);
  fill(kTierCount, word_offsets);

  // The hash table over every string a reader query can ask for (gazetteer_format.h): each
  // key's run in its tier, each prefix of a folded key that ends in a space, each word.
  struct Pending {
    KeySet set;
    std::string_view text;
    uint32_t payload;
  };
  std::vector<Pending> hashed;
  for (int t = 0; t < kTierCount; ++t) {
    for (size_t p = 0; p < keys[t].size(); ++p) {
      if (p > 0 && keys[t][p - 1].key == keys[t][p].key) continue;  // not the run's first record
      hashed.push_back(
          {static_cast<KeySet>(t), text.data() + keys[t][p].key, static_cast<uint32_t>(p)});
    }
  }
  {
    std::unordered_set<std::string_view> prefixes;
    const std::vector<KeyRecord>& folded = keys[static_cast<int>(Tier::kFolded)];
    for (size_t p = 0; p < folded.size(); ++p) {
      const std::string_view k(text.data() + folded[p].key);
      for (size_t i = 0; i < k.size(); ++i) {
        if (k[i] != ' ' || !prefixes.insert(k.substr(0, i + 1)).second) continue;
        hashed.push_back({KeySet::kFoldedPrefix, k.substr(0, i + 1), static_cast<uint32_t>(p)});
      }
    }
  }
  for (size_t p = 0; p < word_offsets.size(); ++p) {
    hashed.push_back({KeySet::kWord, text.data() + word_offsets[p].key, static_cast<uint32_t>(p)});
  }
  uint32_t hash_slots = 64;
  while (hash_slots < 2 * hashed.size()) hash_slots *= 2;  // at most half full
  std::vector<uint64_t> slots(hash_slots, 0);
  for (const Pending& q : hashed) {
    const uint64_t hv = KeyHash(q.set, q.text.data(), q.text.size());
    size_t pos = hv & (hash_slots - 1);
    while (slots[pos] != 0) pos = (pos + 1) & (hash_slots - 1);
    slots[pos] = KeySlot(KeySlotTag(hv, q.set), q.payload);
  }

  IndexHeader h;
  std::memset(&h, 0, sizeof(h));
  std::memcpy(h.magic, kGazetteerMagic, sizeof(h.magic));
  h.version = kGazetteerVersion;
  h.entry_count = static_cast<uint32_t>(records.size());
  uint64_t off = sizeof(IndexHeader);
  h.entries_offset = off;
  off += records.size() * sizeof(EntryRecord);
  for (int t = 0; t < kTierCount; ++t) {
    h.keys_offset[t] = off;
    h.key_count[t] = static_cast<uint32_t>(keys[t].size());
    off += keys[t].size() * sizeof(KeyRecord);
  }
  h.words_offset = off;
  h.word_count = static_cast<uint32_t>(word_offsets.size());
  off += word_offsets.size() * sizeof(KeyRecord);
  h.buckets_offset = off;
  off += buckets.size() * sizeof(uint32_t);
  h.strings_offset = off;
  h.strings_size = blob.data().size();
  off += h.strings_size;
  const uint64_t hash_pad = (64 - off % 64) % 64;
  off += hash_pad;
  h.hash_offset = off;
  h.hash_slots = hash_slots;
  off += uint64_t{hash_slots} * sizeof(uint64_t);
  h.file_size = off;

  const std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) {
    std::fprintf(stderr, "faultline-gengazetteer: cannot write %s\n", tmp.c_str());
    return false;
  }
  out.write(reinterpret_cast<const char*>(&h), sizeof(h));
  out.write(reinterpret_cast<const char*>(records.data()),
            static_cast<std::streamsize>(records.size() * sizeof(EntryRecord)));
  for (int t = 0; t < kTierCount; ++t) {
    out.write(reinterpret_cast<const char*>(keys[t].data()),
              static_cast<std::streamsize>(keys[t].size() * sizeof(KeyRecord)));
  }
  out.write(reinterpret_cast<const char*>(word_offsets.data()),
            static_cast<std::streamsize>(word_offsets.size() * sizeof(KeyRecord)));
  out.write(reinterpret_cast<const char*>(buckets.data()),
            static_cast<std::streamsize>(buckets.size() * sizeof(uint32_t)));
  out.write(blob.data().data(), static_cast<std::streamsize>(blob.data().size()));
  const char zeros[64] = {};
  out.write(zeros, static_cast<std::streamsize>(hash_pad));
  out.write(reinterpret_cast<const char*>(slots.data()),
            static_cast<std::streamsize>(slots.size() * sizeof(uint64_t)));
  out.close();
  if (!out) {
    std::fprintf(stderr, "faultline-gengazetteer: write to %s failed\n", tmp.c_str());
    return false;
  }
  // Rename last so that a failed run never leaves a half-written index behind.
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::fprintf(stderr, "faultline-gengazetteer: cannot rename %s to %s\n", tmp.c_str(),
                 path.c_str());
    return false;
  }
  std::fprintf(stderr,
               "faultline-gengazetteer: %zu places, %u/%u/%u keys, %zu hashed strings in %.1f MB, "
               "%.1f MB -> %s\n",
               records.size(), h.key_count[0], h.key_count[1], h.key_count[2], hashed.size(),
               static_cast<double>(hash_slots) * sizeof(uint64_t) / 1e6,
               static_cast<double>(h.file_size) / 1e6, path.c_str());
  return true;
}

}  // namespace faultline::places
