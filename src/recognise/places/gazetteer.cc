#include "recognise/places/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "util/huge_pages.h"

namespace faultline::places {
namespace {

// A key record's entry and flags as a hit (gazetteer_format.h).
GazetteerHit HitOf(uint32_t record_entry) {
  return {record_entry & kKeyEntryMask, (record_entry & kKeyAdjectival) != 0,
          (record_entry & kKeyPrimary) != 0,
          static_cast<PlaceKind>((record_entry & kKeyKindMask) >> kKeyKindShift)};
}

// Compares a NUL-terminated blob string with `k` without measuring the blob string first
// (strlen on every probe of a binary search was the lookup's main cost).
int CompareBlob(const char* s, std::string_view k) {
  for (size_t i = 0; i < k.size(); ++i) {
    const unsigned char a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(k[i]);
    if (a == 0) return -1;
    if (a != b) return a < b ? -1 : 1;
  }
  return s[k.size()] == '\0' ? 0 : 1;
}

// The file `fd` (`size` bytes) read into anonymous memory aligned to 2 MB and advised into huge
// pages; nullptr on any failure. munmap(result, size) frees it.
void* ReadIntoHugePages(int fd, size_t size) {
  char* copy = static_cast<char*>(MapHugePages(size));
  if (copy == nullptr) return nullptr;
  size_t done = 0;
  while (done < size) {
    const ssize_t n = pread(fd, copy + done, size - done, static_cast<off_t>(done));
    if (n <= 0) {
      UnmapHugePages(copy, size);
      return nullptr;
    }
    done += static_cast<size_t>(n);
  }
  mprotect(copy, size, PROT_READ);
  return copy;
}

}  // namespace

Gazetteer::~Gazetteer() {
  if (map_ != nullptr) munmap(map_, size_);
}

Status Gazetteer::Open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::NotFound(path +
                            " (the place index; build it with: cmake --build BUILD_DIR --target "
                            "faultline-gazetteer)");
  }
  struct stat st {};
  if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(IndexHeader))) {
    ::close(fd);
    return Status::Corruption(path + ": too small to be a gazetteer index");
  }
  const size_t size = static_cast<size_t>(st.st_size);
  void* map = mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  if (map == MAP_FAILED) {
    ::close(fd);
    return Status::IoError(path + ": mmap failed");
  }
  // Every lookup reads a few random places of a file of tens of megabytes: in the mapping's 4 kB
  // pages nearly each read also misses the TLB. A private copy in 2 MB pages (transparent huge
  // pages, where the kernel gives them) keeps the whole index within a few dozen TLB entries.
  // Without it (no memory, a short read) the mapping answers the same.
  if (void* copy = ReadIntoHugePages(fd, size)) {
    munmap(map, size);
    map = copy;
  }
  ::close(fd);
  const auto* h = static_cast<const IndexHeader*>(map);
  auto fail = [&](const std::string& why) {
    munmap(map, size);
    return Status::Corruption(path + ": " + why);
  };
  if (std::memcmp(h->magic, kGazetteerMagic, sizeof(kGazetteerMagic)) != 0) {
    return fail("not a faultline gazetteer index (bad magic number)");
  }
  if (h->version != kGazetteerVersion) {
    return fail(
        "index version " + std::to_string(h->version) + ", this build reads version " +
        std::to_string(kGazetteerVersion) +
        (h->version < kGazetteerVersion ? " (an older index, without the lookup hash table)" : "") +
        "; rebuild it with: cmake --build BUILD_DIR --target faultline-gazetteer");
  }
  auto within = [&](uint64_t off, uint64_t bytes) { return off <= size && bytes <= size - off; };
  if (h->file_size != size ||
      !within(h->entries_offset, uint64_t{h->entry_count} * sizeof(EntryRecord)) ||
      !within(h->strings_offset, h->strings_size) || h->strings_size == 0) {
    return fail("section bounds do not match the file size (truncated?)");
  }
  for (int t = 0; t < kTierCount; ++t) {
    if (!within(h->keys_offset[t], uint64_t{h->key_count[t]} * sizeof(KeyRecord))) {
      return fail("key section out of bounds");
    }
  }
  if (!within(h->words_offset, uint64_t{h->word_count} * sizeof(KeyRecord))) {
    return fail("word section out of bounds");
  }
  if (!within(h->buckets_offset, uint64_t{kBucketTables} * (kBucketCount + 1) * sizeof(uint32_t)) ||
      h->buckets_offset % alignof(uint32_t) != 0) {
    return fail("bucket section out of bounds");
  }
  {
    const auto* b =
        reinterpret_cast<const uint32_t*>(static_cast<const char*>(map) + h->buckets_offset);
    for (int t = 0; t < kBucketTables; ++t) {
      const uint32_t count = t < kTierCount ? h->key_count[t] : h->word_count;
      if (b[static_cast<size_t>(t) * (kBucketCount + 1) + kBucketCount] != count) {
        return fail("bucket table does not match its keys");
      }
    }
  }
  if (h->hash_slots == 0 || (h->hash_slots & (h->hash_slots - 1)) != 0 ||
      !within(h->hash_offset, uint64_t{h->hash_slots} * sizeof(uint64_t)) ||
      h->hash_offset % 64 != 0) {
    return fail("hash section out of bounds");
  }
  const char* base = static_cast<const char*>(map);
  if (base[h->strings_offset + h->strings_size - 1] != '\0') {
    return fail("string blob not terminated");
  }
  map_ = map;
  size_ = size;
  header_ = h;
  entries_ = reinterpret_cast<const EntryRecord*>(base + h->entries_offset);
  for (int t = 0; t < kTierCount; ++t) {
    keys_[t] = reinterpret_cast<const KeyRecord*>(base + h->keys_offset[t]);
  }
  strings_ = base + h->strings_offset;
  words_ = reinterpret_cast<const KeyRecord*>(base + h->words_offset);
  buckets_ = reinterpret_cast<const uint32_t*>(base + h->buckets_offset);
  slots_ = reinterpret_cast<const uint64_t*>(base + h->hash_offset);
  slot_mask_ = h->hash_slots - 1;
  return Status::Ok();
}

