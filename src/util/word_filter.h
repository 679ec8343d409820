// WordFilter: a one-hash Bloom filter over short strings, in front of a hash table whose
// lookups mostly miss (is this token a word of any actor phrase, of any verb pattern?).
// A test is a few loads and a multiply and touches one cache line of a 32 KiB table;
// a full lookup hashes the whole key and probes. "No" is certain, "maybe" goes on to the
// table.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace faultline {

class WordFilter {
 public:
  void Add(std::string_view w) {
    const uint32_t i = Index(w);
    bits_[i >> 6] |= uint64_t{1} << (i & 63);
  }
  // A filter of every key of `table` (a FlatStringMap or anything with ForEachKey).
  template <typename Table>
  static WordFilter OfKeys(const Table& table) {
    WordFilter f;
    table.ForEachKey([&](std::string_view w) { f.Add(w); });
    return f;
  }
  bool MayContain(std::string_view w) const {
    const uint32_t i = Index(w);
    return (bits_[i >> 6] >> (i & 63)) & 1;
  }

 private:
  static constexpr int kBits = 18;  // 32 KiB: about 1/6 set by the 50,000 words of the actor trie
  static uint32_t Index(std::string_view w) {
    const char* p = w.data();
    const size_t n = w.size();
    uint64_t v = n;
    if (n >= 8) {
      uint64_t a, b;
      std::memcpy(&a, p, 8);
      std::memcpy(&b, p + n - 8, 8);
      v ^= a ^ (b * 0x9E3779B97F4A7C15ull);
    } else if (n >= 4) {
      uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      v ^= static_cast<uint64_t>(b) << 32 | a;
    } else if (n > 0) {
      const auto* b = reinterpret_cast<const unsigned char*>(p);
      v ^= static_cast<uint64_t>(b[0]) << 8 | static_cast<uint64_t>(b[n / 2]) << 16 |
           static_cast<uint64_t>(b[n - 1]) << 24;
    }
    return static_cast<uint32_t>((v * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
  }
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(size_t{1} << (kBits - 6), 0);
};

}  // namespace faultline
