// The on-disk layout of gazetteer.idx, shared by the generator (tools/gengazetteer) and the
// runtime reader (gazetteer.h). The file is memory-mapped and used in place, so every record is
// a fixed-size, naturally aligned POD and every string is an offset into one NUL-terminated blob.
//
//   IndexHeader | EntryRecord[entry_count] | KeyRecord[key_count[0]] | ... [2] |
//   KeyRecord words[word_count] | bucket tables | string blob | hash slots[hash_slots]
//
// `words` classes English words by WordNet (KeyRecord::entry holds WordClass bits): words it
// writes in lower case ("police", "reading", "turkey"), and names it knows only as people,
// times or other non-places ("Jones", "Monday"). A place name that is also such a word needs
// more evidence before it counts as a place; names WordNet files as locations ("Paris") do not.
//
// Three key arrays, one per match tier (exact, folded, transliteration key), each sorted by its
// key string (bytewise) so that a lookup is a binary search.
//
// Every query (a key of a tier, a folded prefix ending in a space, an English word) is answered
// by one open-addressing hash table over all of them (since version 5): a query that finds
// nothing (most of them: news is full of capitalised words that name no place) costs one slot
// read, one that finds a key costs the slot, the key records and one string compare. The table
// replaced a Bloom filter in front of binary searches: each probe of a binary search was a cache
// miss in a 50 MB file, and a lookup that passed the filter made about a dozen. Bump
// kGazetteerVersion whenever a field or the meaning of a key changes: the reader refuses other
// versions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "util/flat_map.h"

namespace faultline::places {

inline constexpr char kGazetteerMagic[8] = {'F', 'L', 'G', 'A', 'Z', 'I', 'D', 'X'};
inline constexpr uint32_t kGazetteerVersion = 6;
inline constexpr uint32_t kNoEntry = 0xffffffffu;

enum class Tier : uint8_t { kExact = 0, kFolded = 1, kTranslit = 2 };
inline constexpr int kTierCount = 3;

// What kind of place an entry is; decides its prominence and its UCDP precision.
enum class PlaceKind : uint8_t {
  kCountry = 0,
  kAdmin1 = 1,
  kAdmin2 = 2,
  kCity = 3,
  kRegion = 4,     // authored area inside or across countries ("Darfur", "the Sahel")
  kBorder = 5,     // authored border area between two countries
  kContinent = 6,  // authored area larger than countries ("Europe", "the Middle East")
};

struct IndexHeader {
  char magic[8];
  uint32_t version;
  uint32_t entry_count;
  uint64_t entries_offset;
  uint64_t keys_offset[kTierCount];
  uint32_t key_count[kTierCount];
  uint32_t word_count;  // KeyRecords of English words (below), sorted by key
  uint64_t words_offset;
  uint64_t strings_offset;
  uint64_t strings_size;
  uint64_t buckets_offset;  // uint32_t[4][kBucketCount + 1]: tiers 0-2, then words
  uint64_t hash_offset;     // uint64_t[hash_slots] (KeySlot below), 64-byte aligned
  uint32_t hash_slots;      // a power of two, at most half of them used
  uint32_t hash_pad;
  uint64_t file_size;
};

struct EntryRecord {
  int64_t geonameid;  // 0 when the source has none (authored regions, derived admin-2)
  float lat;
  float lon;
  uint32_t population;  // 0 = unknown, not "nobody lives here"
  uint32_t name;        // blob offset of the display name
  uint32_t countries;   // blob offset: ISO alpha-2 codes of all containing countries, "SY,TR"
  uint32_t admin1;      // entry index of the containing admin-1 area, or kNoEntry
  uint32_t admin2;      // entry index of the containing admin-2 area, or kNoEntry
  char country[2];      // ISO 3166-1 alpha-2 of the (first) containing country
  char feature[6];      // GeoNames feature code or "REGION"/"BORDER"/"CONT", NUL padded
  uint8_t kind;         // PlaceKind
  uint8_t pad[3];
};
static_assert(sizeof(EntryRecord) == 48);

// Flag bits kept in the top byte of KeyRecord::entry.
inline constexpr uint32_t kKeyAdjectival = 1u << 31;  // a demonym: "Syrian" -> Syria
inline constexpr uint32_t kKeyPrimary = 1u << 30;     // the entry's own name, not an alternate
inline constexpr uint32_t kKeyEntryMask = (1u << 24) - 1;
// Version 6: the entry's PlaceKind in bits 24-26, so that a lookup answers with each hit's kind
// without reading its entry record (a cache miss apiece, scattered over the index).
inline constexpr int kKeyKindShift = 24;
inline constexpr uint32_t kKeyKindMask = 7u << kKeyKindShift;

struct KeyRecord {
  uint32_t key;    // blob offset of the key string
  uint32_t entry;  // entry index | flags
};
static_assert(sizeof(KeyRecord) == 8);

inline constexpr uint32_t kWordOrdinary = 1;      // written in lower case somewhere in WordNet
inline constexpr uint32_t kWordNonPlaceName = 2;  // capitalised, never filed as a location

// Bucket tables (version 4): for each key array (three tiers, then the words), where the keys of
// each two-byte start begin, so a binary search covers one bucket instead of the whole array.
// A key's bucket is its first byte * 256 + its second byte (0 for one-byte keys), which never
// decreases along a bytewise-sorted array; bucket b spans [start[b], start[b + 1]).
inline constexpr uint32_t kBucketCount = 65536;
inline constexpr int kBucketTables = kTierCount + 1;
inline uint32_t KeyBucket(const char* s, size_t n) {
  if (n == 0) return 0;
  return static_cast<uint32_t>(static_cast<unsigned char>(s[0])) * 256u +
         (n > 1 ? static_cast<unsigned char>(s[1]) : 0u);
}

// The hash table: which set a query belongs to (its hash salt and the low bits of its tag).
enum class KeySet : uint8_t {
  kExact = 0,
  kFolded = 1,
  kTranslit = 2,
  kFoldedPrefix = 3,
  kWord = 4
};

// HashBytes (eight bytes at a step) of the bytes, salted with the set and mixed again (the
// same in generator and reader: the table's meaning depends on it). Version 5 hashed a byte at
// a time, a fiftieth of the place finder's instructions.
inline uint64_t KeyHash(KeySet set, const char* s, size_t n) {
  return HashU64(HashBytes(std::string_view(s, n)) ^
                 (static_cast<uint64_t>(set) + 1) * 0x9e3779b97f4a7c15ull);
}

// A slot is 0 (empty) or tag << 32 | (payload + 1). The tag is the hash's upper half with the set
// in its low three bits, so a slot never answers for another set; the payload is the index of
// the first KeyRecord of the key's run in its tier's array (kExact..kTranslit), of a folded key
// that begins with the prefix (kFoldedPrefix), or of the word (kWord). A reader still compares
// the string the payload names, so a tag collision costs a compare and never a wrong answer.
// Linear probing from slot (hash & (slots - 1)).
inline uint32_t KeySlotTag(uint64_t h, KeySet set) {
  return (static_cast<uint32_t>(h >> 32) & ~7u) | static_cast<uint32_t>(set);
}
inline uint64_t KeySlot(uint32_t tag, uint32_t payload) {
  return uint64_t{tag} << 32 | (uint64_t{payload} + 1);
}

// Exact-tier keys that are not names: "\x01iso:SY" finds a country by its code and
// "\x01border:SY|TR" (codes sorted) the authored border area between two countries.
inline constexpr char kCodeKeyPrefix = '\x01';

}  // namespace faultline::places