std::string_view Gazetteer::String(uint32_t offset) const {
  if (header_ == nullptr || offset >= header_->strings_size) return {};
  return std::string_view(strings_ + offset);
}

std::string_view Gazetteer::Feature(uint32_t i) const {
  const char* f = entries_[i].feature;
  return std::string_view(f, strnlen(f, sizeof(entries_[i].feature)));
}

void Gazetteer::BucketRange(int table, std::string_view key, const KeyRecord** begin,
                            const KeyRecord** end) const {
  const KeyRecord* base = table < kTierCount ? keys_[table] : words_;
  const uint32_t* start = buckets_ + static_cast<size_t>(table) * (kBucketCount + 1);
  const uint32_t b = KeyBucket(key.data(), key.size());
  *begin = base + start[b];
  *end = base + start[b + 1];
}

template <typename Verify>
uint32_t Gazetteer::FindSlot(KeySet set, uint64_t h, uint32_t count, Verify verify) const {
  const uint64_t tag = KeySlotTag(h, set);
  size_t pos = h & slot_mask_;
  // The table is at most half full, so an empty slot ends every probe; the bound only guards a
  // damaged file.
  for (size_t n = 0; n <= slot_mask_; ++n, pos = (pos + 1) & slot_mask_) {
    const uint64_t slot = slots_[pos];
    if (slot == 0) break;
    if ((slot >> 32) != tag) continue;
    const uint32_t payload = static_cast<uint32_t>(slot) - 1;
    if (payload < count && verify(payload)) return payload;
  }
  return kNoEntry;
}

