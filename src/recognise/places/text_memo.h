// TextMemo: a per-thread direct-mapped memo of one answer per short string, for the place
// finder's repeated questions about the same words and runs ("Police", "New York", the article's
// own names) whose answers cost a fold and a probe of the index. Each slot holds its key inline
// (no allocation, one cache line at most); a key that collides replaces the slot's, and keys too
// long for a slot are answered every time. Answers are forgotten when the gazetteer changes.
// Not thread-safe: keep one per thread (thread_local).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <vector>

#include "recognise/places/gazetteer.h"
#include "util/flat_map.h"

namespace faultline::places {

template <typename Value, size_t kSlotBytes, size_t kSlots>
class TextMemo {
 public:
  static_assert((kSlots & (kSlots - 1)) == 0 && std::is_trivially_copyable_v<Value> &&
                sizeof(Value) <= 4);

  // The answer for `key` under `g`: compute() when the memo does not hold it.
  template <typename Compute>
  Value Get(const Gazetteer& g, std::string_view key, Compute compute) {
    if (key.empty() || key.size() > sizeof(Slot::text)) return compute();
    if (owner_ != &g || entries_ != &g.entry(0) || slots_.empty()) {
      slots_.assign(kSlots, Slot{});
      owner_ = &g;
      entries_ = &g.entry(0);
    }
    Slot& s = slots_[HashBytes(key) & (kSlots - 1)];
    if (s.size == key.size() && std::memcmp(s.text, key.data(), key.size()) == 0) return s.value;
    s.size = static_cast<uint8_t>(key.size());  // 0 until a key is kept: keys are never empty
    std::memcpy(s.text, key.data(), key.size());
    s.value = compute();
    return s.value;
  }

 private:
  struct alignas(kSlotBytes) Slot {
    uint8_t size = 0;
    Value value{};
    char text[kSlotBytes - 8] = {};
  };
  static_assert(sizeof(Slot) == kSlotBytes && kSlotBytes - 8 <= 255);

  std::vector<Slot> slots_;
  const Gazetteer* owner_ = nullptr;
  const EntryRecord* entries_ = nullptr;  // with owner_: the same index still loaded there
};

}  // namespace faultline::places
