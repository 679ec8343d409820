// Flat open-addressing hash tables for the hot lookups of the pipeline (lexicon, tagger,
// phrase trie). std::unordered_map costs a modulo, a bucket pointer and a node per lookup,
// and a std::string per key; these keep the keys in one arena and the slots in one array,
// so a lookup is a multiply-shift hash and, usually, one or two cache lines.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace faultline {

// A fast 64-bit hash of a short byte string (words, phrases). Not for untrusted keys where
// collisions could be forced; every table here compares the full key after the hash.
inline uint64_t HashBytes(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = (static_cast<uint64_t>(n) + 1) * kMul;
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    // The 1-7 byte tail (most words are shorter than 8 bytes) in two overlapping loads, not a
    // byte loop: the bytes are not all mixed in for n = 5..7 or 3, but the length is, and every
    // table compares the whole key after the hash.
    uint64_t v;
    if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      v = static_cast<uint64_t>(hi) << 32 | lo;
    } else {
      const auto* b = reinterpret_cast<const unsigned char*>(p);
      v = static_cast<uint64_t>(b[0]) | static_cast<uint64_t>(b[n / 2]) << 8 |
          static_cast<uint64_t>(b[n - 1]) << 16;
    }
    h = (h ^ v) * kMul;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// Mixes a 64-bit integer key (for tables keyed by numbers).
inline uint64_t HashU64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

// Most lookups are misses (a word that is no dictionary key), and a miss probes until an
// empty slot: at most half the slots are used (about 2.5 probes per miss, against 8.5 at a
// load of 3/4).
//
// String -> V with the keys stored in one arena. Values live in the slot array, so
// pointers to them are valid only until the next insertion.
template <typename V>
class FlatStringMap {
 public:
  FlatStringMap() = default;

  const V* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = HashBytes(key) | 1;  // 0 marks an empty slot
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.hash == 0) return nullptr;
      if (s.hash == h && s.len == key.size() &&
          std::memcmp(arena_.data() + s.off, key.data(), key.size()) == 0) {
        return &s.value;
      }
    }
  }
  V* Find(std::string_view key) {
    return const_cast<V*>(static_cast<const FlatStringMap*>(this)->Find(key));
  }

  // The value for `key`, default-constructed when new.
  V& operator[](std::string_view key) { return *Insert(key).first; }

  // Inserts `key` with a default value unless present; returns the value and whether it
  // was inserted.
  std::pair<V*, bool> Insert(std::string_view key) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = HashBytes(key) | 1;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.hash == 0) {
        s.hash = h;
        s.off = static_cast<uint32_t>(arena_.size());
        s.len = static_cast<uint32_t>(key.size());
        arena_.append(key);
        ++size_;
        return {&s.value, true};
      }
      if (s.hash == h && s.len == key.size() &&
          std::memcmp(arena_.data() + s.off, key.data(), key.size()) == 0) {
        return {&s.value, false};
      }
    }
  }

  // Calls fn(key) for every key, in slot order.
  template <typename Fn>
  void ForEachKey(Fn fn) const {
    for (const Slot& s : slots_) {
      if (s.hash != 0) fn(std::string_view(arena_.data() + s.off, s.len));
    }
  }

  void Reserve(size_t n) {
    while (slots_.size() < n * 2) Grow();
  }
  size_t size() const { return size_; }
  void clear() {
    slots_.clear();
    arena_.clear();
    size_ = 0;
    mask_ = 0;
  }
  // Empties the map but keeps its storage, up to `max_slots` slots (a map refilled for every
  // document then allocates once, and one large document does not make every reset slow).
  void Reset(size_t max_slots) {
    if (slots_.size() > max_slots) {
      clear();
      return;
    }
    if (size_ == 0) return;
    std::fill(slots_.begin(), slots_.end(), Slot{});
    arena_.clear();
    size_ = 0;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t off = 0;
    uint32_t len = 0;
    V value{};
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    const size_t cap = old.empty() ? 64 : old.size() * 2;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (Slot& s : old) {
      if (s.hash == 0) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].hash != 0) i = (i + 1) & mask_;
      slots_[i] = std::move(s);
    }
  }
  std::vector<Slot> slots_;
  std::string arena_;
  size_t size_ = 0;
  size_t mask_ = 0;
};

}  // namespace faultline

namespace faultline {

// uint64 -> uint32 for non-zero values (0 marks an empty slot), e.g. trie edges keyed by
// (node, word).
class FlatU64Map {
 public:
  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return 0;
    for (size_t i = HashU64(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == 0) return 0;
      if (s.key == key) return s.value;
    }
  }
  // Sets key to value (non-zero), replacing any earlier value.
  void Set(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    for (size_t i = HashU64(key) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.value == 0) {
        s = Slot{key, value};
        ++size_;
        return;
      }
      if (s.key == key) {
        s.value = value;
        return;
      }
    }
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    const size_t cap = old.empty() ? 64 : old.size() * 2;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    size_ = 0;
    for (const Slot& s : old) {
      if (s.value != 0) Set(s.key, s.value);
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
  size_t mask_ = 0;
};

}  // namespace faultline