void Gazetteer::Lookup(Tier tier, std::string_view key, uint64_t hash,
                       std::vector<GazetteerHit>* out) const {
  if (header_ == nullptr || key.empty()) return;
  const int t = static_cast<int>(tier);
  const KeyRecord* keys = keys_[t];
  const uint32_t count = header_->key_count[t];
  const uint32_t first = FindSlot(static_cast<KeySet>(t), hash, count, [&](uint32_t p) {
    return CompareBlob(strings_ + keys[p].key, key) == 0;
  });
  if (first == kNoEntry) return;
  // The generator interns strings, so the records of one key share its blob offset.
  const uint32_t run_key = keys[first].key;
  for (uint32_t p = first; p < count && keys[p].key == run_key; ++p) {
    const uint32_t e = keys[p].entry & kKeyEntryMask;
    if (e >= header_->entry_count) continue;
    out->push_back(HitOf(keys[p].entry));
  }
}

uint64_t Gazetteer::Prefetch(Tier tier, std::string_view key) const {
  const uint64_t h = KeyHash(static_cast<KeySet>(tier), key.data(), key.size());
  if (header_ != nullptr && !key.empty()) __builtin_prefetch(slots_ + (h & slot_mask_));
  return h;
}

void Gazetteer::LookupBySearch(Tier tier, std::string_view key,
                               std::vector<GazetteerHit>* out) const {
  if (header_ == nullptr || key.empty()) return;
  const int t = static_cast<int>(tier);
  const KeyRecord* begin = keys_[t];
  const KeyRecord* end = begin;
  BucketRange(t, key, &begin, &end);
  auto less_key = [this](const KeyRecord& r, std::string_view k) {
    return CompareBlob(strings_ + r.key, k) < 0;
  };
  const KeyRecord* it = std::lower_bound(begin, end, key, less_key);
  for (; it != end && CompareBlob(strings_ + it->key, key) == 0; ++it) {
    const uint32_t e = it->entry & kKeyEntryMask;
    if (e >= header_->entry_count) continue;
    out->push_back(HitOf(it->entry));
  }
}

bool Gazetteer::HasPrefix(Tier tier, std::string_view prefix) const {
  if (header_ == nullptr) return false;
  const int t = static_cast<int>(tier);
  // The table holds the folded keys' prefixes that end in a space, which is what the place
  // finder asks for; other prefixes are binary searches.
  if (tier == Tier::kFolded && !prefix.empty() && prefix.back() == ' ') {
    const KeyRecord* keys = keys_[t];
    return FindSlot(KeySet::kFoldedPrefix, prefix, header_->key_count[t], [&](uint32_t p) {
             return std::strncmp(strings_ + keys[p].key, prefix.data(), prefix.size()) == 0;
           }) != kNoEntry;
  }
  const KeyRecord* begin = keys_[t];
  const KeyRecord* end = begin + header_->key_count[t];
  // Every key beginning with a prefix of two bytes or more lies in that prefix's bucket.
  if (prefix.size() >= 2) BucketRange(t, prefix, &begin, &end);
  auto less_key = [this](const KeyRecord& r, std::string_view k) {
    return CompareBlob(strings_ + r.key, k) < 0;
  };
  const KeyRecord* it = std::lower_bound(begin, end, prefix, less_key);
  return it != end && std::strncmp(strings_ + it->key, prefix.data(), prefix.size()) == 0;
}

uint32_t Gazetteer::WordClass(std::string_view lower) const {
  if (header_ == nullptr) return 0;
  const uint32_t p = FindSlot(KeySet::kWord, lower, header_->word_count, [&](uint32_t i) {
    return CompareBlob(strings_ + words_[i].key, lower) == 0;
  });
  return p == kNoEntry ? 0 : words_[p].entry;
}

uint32_t Gazetteer::FirstCodeKey(const std::string& key) const {
  std::vector<GazetteerHit> hits;
  Lookup(Tier::kExact, key, &hits);
  return hits.empty() ? kNoEntry : hits.front().entry;
}

uint32_t Gazetteer::CountryEntry(std::string_view iso2) const {
  std::string key(1, kCodeKeyPrefix);
  key.append("iso:").append(iso2);
  return FirstCodeKey(key);
}

uint32_t Gazetteer::BorderEntry(std::string_view a, std::string_view b) const {
  std::string x(a), y(b);
  if (y < x) std::swap(x, y);
  std::string key(1, kCodeKeyPrefix);
  key.append("border:").append(x).append("|").append(y);
  return FirstCodeKey(key);
}

}  // namespace faultline::places
